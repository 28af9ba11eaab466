"""Glossary tooltips in Chromium: shown on hover, on keyboard focus and on tap, in the page's language;
the first mention of a term leads to its glossary entry."""
from __future__ import annotations

import sys

import pytest
from playwright.sync_api import expect

from conftest import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import glossary  # noqa: E402

pytestmark = pytest.mark.browser

ENTRIES = glossary.load()
PAGES = {"fr": "introduction/", "en": "en/introduction/"}
TOOLTIP = ".md-tooltip2--active .md-tooltip2__inner"


def expected(lang: str, text: str) -> str:
    """The tooltip the glossary gives to this abbreviation or foreign term in this language."""
    return next(glossary.tooltip(e, lang) for e in ENTRIES.values() if text in glossary.matches(e, lang))


def first_abbr(page):
    abbr = page.locator("article abbr[tabindex='0']").first
    expect(abbr).to_be_attached()
    return abbr, abbr.inner_text()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hover_shows_the_definition_in_the_page_language(page, base_url, lang):
    page.goto(base_url + PAGES[lang])
    abbr, text = first_abbr(page)
    abbr.scroll_into_view_if_needed()
    abbr.hover()
    expect(page.locator(TOOLTIP)).to_have_text(expected(lang, text))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_keyboard_focus_shows_the_definition_with_a_visible_focus(page, base_url, lang):
    page.goto(base_url + PAGES[lang])
    abbr, text = first_abbr(page)
    # Start from a point just before the abbreviation; one Tab must land on it.
    abbr.evaluate("el => { const s = document.createElement('span'); s.tabIndex = -1; s.id = 'start';"
                  " el.before(s); s.focus(); }")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "ABBR"
    assert page.evaluate("document.activeElement.textContent") == text
    expect(page.locator(TOOLTIP)).to_have_text(expected(lang, text))
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tap_on_a_phone_shows_the_definition(browser, base_url, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(base_url + PAGES[lang])
        abbr, text = first_abbr(page)
        abbr.scroll_into_view_if_needed()
        abbr.tap()
        expect(page.locator(TOOLTIP)).to_have_text(expected(lang, text))
        box = page.locator(".md-tooltip2--active").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390   # readable without scrolling sideways
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_first_mention_leads_to_the_glossary_entry(page, base_url, lang):
    page.goto(base_url + PAGES[lang])
    link = page.locator("article a.glossary-link[href$='#spl']")
    expect(link).to_have_count(1)
    link.focus()
    expect(page.locator(TOOLTIP)).to_have_text(glossary.tooltip(ENTRIES["spl"], lang))
    link.click()
    expect(page).to_have_url(base_url + ("en/" if lang == "en" else "") + "glossaire/#spl")
    expect(page.locator("h3#spl")).to_be_in_viewport()
