"""A language is added by configuration alone: a copy of the last language, declared as one more
in the i18n plugin, with its strings file and its pages, goes through parity, search and the PDF."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
import yaml
from pypdf import PdfReader

import course
from conftest import copy_project, mkdocs_build

NEW = "de"   # a locale Material knows; the text is a copy of the last language's
assert NEW not in course.LANGS


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("three") / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = f"        - locale: {NEW}\n          name: Pseudo\n          build: true\n          site_name: Pseudo course\n"
    config.write_text(text.replace("  - offline:\n", entry + "  - offline:\n", 1), encoding="utf-8")
    shutil.copytree(project / "docs" / course.LANGS[-1], project / "docs" / NEW)
    shutil.copy(project / "data" / "strings" / f"{course.LANGS[-1]}.yml", project / "data" / "strings" / f"{NEW}.yml")
    for name in ("glossary.yml", "bibliography.yml"):   # the data hold every language's texts
        path = project / "data" / name
        data = with_language(yaml.safe_load(path.read_text(encoding="utf-8")), course.LANGS[-1])
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return project


def with_language(value, model):
    """A copy of the data where every text given per language also has the new language's."""
    if isinstance(value, dict):
        value = {k: with_language(v, model) for k, v in value.items()}
        if model in value and course.DEFAULT in value:
            value[NEW] = value[model]
        return value
    if isinstance(value, list):
        return [with_language(v, model) for v in value]
    return value


def test_three_languages_build_in_parity_with_search_and_pdf(three, tmp_path):
    out = tmp_path / "site"
    result = mkdocs_build(out, project=three)
    assert result.returncode == 0, result.stderr[-3000:]
    for page in course.NAV:
        html = (out / NEW / course.url(course.DEFAULT, page) / "index.html").read_text(encoding="utf-8")
        assert re.search(rf'<html [^>]*lang="{NEW}"', html), page
    index = (out / "search" / f"index.{NEW}.js").read_text(encoding="utf-8")
    assert f'"location":"{NEW}/' in index and '"location":"' + course.prefix(course.LANGS[-1]) not in index
    pdf = subprocess.run([sys.executable, "-m", "course_engine.outputs.pdf", str(out), str(tmp_path / "pdf"),
                          "--lang", NEW, "--edition", "trainee"], cwd=three, capture_output=True, text=True)
    assert pdf.returncode == 0, pdf.stderr[-3000:]
    (made,) = (tmp_path / "pdf").glob(f"*-{NEW}.pdf")
    reader = PdfReader(made)
    assert "Pseudo course" in reader.pages[0].extract_text()
    assert len(reader.pages) > 20


def test_the_third_language_is_held_to_parity(three, tmp_path):
    page = three / "docs" / NEW / course.chapters()[0]
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"\{#([\w-]+)\}", "{#changed}", text, count=1), encoding="utf-8")
    try:
        result = mkdocs_build(tmp_path / "site", project=three)
        assert result.returncode != 0
        assert f"docs/{NEW}/{course.chapters()[0]}" in result.stderr and "heading ids differ" in result.stderr
    finally:
        page.write_text(text, encoding="utf-8")


def test_the_third_language_needs_its_strings_file(three, tmp_path):
    strings = three / "data" / "strings" / f"{NEW}.yml"
    saved = strings.read_text(encoding="utf-8")
    strings.unlink()
    try:
        result = mkdocs_build(tmp_path / "site", project=three)
        assert result.returncode != 0 and f"data/strings/{NEW}.yml: is missing" in result.stderr
    finally:
        strings.write_text(saved, encoding="utf-8")
