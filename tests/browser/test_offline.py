"""The offline copy, unzipped and opened from file:// in Chromium: nav, language switch, search,
and not one request that leaves the file system."""
from __future__ import annotations

import pytest

from workshop_build import config, nav_slugs, page_title

pytestmark = pytest.mark.browser

LANGS = ("fr", "en")




@pytest.fixture
def tab(browser):
    """A fresh page, and the list of every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    yield context.new_page(), requests
    context.close()


def assert_only_files_were_requested(requests: list[str]) -> None:
    assert requests, "the page made no request at all"
    assert [url for url in requests if not url.startswith("file://")] == []


def url_of(offline, lang: str, slug: str) -> str:
    return (offline / ("" if lang == "fr" else f"{lang}/") / f"{slug}.html").as_uri()


@pytest.mark.parametrize("lang", LANGS)
def test_click_through_the_nav(tab, offline, built, lang):
    tab, requests = tab
    slugs = [s for s in nav_slugs(config().nav) if s != "index"]
    tab.goto(url_of(offline, lang, "index"))
    for slug in slugs[:3]:
        title = page_title(built, lang, slug)
        with tab.expect_navigation():
            tab.locator("nav.md-nav--primary a.md-nav__link", has_text=title).first.click()
        assert tab.url == url_of(offline, lang, slug)
        assert " ".join(tab.locator("article h1").inner_text().split()) == title
    assert_only_files_were_requested(requests)


def test_language_switch_goes_to_the_twin_and_back(tab, offline):
    tab, requests = tab
    tab.goto(url_of(offline, "fr", "notion"))
    assert tab.locator("html").get_attribute("lang") == "fr"
    for lang in ("en", "fr"):
        tab.locator(".md-select").first.hover()
        with tab.expect_navigation():
            tab.locator(f".md-select__link[hreflang={lang}]").first.click()
        assert tab.url == url_of(offline, lang, "notion")
        assert tab.locator("html").get_attribute("lang") == lang
    assert_only_files_were_requested(requests)


def search(tab, query: str) -> list[str]:
    """Type a query as a reader does (Material searches on key presses) and list the results."""
    tab.locator("input.md-search__input").click()
    tab.locator("input.md-search__input").press_sequentially(query)
    tab.locator(".md-search-result__item").first.wait_for()
    return [link.get_attribute("href").split("?")[0].split("#")[0]
            for link in tab.locator(".md-search-result__item > a").all()]


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_the_glossary_in_the_current_language(tab, offline, built, lang):
    tab, requests = tab
    tab.goto(url_of(offline, lang, "notion"))
    found = search(tab, page_title(built, lang, "glossaire"))
    assert url_of(offline, lang, "glossaire") in found
    assert_only_files_were_requested(requests)


@pytest.mark.parametrize("lang", LANGS)
def test_search_keiretsu_finds_the_glossary(tab, offline, lang):
    glossary = (offline / ("" if lang == "fr" else f"{lang}/") / "glossaire.html").read_text(encoding="utf-8")
    assert 'id="keiretsu"' in glossary, "the glossary must define keiretsu (a form named in the deck)"
    tab, requests = tab
    tab.goto(url_of(offline, lang, "index"))
    found = search(tab, "keiretsu")
    assert url_of(offline, lang, "glossaire") in found
    assert_only_files_were_requested(requests)
