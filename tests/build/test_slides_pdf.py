"""Slides on paper (issue 13): each chapter's deck as a PDF per language, six slides to an A4 page,
the same slides and numbers as the screen, without trainer notes or answers."""
from __future__ import annotations

import math

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

import course
import pdftext
from course_engine import site as engine_site
from course_engine.outputs import download_names
from pages import plain

pytestmark = pytest.mark.pdf
CASES = [(lang, chapter) for lang in course.LANGS for chapter in course.chapters()]


def squeeze(text: str) -> str:
    """A text's letters and digits: the PDF's line breaks, the HTML's spacing around inline
    elements and, right to left, where punctuation falls among the runs differ; the letters do not."""
    return pdftext.squash(plain(text))


def deck(site, lang, chapter):
    page = BeautifulSoup(course.built(site, lang, chapter).read_text(encoding="utf-8"), "lxml")
    return BeautifulSoup(page.select_one("template.projection-deck").decode_contents(), "lxml").select("section.slide")


@pytest.mark.parametrize("lang,chapter", CASES, ids=[f"{l}-{engine_site.slug(c)}" for l, c in CASES])
def test_slides_pdf_holds_the_deck_six_to_a_page(built, lang, chapter):
    slides = deck(built, lang, chapter)
    name = download_names(course.config(), lang, engine_site.slug(chapter))["slides"]
    reader = PdfReader(built / "downloads" / name)
    assert len(reader.pages) == math.ceil(len(slides) / 6), name
    assert all(page.mediabox.width == pytest.approx(595, abs=2) for page in reader.pages), "A4"
    text = squeeze(" ".join(pdftext.pages(built / "downloads" / name)))
    rtl = course.language(lang).direction == "rtl"
    for slide in slides:
        title = slide.select_one(".slide__title, .admonition-title, figcaption")
        assert pdftext.printed(plain(title.get_text()), text, rtl), (name, slide["data-number"], plain(title.get_text(" ")))
        for hidden in slide.select(".slide__notes, .slide__answer"):
            words = plain(hidden.get_text())
            assert not pdftext.printed(words, text, rtl, 60), f"{name}: a note or an answer is printed: {words[:60]}"
    assert reader.metadata is None or "example.org" not in str(reader.metadata)
    assert reader.pages[0].extract_text().strip(), "the first page is not empty"
