"""Each language in its own script and direction, on every built page: <html lang dir> and
<body dir> from the theme's translation (Arabic reads right to left), most of the text in the
language's own script, numbers kept whole and Latin references read left to right in a
right-to-left page."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

import course
from htmlpages import language_pages, own_article, soup


def script(char: str) -> str:
    """'LATIN', 'ARABIC', 'CJK'…: the first word of the letter's Unicode name."""
    return unicodedata.name(char, "UNKNOWN").split()[0]


def language_script(lang: str) -> str:
    """The script of a language: the one its frequent words (data/strings) are written in."""
    letters = [c for c in course.words()[lang]["language"]["frequent_words"] if c.isalpha()]
    return Counter(script(c) for c in letters).most_common(1)[0][0]


def direction(lang: str) -> str:
    return course.language(lang).direction


@pytest.mark.parametrize("lang", course.LANGS)
def test_every_page_declares_its_language_and_direction(site, lang):
    pages = language_pages(site, lang)
    assert len(pages) >= 10
    for page in pages + [site / course.prefix(lang) / "404.html"]:
        html = soup(page)
        assert html.html["lang"] == lang, page
        assert html.html["dir"] == html.body["dir"] == direction(lang), page


def test_arabic_reads_right_to_left_and_the_others_left_to_right():
    """What the theme's translations say, read by the engine (course_engine.site): a fact to hold."""
    directions = {lang: direction(lang) for lang in course.LANGS}
    assert directions[course.DEFAULT] == "ltr"
    assert {d for lang, d in directions.items() if language_script(lang) == "ARABIC"} <= {"rtl"}
    assert {d for lang, d in directions.items() if language_script(lang) == "LATIN"} == {"ltr"}


@pytest.mark.parametrize("lang", course.LANGS)
def test_most_of_each_page_is_in_the_language_script(site, lang):
    """What is not translated aside (the references' authors and titles, citations, names in their
    own language, code), most letters of every page are in the language's script."""
    own = language_script(lang)
    for page in language_pages(site, lang):
        body = own_article(page)
        for foreign in body.select(".reference > p:first-child, a.citation, [lang], code, .headerlink, template"):
            foreign.decompose()
        letters = [c for c in body.get_text(" ") if c.isalpha()]
        share = sum(script(c) == own for c in letters) / max(len(letters), 1)
        assert len(letters) > 200 and share > 0.6, f"{page.relative_to(site)}: {share:.0%} in {own}"


@pytest.mark.parametrize("lang", [l for l in course.LANGS if direction(l) == "rtl"])
def test_numbers_stay_whole_right_to_left(site, lang):
    """'200 000' with a plain space would show as '000 200' right to left: a number's groups are
    joined by no-break spaces, which the bidirectional algorithm keeps inside the number."""
    found = 0
    for page in language_pages(site, lang):
        text = own_article(page).get_text()
        assert not re.findall(r"\d \d{3}(?!\d)", text), page.relative_to(site)
        found += len(re.findall(r"\d\u00a0\d{3}(?!\d)", text))
    assert found, "no number of several groups: nothing checked"


@pytest.mark.parametrize("lang", [l for l in course.LANGS if direction(l) == "rtl"])
def test_latin_references_and_citations_read_left_to_right(site, lang):
    bibliography = soup(course.built(site, lang, course.BIBLIOGRAPHY_PAGE))
    references = bibliography.select(".reference > p:first-child")
    assert references
    for reference in references:
        first = next(c for c in reference.get_text() if unicodedata.bidirectional(c) in ("L", "R", "AL"))
        assert reference.get("dir") == ("ltr" if unicodedata.bidirectional(first) == "L" else "rtl"), reference.get_text()[:60]
    citations = [a for page in language_pages(site, lang) for a in soup(page).select("a.citation")]
    latin = [a for a in citations if re.match(r"[A-Za-z]", a.get_text())]
    assert latin and all(a.get("dir") == "ltr" for a in latin)
