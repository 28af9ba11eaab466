"""Glossary definitions in place in Chromium: shown on hover, on keyboard focus and on tap, in the
page's language, with a link to the entry; the first mention of a term leads to its glossary entry."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

import course
from htmlpages import article
from pages import loose, matches, tooltip, violations

pytestmark = pytest.mark.browser

POPUP = ".glossary-popup:not([hidden])"
TOOLTIP = f"{POPUP} .glossary-popup__text"
TERM = "spl"   # an entry the chapters mention, with an abbreviation


def chapter_linking(site, lang: str, eid: str) -> str:
    """The first chapter whose built page links a first mention to the entry."""
    for chapter in course.chapters():
        if article(course.built(site, lang, chapter)).select(f"a.glossary-link[href$='#{eid}']"):
            return chapter
    raise AssertionError(f"no chapter in '{lang}' links a mention to the glossary entry '{eid}'")


@pytest.fixture
def address(site, base_url):
    """The address of a chapter page in a language: one that mentions TERM."""
    return lambda lang: base_url + course.url(lang, chapter_linking(site, lang, TERM))


def expected(lang: str, text: str) -> str:
    """The definition the glossary gives to this abbreviation or foreign term in this language."""
    return next(tooltip(e["id"], lang) for e in course.glossary().values() if text in matches(e["id"], lang))


def shows(page, text: str) -> None:
    """The popup shows this definition (the page's typography aside: no-break spaces, quotes)."""
    expect(page.locator(TOOLTIP)).to_have_text(loose(text))


def first_abbr(page):
    abbr = page.locator("article abbr[tabindex='0']").first
    expect(abbr).to_be_attached()
    return abbr, abbr.inner_text()


@pytest.mark.parametrize("lang", course.LANGS)
def test_hover_shows_the_definition_in_the_page_language(page, address, lang):
    page.goto(address(lang))
    abbr, text = first_abbr(page)
    abbr.scroll_into_view_if_needed()
    abbr.hover()
    shows(page, expected(lang, text))


@pytest.mark.parametrize("lang", course.LANGS)
def test_keyboard_focus_shows_the_definition_with_a_visible_focus(page, address, lang):
    page.goto(address(lang))
    abbr, text = first_abbr(page)
    # Start from a point just before the abbreviation; one Tab must land on it.
    abbr.evaluate("el => { const s = document.createElement('span'); s.tabIndex = -1; s.id = 'start';"
                  " el.before(s); s.focus(); }")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "ABBR"
    assert page.evaluate("document.activeElement.textContent") == text
    shows(page, expected(lang, text))
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == \
        page.locator(POPUP).get_attribute("id")   # a screen reader reads the definition too
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    page.keyboard.press("Escape")
    expect(page.locator(POPUP)).to_have_count(0)


@pytest.mark.parametrize("lang", course.LANGS)
def test_tap_on_a_phone_shows_the_definition_and_a_link_to_the_entry(browser, base_url, site, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(base_url + course.url(lang, chapter_linking(site, lang, TERM)))
        abbr, text = first_abbr(page)
        abbr.scroll_into_view_if_needed()
        abbr.tap()
        shows(page, expected(lang, text))
        box = page.locator(POPUP).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390   # readable without scrolling sideways
        # A term at the foot of the screen: its definition opens above it, on screen.
        abbr.evaluate("el => el.scrollIntoView({block: 'end'})")
        abbr.tap()
        shows(page, expected(lang, text))
        box = page.locator(POPUP).bounding_box()
        assert 0 <= box["y"] and box["y"] + box["height"] <= 844, box
        # A tap on the first mention shows its definition, in place: the page stays where it is;
        # the popup's link opens the entry.
        mention = page.locator(f"article a.glossary-link[href$='#{TERM}']")
        mention.scroll_into_view_if_needed()
        here = page.url.split("#")[0]
        mention.tap()
        shows(page, tooltip(TERM, lang))
        assert page.url.split("#")[0] == here
        entry = page.locator(f"{POPUP} a.glossary-popup__link")
        expect(entry).to_have_text(loose(course.words()[lang]["glossary"]["open_entry"]))
        entry.tap()
        expect(page).to_have_url(base_url + course.url(lang, course.GLOSSARY_PAGE) + f"#{TERM}")
    finally:
        context.close()


@pytest.mark.parametrize("lang", course.LANGS)
def test_the_first_mention_leads_to_the_glossary_entry(page, base_url, address, lang):
    page.goto(address(lang))
    link = page.locator(f"article a.glossary-link[href$='#{TERM}']")
    expect(link).to_have_count(1)
    link.focus()
    shows(page, tooltip(TERM, lang))
    link.click()
    expect(page).to_have_url(base_url + course.url(lang, course.GLOSSARY_PAGE) + f"#{TERM}")
    expect(page.locator(f"h3#{TERM}")).to_be_in_viewport()


@pytest.mark.parametrize("lang", course.LANGS)
def test_the_definition_s_link_is_next_by_keyboard_and_axe_finds_nothing_with_it_open(page, address, lang):
    page.goto(address(lang))
    abbr, text = first_abbr(page)
    abbr.focus()
    shows(page, expected(lang, text))
    page.keyboard.press("Tab")   # from the term, the next stop is the popup's link to the entry
    assert page.evaluate("document.activeElement.classList.contains('glossary-popup__link')")
    expect(page.locator(POPUP)).to_have_count(1)   # the popup stays while its link has the focus
    assert violations(page) == []
    page.keyboard.press("Escape")   # Esc closes it and brings the focus back to the term
    expect(page.locator(POPUP)).to_have_count(0)
    assert page.evaluate("document.activeElement.textContent") == text
