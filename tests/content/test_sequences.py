"""The three sequences follow the content model (CONTRIBUTING.md, DESIGN §4) in both languages."""
from __future__ import annotations

import re
import sys

import pytest

from conftest import DOCS, ROOT
from htmlpages import article

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
from parity import split_front_matter  # noqa: E402

SEQUENCES = ["notion", "politiques", "construction"]
LABELS = {"fr": ("Réponse", "Explication"), "en": ("Answer", "Explanation")}


def body_words(path) -> int:
    """Words a reader reads: Markdown body without front matter, link targets, ids, tags, citations."""
    _, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
    body = re.sub(r"\]\([^)]*\)", "]", body)           # link and image targets
    body = re.sub(r"\{[^}]*\}", " ", body)              # attribute lists, heading ids
    body = re.sub(r"\[-?@[^\]]*\]", " ", body)          # citations: rendered as (Author, year)
    body = re.sub(r"<[^>]+>", " ", body)                # HTML tags
    return len(re.findall(r"[^\W\d_][\w'’-]*", body))


def built(site, lang, slug):
    return article(site / ("en" if lang == "en" else "") / slug / "index.html")


@pytest.mark.parametrize("slug", SEQUENCES)
def test_front_matter(slug):
    for lang in ("fr", "en"):
        meta, _, _ = split_front_matter((DOCS / lang / f"{slug}.md").read_text(encoding="utf-8"))
        assert 3 <= len(meta.get("objectives", [])) <= 5, (lang, slug, "objectives")
        assert 4 <= len(meta.get("keypoints", [])) <= 6, (lang, slug, "keypoints")
        assert isinstance(meta.get("duration"), int) and 20 <= meta["duration"] <= 180, (lang, slug)
        assert meta.get("sequence") == SEQUENCES.index(slug) + 1


@pytest.mark.parametrize("slug", SEQUENCES)
def test_word_counts(slug):
    fr, en = body_words(DOCS / "fr" / f"{slug}.md"), body_words(DOCS / "en" / f"{slug}.md")
    assert 2500 <= fr <= 4500, f"{slug}: {fr} French words"
    assert 0.8 * fr <= en <= 1.2 * fr, f"{slug}: {en} English words for {fr} French"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("slug", SEQUENCES)
def test_built_sequence_has_every_part(site, slug, lang):
    page = built(site, lang, slug)
    # objectives right under the title, key points at the end
    header = page.select_one("h1 ~ section.lesson-header")
    assert header and len(header.select("li")) >= 3
    assert page.select_one("section.lesson-keypoints") is page.select("section")[-1]
    assert header.find(string=re.compile(r"\d+\s*min"))
    sections = page.select("h2[id]:not(.lesson-header__title):not(.lesson-keypoints__title)")
    assert len(sections) >= 5
    cases = page.select(".admonition.example")
    assert len(cases) >= 3
    assert all(case.select("a.citation") for case in cases), "every case box cites its source"
    notes = page.select(".trainer")
    assert len(notes) >= 2
    questions = page.select("details.question")
    assert len(questions) >= 5
    answer, explanation = LABELS[lang]
    for question in questions:
        assert not question.has_attr("open"), "answers are hidden until asked"
        text = question.get_text(" ")
        assert answer in text and explanation in text, question.summary.get_text()
    assert len(page.select("a.citation")) >= 15


@pytest.mark.parametrize("slug", SEQUENCES)
def test_figures_are_translated_svg_with_text_alternatives(site, slug):
    for lang in ("fr", "en"):
        figures = built(site, lang, slug).select("figure")
        assert figures, (slug, lang)
        for figure in figures:
            img = figure.select_one("img")
            assert img["src"].endswith(".svg")
            assert len(img.get("alt", "")) >= 40, f"{slug} ({lang}): alt text too short: {img.get('alt')!r}"
            assert figure.select_one("figcaption").get_text(strip=True)
    for svg_fr in (DOCS / "fr" / "figures").glob(f"{slug}-*.svg"):
        svg_en = DOCS / "en" / "figures" / svg_fr.name
        fr, en = svg_fr.read_text(encoding="utf-8"), svg_en.read_text(encoding="utf-8")
        assert fr != en, f"{svg_fr.name}: the English figure is not translated"
        for text in (fr, en):
            assert 'role="img"' in text and "<title" in text and "<desc" in text, svg_fr.name
            assert not re.search(r"(href|src)=\"(https?:)?//", text), f"{svg_fr.name} loads from another host"
