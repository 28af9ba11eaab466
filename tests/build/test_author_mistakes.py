"""An author's mistakes stop the build before anything is written, in plain words: the file, the
line, the entry or key, and what to do; never a Python traceback."""
from __future__ import annotations

import re

import pytest

import course
from conftest import copy_project, mkdocs_build

SOURCE, OTHER = course.LANGS[0], course.LANGS[-1]
CHAPTER = course.chapters()[-1]


def build_fails(tmp_path, project, *expected: str) -> str:
    result = mkdocs_build(tmp_path / "out", project=project)
    assert result.returncode != 0, "the build should have stopped"
    log = result.stdout + result.stderr
    assert "Traceback" not in log, log[-3000:]
    for text in expected:
        assert re.search(text, log), f"{text!r} not in:\n{log[-2000:]}"
    assert not list((tmp_path / "out").rglob("*.html")), "a broken build wrote pages"
    return log


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_a_missing_strings_key_is_named(tmp_path):
    project = copy_project(tmp_path / "project")
    edit(project / "data" / "strings" / f"{OTHER}.yml", "  pdf: ", "  pdf_typo: ")
    build_fails(tmp_path, project, rf"data/strings/{OTHER}\.yml:\d+: has no key 'downloads\.pdf'",
                rf"data/strings/{OTHER}\.yml:\d+: has a key 'downloads\.pdf_typo'")


def test_a_missing_strings_file_is_named(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "data" / "strings" / f"{OTHER}.yml").unlink()
    build_fails(tmp_path, project, rf"data/strings/{OTHER}\.yml: is missing")


def test_a_key_point_written_as_a_pair_is_named_in_every_language(tmp_path):
    project = copy_project(tmp_path / "project")
    for lang in course.LANGS:
        path = project / "docs" / lang / CHAPTER
        text = path.read_text(encoding="utf-8")
        first = re.search(r"^keypoints:\n  - (.*)$", text, re.M)
        edit(path, first.group(0), "keypoints:\n  - Une idée: sa suite")
    for lang in course.LANGS:
        build_fails(tmp_path, project, rf"docs/{lang}/{CHAPTER}:\d+: field 'keypoints' must be a list of texts.*"
                                       r"put the line in double quotes")


@pytest.mark.parametrize("broken", ["title: Un titre: avec deux points", 'title: "Un titre'])
def test_broken_front_matter_names_file_and_line_with_a_hint(tmp_path, broken):
    project = copy_project(tmp_path / "project")
    path = project / "docs" / SOURCE / CHAPTER
    text = path.read_text(encoding="utf-8")
    edit(path, re.search(r"^title: .*$", text, re.M).group(0), broken)
    build_fails(tmp_path, project, rf"docs/{SOURCE}/{CHAPTER}:\d+: is not valid YAML", r"hint: ")


def test_a_misspelt_block_type_is_named(tmp_path):
    project = copy_project(tmp_path / "project")
    for lang in course.LANGS:
        edit(project / "docs" / lang / CHAPTER, "??? trainer ", "??? trainers ")
    build_fails(tmp_path, project, rf"docs/{SOURCE}/{CHAPTER}:\d+: opens 'trainers', which is not a known block type")


def test_every_unknown_citation_is_named_in_one_run(tmp_path):
    project = copy_project(tmp_path / "project")
    for lang in course.LANGS:
        path = project / "docs" / lang / CHAPTER
        path.write_text(path.read_text(encoding="utf-8") + "\n\nSee [@nobody-2098] and [@nobody-2099].\n",
                        encoding="utf-8")
    log = build_fails(tmp_path, project, rf"docs/{SOURCE}/{CHAPTER}:\d+: cites 'nobody-2098'",
                      rf"docs/{SOURCE}/{CHAPTER}:\d+: cites 'nobody-2099'", rf"docs/{OTHER}/{CHAPTER}:\d+: cites 'nobody-2099'")
    assert log.count("cites 'nobody-") == 2 * len(course.LANGS)


def test_an_unknown_key_term_is_named(tmp_path):
    project = copy_project(tmp_path / "project")
    for lang in course.LANGS:
        edit(project / "docs" / lang / CHAPTER, "terms: [", "terms: [no-such-term, ")
    build_fails(tmp_path, project, rf"docs/{SOURCE}/{CHAPTER}:\d+: field 'terms' names 'no-such-term'")


def test_the_first_parity_difference_is_named_with_its_lines(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "docs" / OTHER / CHAPTER
    text = path.read_text(encoding="utf-8")
    first_id = re.search(r"^## .*\{#([\w-]+)\}", text, re.M).group(1)
    edit(path, "{#" + first_id + "}", "{#renamed}")
    build_fails(tmp_path, project, rf"heading ids differ: docs/{SOURCE}/{CHAPTER}:\d+ has '{first_id}', "
                                   rf"docs/{OTHER}/{CHAPTER}:\d+ has 'renamed'")
