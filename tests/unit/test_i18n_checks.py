"""The parity check that stops the build: it names the file and what differs."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, mkdocs_build

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import i18n_checks  # noqa: E402

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
    write(tmp_path, "fr", "a.md", PAGE.format(title="Un"))
    write(tmp_path, "en", "a.md", PAGE.format(title="One"))
    assert i18n_checks.check(tmp_path) == []


def test_missing_english_twin_is_named(tmp_path):
    write(tmp_path, "fr", "a.md", PAGE.format(title="Un"))
    write(tmp_path, "en", "b.md", PAGE.format(title="Two"))
    problems = i18n_checks.check(tmp_path)
    assert "docs/fr/a.md has no English twin docs/en/a.md" in problems
    assert "docs/en/b.md has no French source docs/fr/b.md" in problems


def test_different_section_ids_are_reported(tmp_path):
    write(tmp_path, "fr", "a.md", PAGE.format(title="Un"))
    write(tmp_path, "en", "a.md", PAGE.format(title="One").replace("{#first}", "{#premier}"))
    [problem] = i18n_checks.check(tmp_path)
    assert "differ in heading ids" in problem and "premier" in problem


def test_heading_without_id_is_reported_with_its_line(tmp_path):
    write(tmp_path, "fr", "a.md", PAGE.format(title="Un") + "\n## Sans ancre\n")
    write(tmp_path, "en", "a.md", PAGE.format(title="One") + "\n## No anchor\n")
    problems = i18n_checks.check(tmp_path)
    assert any(":15: heading 'Sans ancre' has no explicit id" in p for p in problems), problems


def test_missing_question_is_reported(tmp_path):
    write(tmp_path, "fr", "a.md", PAGE.format(title="Un"))
    write(tmp_path, "en", "a.md", PAGE.format(title="One").split("??? question")[0])
    [problem] = i18n_checks.check(tmp_path)
    assert "differ in admonitions" in problem


def test_build_stops_on_a_missing_translation(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "en" / "a-propos.md").unlink()
    result = mkdocs_build(tmp_path / "out", project=project)
    assert result.returncode != 0
    assert "docs/fr/a-propos.md has no English twin docs/en/a-propos.md" in result.stderr
    assert not list((tmp_path / "out").rglob("*.html")), "a broken build wrote pages"


@pytest.mark.parametrize("link, message", [
    ("introduction.md#no-such-section", "does not contain an anchor '#no-such-section'"),
    ("no-such-page.md", "no-such-page.md"),
])
def test_build_stops_on_a_dead_link_or_anchor(tmp_path, link, message):
    project = copy_project(tmp_path / "project")
    for lang in ("fr", "en"):
        page = project / "docs" / lang / "a-propos.md"
        page.write_text(page.read_text() + f"\n[x]({link})\n")
    result = mkdocs_build(tmp_path / "out", project=project)
    assert result.returncode != 0
    assert message in result.stderr
