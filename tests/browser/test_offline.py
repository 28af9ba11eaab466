"""The offline copy, unzipped and opened from file:// in Chromium: nav, language switch, search,
and not one request that leaves the file system."""
from __future__ import annotations

import pytest

import course
from pages import home, offline_path
from workshop_build import page_title

pytestmark = pytest.mark.browser


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


def url_of(offline, lang: str, page: str) -> str:
    return (offline / offline_path(lang, page)).as_uri()


@pytest.mark.parametrize("lang", course.LANGS)
def test_click_through_the_nav(tab, offline, built, lang):
    tab, requests = tab
    pages = [p for p in course.NAV if p != home()]
    tab.goto(url_of(offline, lang, home()))
    for page in pages[:3]:
        title = page_title(built, lang, page)
        with tab.expect_navigation():
            tab.locator("nav.md-nav--primary a.md-nav__link", has_text=title).first.click()
        assert tab.url == url_of(offline, lang, page)
        assert " ".join(tab.locator("article h1").inner_text().split()) == title
    assert_only_files_were_requested(requests)


def test_language_switch_goes_to_the_twin_and_back(tab, offline):
    tab, requests = tab
    chapter = course.chapters()[1]
    tab.goto(url_of(offline, course.DEFAULT, chapter))
    assert tab.locator("html").get_attribute("lang") == course.DEFAULT
    for lang in course.LANGS[1:] + [course.DEFAULT]:   # every other language in turn, then back
        tab.locator(".md-select").first.hover()
        with tab.expect_navigation():
            tab.locator(f".md-select__link[hreflang={lang}]").first.click()
        assert tab.url == url_of(offline, lang, chapter)
        assert tab.locator("html").get_attribute("lang") == lang
    assert_only_files_were_requested(requests)


def search(tab, query: str) -> list[str]:
    """Type a query as a reader does (Material searches on key presses) and list the results."""
    tab.locator("input.md-search__input").click()
    tab.locator("input.md-search__input").press_sequentially(query)
    tab.locator(".md-search-result__item").first.wait_for()
    return [link.get_attribute("href").split("?")[0].split("#")[0]
            for link in tab.locator(".md-search-result__item > a").all()]


@pytest.mark.parametrize("lang", course.LANGS)
def test_search_finds_the_glossary_in_the_current_language(tab, offline, built, lang):
    tab, requests = tab
    tab.goto(url_of(offline, lang, course.chapters()[1]))
    found = search(tab, page_title(built, lang, course.GLOSSARY_PAGE))
    assert url_of(offline, lang, course.GLOSSARY_PAGE) in found
    assert_only_files_were_requested(requests)


@pytest.mark.parametrize("lang", course.LANGS)
def test_search_keiretsu_finds_the_glossary(tab, offline, lang):
    glossary = (offline / offline_path(lang, course.GLOSSARY_PAGE)).read_text(encoding="utf-8")
    assert 'id="keiretsu"' in glossary, "the glossary must define keiretsu (a form named in the deck)"
    tab, requests = tab
    tab.goto(url_of(offline, lang, home()))
    found = search(tab, course.glossary()["keiretsu"]["term"][lang])
    assert url_of(offline, lang, course.GLOSSARY_PAGE) in found
    assert_only_files_were_requested(requests)
