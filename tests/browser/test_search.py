"""Search, as a reader types it in Chromium: results only in the page's language, a count that
matches the list shown, and queries that forgive missing accents and plurals (French and English),
on the web site and in the offline copy opened from file://."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import course
from conftest import pages
from htmlpages import soup
from pages import offline_path as offline_file

pytestmark = pytest.mark.browser

# What a reader of a language types, and a form of the word that the results must include: facts
# of each language (its accents, its plurals), so test data by language, for the languages that
# have some; every language of the course is searched by the other tests.
QUERIES = {
    "fr": [("competitivite", "compétitivité"), ("territoires", "territoire"), ("pole", "pôle")],
    "en": [("policies", "policy")],
    # the definite article (ال) and the hamza (أ) forgiven both ways
    "ar": [("العنقود", "عنقود"), ("عنقود", "العنقود"), ("العناقيد", "عناقيد"), ("اقطاب", "أقطاب")],
}
# Broken plurals, which no stemmer brings back to their singular: the glossary shows them among an
# entry's other forms (its aliases), so that a search for the plural finds the entry.
PLURALS = {"ar": [("عناقيد", "cluster")]}
PLURAL_CASES = [(lang, query, entry) for lang in course.LANGS for query, entry in PLURALS.get(lang, [])]
FORGIVING = [(lang, query, form) for lang in course.LANGS for query, form in QUERIES.get(lang, [])]
WORD = "cluster"   # the course's subject: every language's pages use the word


def folder(lang: str) -> str:
    return course.prefix(lang)


def index_pages(site: Path, lang: str, word: str | None = None) -> set[str]:
    """Pages in one language's search index (as site paths like 'en/notion/'), optionally only
    those whose title or text holds the word as a whole word."""
    script = (site / "search" / f"index.{lang}.js").read_text(encoding="utf-8")
    docs = json.loads(script[script.index("["):script.rindex("]") + 1])
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I) if word else None
    found = set()
    for doc in docs:
        text = html.unescape(re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"]))
        if pattern is None or pattern.search(text):
            found.add(doc["location"].split("#")[0])
    return found


def lang_of(folder: Path, path: str) -> str:
    """The language a built page declares (<html lang>), for a site path ('en/notion/' or
    'en/notion.html')."""
    file = folder / path / "index.html" if not path.endswith(".html") else folder / path
    return soup(file).html["lang"]


# Whether Material has answered: the result count (a number, or its "no result" message in the
# page's language, read from the page's own configuration) replaces the placeholder.
ANSWERED = """([el, want]) => {
  const words = JSON.parse(document.getElementById("__config").textContent).translations;
  const text = el.textContent.trim();
  return (/\\d/.test(text) || text === words["search.result.none"]) === want;
}"""


def search(tab, query: str) -> tuple[int, list[str]]:
    """Type a query in the search box; return the count Material announces and the result links."""
    box = tab.locator("input.md-search__input")
    box.click()
    meta = tab.locator(".md-search-result__meta")
    for text, answered in (("", False), (query, True)):  # empty the box first: no count shown
        box.fill(text)
        box.press("End")  # Material reads the query on key up
        tab.wait_for_function(ANSWERED, arg=[meta.element_handle(), answered])
    tab.wait_for_timeout(300)  # a late second answer to the same query would land here
    # Material shows ten results, then more as the list is scrolled: scroll until all are there.
    items = tab.locator(".md-search-result__item")
    while True:
        shown = items.count()
        tab.locator(".md-search__scrollwrap").evaluate("el => el.scrollTo(0, el.scrollHeight)")
        tab.wait_for_timeout(100)
        if items.count() == shown:
            break
    announced = re.search(r"\d+", meta.inner_text())
    links = [a.get_attribute("href") for a in tab.locator(".md-search-result__item > a:first-child").all()]
    return (int(announced.group()) if announced else 0), links


def site_path(href: str, base: str) -> str:
    """A result link as a site path like 'en/notion/' (web) or 'en/notion.html' (offline)."""
    path = unquote(urlsplit(href).path)
    return path[len(urlsplit(base).path):]


def test_each_language_has_its_own_index_of_all_its_pages(site):
    indexed = {lang: index_pages(site, lang) for lang in course.LANGS}
    for lang, paths in indexed.items():
        assert paths and all(lang_of(site, p) == lang for p in paths), lang
    built = {p.relative_to(site).as_posix().removesuffix("index.html") for p in pages(site)}
    assert built == set().union(*indexed.values())
    # The page script still fetches search_index.json: it keeps only the settings.
    assert json.loads((site / "search" / "search_index.json").read_text())["docs"] == []


@pytest.mark.parametrize("lang", course.LANGS)
def test_results_are_in_the_page_language_and_counted_right(page, base_url, site, lang):
    page.goto(base_url + folder(lang))
    count, links = search(page, WORD)
    found = {site_path(link, base_url) for link in links}
    assert count == len(links) > 0, f"{count} announced, {len(links)} shown"
    assert {lang_of(site, p) for p in found} == {lang}
    assert index_pages(site, lang, WORD) <= found


@pytest.mark.parametrize("lang,query,form", FORGIVING, ids=[q for _, q, _ in FORGIVING])
def test_queries_forgive_accents_and_plurals(page, base_url, site, lang, query, form):
    expected = index_pages(site, lang, form)
    assert expected, f"no {lang} page contains '{form}': the test has nothing to find"
    page.goto(base_url + course.url(lang, course.chapters()[0]))
    count, links = search(page, query)
    found = {site_path(link, base_url) for link in links}
    assert count == len(links)
    assert {lang_of(site, p) for p in found} == {lang}
    assert expected <= found, f"'{query}' misses pages with '{form}': {sorted(expected - found)}"


@pytest.mark.parametrize("lang,query,form", FORGIVING, ids=[q for _, q, _ in FORGIVING])
def test_results_mark_each_word_once(page, base_url, lang, query, form):
    """A word found both as typed and by its stem is marked once, not one mark inside another."""
    page.goto(base_url + course.url(lang, course.chapters()[0]))
    search(page, query)
    results = page.locator(".md-search-result__list").inner_html()
    assert results.count("<mark") > 0
    assert not re.search(r"<mark[^>]*>[^<]*<mark|mar<mark|k&gt;", results), re.findall(r".{40}<mark.{40}", results)[:3]


@pytest.mark.parametrize("lang,query,form", FORGIVING, ids=[q for _, q, _ in FORGIVING])
def test_each_query_is_answered_once_and_forgivingly(page, base_url, site, lang, query, form):
    """Typing on: the worker answers the query as rewritten, never also the raw one after it."""
    page.goto(base_url + folder(lang))
    first, _ = search(page, WORD)
    count, links = search(page, query)
    found = {site_path(link, base_url) for link in links}
    assert count == len(links) and first > 0
    assert index_pages(site, lang, form) <= found


def offline_path(offline: Path, web_path: str) -> str:
    """A web page path as the offline copy names it: 'en/notion/' -> 'en/notion.html', 'en/' ->
    'en/index.html' (Material's offline plugin turns off directory URLs)."""
    if (offline / web_path / "index.html").is_file():
        return web_path + "index.html"
    return web_path.rstrip("/") + ".html"


@pytest.mark.parametrize("lang,query,form", FORGIVING, ids=[q for _, q, _ in FORGIVING])
def test_offline_copy_search_forgives_too(page, offline, site, lang, query, form):
    base = offline.as_uri() + "/"
    page.goto(base + offline_file(lang, course.chapters()[0]))
    count, links = search(page, query)
    found = {site_path(link, base) for link in links}
    assert count == len(links)
    assert {offline_path(offline, p) for p in index_pages(site, lang, form)} <= found
    assert {lang_of(offline, p) for p in found} == {lang}


@pytest.mark.parametrize("lang,query,entry", PLURAL_CASES, ids=[q for _, q, _ in PLURAL_CASES])
def test_a_broken_plural_finds_its_glossary_entry(page, base_url, site, lang, query, entry):
    assert query in course.glossary()[entry]["aliases"][lang]   # the data lists the plural
    facts = soup(course.built(site, lang, course.GLOSSARY_PAGE)).find(id=entry).find_next_sibling(class_="glossary-facts")
    assert query in facts.get_text().split(course.words()[lang]["glossary"]["forms"])[1]   # and the page shows it
    page.goto(base_url + folder(lang))
    count, links = search(page, query)
    assert count == len(links) > 0
    # the entry is a section of the glossary page's result
    sections = page.locator(".md-search-result__list a").evaluate_all("links => links.map(a => a.href)")
    glossary = course.url(lang, course.GLOSSARY_PAGE)
    assert any(site_path(link, base_url) == glossary and urlsplit(link).fragment == entry for link in sections), sections
