"""The deck of each chapter, as the build writes it into the page (issue 13): slides made from the
chapter's structure, every word of them taken from the reading page, within the size a room can
read, numbered once for every screen and listed in the trainers' corner."""
from __future__ import annotations

import statistics

import pytest
from bs4 import BeautifulSoup

import course
from course_engine import site as engine_site
from htmlpages import soup
from pages import plain, trainers_page

CHAPTERS = course.chapters()
CASES = [(lang, chapter) for lang in course.LANGS for chapter in CHAPTERS]
IDS = [f"{lang}-{engine_site.slug(chapter)}" for lang, chapter in CASES]
MAX_SLIDES, MEDIAN_WORDS, MAX_WORDS = 30, 45, 80


def deck(site, lang, chapter):
    page = soup(course.built(site, lang, chapter))
    template = page.select_one("template.projection-deck")
    assert template is not None, f"{course.url(lang, chapter)} carries no deck"
    # parsed again outside the <template>: Beautiful Soup leaves a template's text out of get_text
    return page, BeautifulSoup(template.decode_contents(), "lxml").select("section.slide")


def on_screen(slide) -> BeautifulSoup:
    """What the room sees of a slide: its notes and its hidden answer aside."""
    copy = BeautifulSoup(str(slide), "lxml")
    for hidden in copy.select(".slide__notes, .slide__answer"):
        hidden.decompose()
    return copy


def reading_text(page) -> str:
    """The reading page's text: the article, front matter shown by the templates included."""
    article = BeautifulSoup(str(page.select_one("article.md-content__inner")), "lxml")
    for node in article.select("template, .headerlink"):
        node.decompose()
    return plain(article.get_text(" "))


@pytest.mark.parametrize("lang,chapter", CASES, ids=IDS)
def test_deck_has_a_room_sized_slide_per_idea(site, lang, chapter):
    _, slides = deck(site, lang, chapter)
    counts = [len(on_screen(s).get_text(" ").split()) for s in slides]
    kinds = [s["class"][1] for s in slides]
    where = course.url(lang, chapter)
    assert 8 <= len(slides) <= MAX_SLIDES, f"{where}: {len(slides)} slides"
    assert kinds[0] == "slide--title" and kinds[-1] == "slide--closing", where
    assert [s["data-number"] for s in slides] == [str(n) for n in range(1, len(slides) + 1)], where
    assert statistics.median(counts) <= MEDIAN_WORDS, f"{where}: median {statistics.median(counts)} words a slide"
    too_long = [(n, c) for n, c in enumerate(counts, start=1) if c > MAX_WORDS]
    assert too_long == [], f"{where}: slides over {MAX_WORDS} words (number, words): {too_long}"


@pytest.mark.parametrize("lang,chapter", CASES, ids=IDS)
def test_every_slide_text_is_text_of_the_reading_page(site, lang, chapter):
    """No word lost or altered: each paragraph, list item, title and caption of a slide is found,
    whole and with its inline words (citations, terms, emphasis), in the reading page."""
    page, slides = deck(site, lang, chapter)
    reading = reading_text(page)
    title = plain(page.select_one("article h1").get_text(" "))
    checked, missing = 0, []
    for slide in slides:
        for block in slide.select("p, li, h2, figcaption"):
            if block.find(["p", "li", "ul", "ol"]):
                continue   # its own paragraphs are checked one by one
            text = plain(block.get_text(" "))
            if not text or text == title:
                continue
            checked += 1
            if text not in reading:
                missing.append((slide["data-number"], text[:80]))
    assert checked > 20, "too few slide texts to compare: this test could not fail"
    assert missing == [], f"{course.url(lang, chapter)}: slide texts not on the reading page: {missing}"


@pytest.mark.parametrize("lang,chapter", CASES, ids=IDS)
def test_figures_cases_questions_and_notes_get_their_slides(site, lang, chapter):
    page, slides = deck(site, lang, chapter)
    article = page.select_one("article.md-content__inner")
    where = course.url(lang, chapter)
    shown = [s for s in slides]
    # one slide per figure, case box and question of the page, in the page's order
    figures = [plain(f.figcaption.get_text(" ")) for f in article.find_all("figure", recursive=False)
               if "no-slide" not in f.get("class", [])]
    assert [plain(s.figcaption.get_text(" ")) for s in shown if "slide--figure" in s["class"]] == figures, where
    for kind, css in (("case", "example"), ("question", "question")):
        boxes = [plain(b.select_one(".admonition-title").get_text(" "))
                 for b in article.select(f":scope > div.admonition.{css}")]
        titles = [plain(s.select_one(".admonition-title").get_text(" ")) for s in shown if f"slide--{kind}" in s["class"]]
        assert titles == boxes, (where, kind)
    # a question: its scenario on the screen, its answer hidden, never lost
    for slide in (s for s in shown if "slide--question" in s["class"]):
        answer = slide.select_one(".slide__answer")
        assert answer is not None and plain(answer.get_text(" ")), f"{where}: slide {slide['data-number']} has no answer"
        assert not on_screen(slide).select("details"), where
        scenario = on_screen(slide).select(".admonition p:not(.admonition-title)")
        assert scenario and all(plain(p.get_text(" ")) for p in scenario), where
    # every trainer note travels with a slide, and only in its notes
    notes = [plain(t.get_text(" ")) for t in article.select(":scope > details.trainer")]
    carried = [plain(t.get_text(" ")) for s in shown for t in s.select(".slide__notes > details.trainer")]
    assert carried == notes, where
    assert not [s for s in shown if on_screen(s).select(".trainer")], where


@pytest.mark.parametrize("lang", course.LANGS)
def test_trainers_corner_lists_each_chapters_slides_with_their_numbers(site, lang):
    page = soup(course.built(site, lang, trainers_page()))
    outlines = page.select("table.slide-outline")
    assert len(outlines) == len(CHAPTERS), "one slide outline per chapter"
    for table, chapter in zip(outlines, CHAPTERS):
        _, slides = deck(site, lang, chapter)
        rows = [[plain(td.get_text(" ")) for td in tr.select("td")] for tr in table.select("tbody tr")]
        assert [r[0] for r in rows] == [s["data-number"] for s in slides], chapter
        kinds = course.words()[lang]["projection"]["kinds"]
        assert [r[1] for r in rows] == [plain(kinds[s["class"][1].split("--")[1]]) for s in slides], chapter
