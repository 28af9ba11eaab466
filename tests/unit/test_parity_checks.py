"""The parity check that stops the build: it names the file and what differs."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LANGS, copy_project, mkdocs_build
from course_engine.languages import parity

SOURCE, OTHER = LANGS[0], LANGS[1]


def check(docs: Path) -> list[str]:
    return parity.check(docs, [SOURCE, OTHER])

PAGE = """---
title: "{title}"
objectives:
  - one
---

Text.

## First {{#first}}

??? question "Q"

    A.
"""


def write(docs: Path, lang: str, name: str, text: str) -> None:
    (docs / lang).mkdir(parents=True, exist_ok=True)
    (docs / lang / name).write_text(text, encoding="utf-8")


def test_twins_in_parity_pass(tmp_path):
    write(tmp_path, SOURCE, "a.md", PAGE.format(title="Un"))
    write(tmp_path, OTHER, "a.md", PAGE.format(title="One"))
    assert check(tmp_path) == []


def test_missing_english_twin_is_named(tmp_path):
    write(tmp_path, SOURCE, "a.md", PAGE.format(title="Un"))
    write(tmp_path, OTHER, "b.md", PAGE.format(title="Two"))
    problems = check(tmp_path)
    assert f"docs/{SOURCE}/a.md has no translation docs/{OTHER}/a.md" in problems
    assert f"docs/{OTHER}/b.md has no source page docs/{SOURCE}/b.md" in problems


def test_different_section_ids_are_reported(tmp_path):
    write(tmp_path, SOURCE, "a.md", PAGE.format(title="Un"))
    write(tmp_path, OTHER, "a.md", PAGE.format(title="One").replace("{#first}", "{#premier}"))
    [problem] = check(tmp_path)
    # the first difference, with the line of each side
    assert problem.startswith("heading ids differ:")
    assert f"{SOURCE}/a.md:9 has 'first'" in problem and f"{OTHER}/a.md:9 has 'premier'" in problem


def test_heading_without_id_is_reported_with_its_line(tmp_path):
    write(tmp_path, SOURCE, "a.md", PAGE.format(title="Un") + "\n## Sans ancre\n")
    write(tmp_path, OTHER, "a.md", PAGE.format(title="One") + "\n## No anchor\n")
    problems = check(tmp_path)
    assert any(":15: heading 'Sans ancre' has no explicit id" in p for p in problems), problems


def test_missing_question_is_reported(tmp_path):
    write(tmp_path, SOURCE, "a.md", PAGE.format(title="Un"))
    write(tmp_path, OTHER, "a.md", PAGE.format(title="One").split("??? question")[0])
    [problem] = check(tmp_path)
    assert problem.startswith("blocks differ:") and "'question'" in problem and "nothing more" in problem


def test_build_stops_on_a_missing_translation(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / OTHER / "a-propos.md").unlink()
    result = mkdocs_build(tmp_path / "out", project=project)
    assert result.returncode != 0
    assert f"docs/{SOURCE}/a-propos.md has no translation docs/{OTHER}/a-propos.md" in result.stderr
    assert not list((tmp_path / "out").rglob("*.html")), "a broken build wrote pages"


@pytest.mark.parametrize("link, message", [
    ("introduction.md#no-such-section", "does not contain an anchor '#no-such-section'"),
    ("no-such-page.md", "no-such-page.md"),
])
def test_build_stops_on_a_dead_link_or_anchor(tmp_path, link, message):
    project = copy_project(tmp_path / "project")
    for lang in LANGS:
        page = project / "docs" / lang / "a-propos.md"
        page.write_text(page.read_text() + f"\n[x]({link})\n")
    result = mkdocs_build(tmp_path / "out", project=project)
    assert result.returncode != 0
    assert message in result.stderr
