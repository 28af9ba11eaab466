"""The three sequences follow the content model (CONTRIBUTING.md, DESIGN §4) in both languages."""
from __future__ import annotations

import re

import pytest

import course
from conftest import DOCS
from course_engine import frontmatter
from htmlpages import article

# The taught sequences: chapters numbered from 1 (the introduction is sequence 0).
SEQUENCES = [p for p in course.chapters() if frontmatter.read(DOCS / course.DEFAULT / p).meta["sequence"] >= 1]


def meta(lang, page):
    return frontmatter.read(DOCS / lang / page).meta


def body_words(path) -> int:
    """Words a reader reads: Markdown body without front matter, link targets, ids, tags, citations."""
    body = frontmatter.read(path).body
    body = re.sub(r"\]\([^)]*\)", "]", body)           # link and image targets
    body = re.sub(r"\{[^}]*\}", " ", body)              # attribute lists, heading ids
    body = re.sub(r"\[-?@[^\]]*\]", " ", body)          # citations: rendered as (Author, year)
    body = re.sub(r"<[^>]+>", " ", body)                # HTML tags
    return len(re.findall(r"[^\W\d_][\w'’-]*", body))


def built(site, lang, page):
    return article(course.built(site, lang, page))


def test_the_sequences_are_numbered_in_nav_order():
    assert [meta(course.DEFAULT, p)["sequence"] for p in SEQUENCES] == list(range(1, len(SEQUENCES) + 1))
    assert len(SEQUENCES) >= 3


@pytest.mark.parametrize("lang", course.LANGS)
@pytest.mark.parametrize("page", SEQUENCES)
def test_front_matter(page, lang):
    data = meta(lang, page)
    assert 3 <= len(data["objectives"]) <= 5, (lang, page, "objectives")
    assert 4 <= len(data["keypoints"]) <= 6, (lang, page, "keypoints")
    assert 20 <= data["duration"] <= 180, (lang, page)
    assert 5 <= len(data["terms"]) <= 8, (lang, page, "terms")
    assert data["terms"] == meta(course.DEFAULT, page)["terms"], "the key terms are the same in every language"
    assert set(data["terms"]) <= set(course.glossary().entries)


@pytest.mark.parametrize("lang", course.LANGS[1:])
@pytest.mark.parametrize("page", SEQUENCES)
def test_word_counts(page, lang):
    source, translated = body_words(DOCS / course.DEFAULT / page), body_words(DOCS / lang / page)
    assert 2500 <= source <= 4500, f"{page}: {source} words"
    assert 0.8 * source <= translated <= 1.2 * source, f"{page}: {translated} {lang} words for {source}"


@pytest.mark.parametrize("lang", course.LANGS)
@pytest.mark.parametrize("page", SEQUENCES)
def test_built_sequence_has_every_part(site, page, lang):
    page = built(site, lang, page)
    # objectives right under the title, key points at the end
    header = page.select_one("h1 ~ section.lesson-header")
    assert header and len(header.select("li")) >= 3
    assert page.select_one("section.lesson-keypoints") is page.select("section")[-1]
    minutes = course.words()[lang]["page"]["minutes"]   # "min", "دقيقة"
    assert header.find(string=re.compile(rf"\d+\s*{re.escape(minutes)}"))
    sections = page.select("h2[id]:not(.lesson-header__title):not(.lesson-keypoints__title)")
    assert len(sections) >= 5
    cases = page.select(".admonition.example")
    assert len(cases) >= 3
    assert all(case.select("a.citation") for case in cases), "every case box cites its source"
    notes = page.select(".trainer")
    assert len(notes) >= 2
    questions = page.select(".question")
    assert len(questions) >= 5
    words = course.words()[lang]["lesson"]
    for question in questions:
        # the scenario is visible; only the answer (a closed <details>) is hidden
        answer = question.select_one("details.answer")
        assert answer is not None and not answer.has_attr("open"), question.get_text()[:80]
        assert question.find("p", recursive=False) is not None, "the scenario is shown"
        text = answer.get_text(" ")
        assert words["answer"] in text and words["explanation"] in text, question.get_text()[:80]
    assert len(page.select("a.citation")) >= 15


@pytest.mark.parametrize("slug", SEQUENCES)
def test_figures_are_translated_svg_with_text_alternatives(site, slug):
    for lang in course.LANGS:
        figures = built(site, lang, slug).select("figure")
        assert figures, (slug, lang)
        for figure in figures:
            img = figure.select_one("img")
            assert img["src"].endswith(".svg")
            assert len(img.get("alt", "")) >= 40, f"{slug} ({lang}): alt text too short: {img.get('alt')!r}"
            assert figure.select_one("figcaption").get_text(strip=True)
    stem = slug.removesuffix(".md")
    for source in (DOCS / course.DEFAULT / "figures").glob(f"{stem}-*.svg"):
        texts = {lang: (DOCS / lang / "figures" / source.name).read_text(encoding="utf-8") for lang in course.LANGS}
        for lang, text in texts.items():
            assert lang == course.DEFAULT or text != texts[course.DEFAULT], f"{source.name}: not translated in {lang}"
            assert 'role="img"' in text and "<title" in text and "<desc" in text, source.name
            assert not re.search(r"(href|src)=\"(https?:)?//", text), f"{source.name} loads from another host"
