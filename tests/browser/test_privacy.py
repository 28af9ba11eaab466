"""Privacy and robustness in Chromium: no request to another host, ever; a Content-Security-Policy
that every page satisfies (reading, search, tooltips, projection, presenter view, offline copy);
no console error at all."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

import course
from conftest import pages, serve
from htmlpages import soup

pytestmark = pytest.mark.browser

# Every policy violation is also printed as a console error, so one collector catches both.
REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", e => console.error(
  "CSP violation: " + e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")))"""


class Watched:
    """A browser context that records requests to other hosts (and blocks them), console errors,
    uncaught exceptions and policy violations."""

    def __init__(self, browser, local: str):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.context.add_init_script(REPORT_VIOLATIONS)
        self.problems: list[str] = []
        self.requests = 0
        self.local = local
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.set_default_timeout(10_000)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"{self.page.url}: uncaught {error}"))

    def _route(self, route):
        self.requests += 1
        url = route.request.url
        if url.startswith(self.local) or url.startswith(("data:", "blob:", "about:")):
            return route.continue_()
        self.problems.append(f"{self.page.url}: request to another host: {url}")
        return route.abort()

    def _console(self, message):
        if message.type in ("error", "warning") or "Content Security Policy" in message.text:
            self.problems.append(f"{message.location.get('url') or self.page.url}: console {message.type}: {message.text}")

    def close(self):
        self.context.close()


def use_every_feature(watched: Watched):
    """What a reader does on a page: search, a glossary definition by keyboard, projection mode. A step that
    fails is a problem too (reported with the requests and errors that explain it)."""
    try:
        _use_every_feature(watched.page)
    except PlaywrightError as error:
        watched.problems.append(f"{watched.page.url}: {error.message.splitlines()[0]}")


def _use_every_feature(page):
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("cluster")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Escape")
    term = page.locator("article abbr[tabindex]:visible").first   # not one inside a closed note
    if term.count():
        term.focus()
        page.locator(".glossary-popup:not([hidden])").first.wait_for()
    button = page.locator("button.projection-button")
    if button.count():
        button.click()
        page.locator("html.projection-on").wait_for(state="attached")
        page.keyboard.press("PageDown")
        page.keyboard.press("Escape")
        page.locator("html.projection-on").wait_for(state="detached")


@pytest.fixture
def watched(browser, base_url):
    context = Watched(browser, base_url)
    yield context
    context.close()


def web_path(site: Path, page: Path) -> str:
    return page.relative_to(site).as_posix().removesuffix("index.html")


# Every page of every language, known from the configuration: one test each, which xdist spreads.
PATHS = [course.url(lang, page) for lang in course.LANGS for page in course.NAV]


def test_every_built_page_is_watched(site):
    assert sorted(PATHS) == sorted(web_path(site, built) for built in pages(site))


@pytest.mark.parametrize("path", PATHS)
def test_every_page_stays_local_and_satisfies_its_policy(watched, base_url, path):
    watched.page.goto(base_url + path)
    use_every_feature(watched)
    if watched.page.locator("button.projection-button").count():
        watched.page.goto(base_url + path + "?presenter")
        watched.page.wait_for_load_state("load")
    assert watched.requests > 1
    assert not watched.problems, "\n".join(watched.problems)


def test_every_page_declares_a_strict_policy(site):
    for built in pages(site):
        html = soup(built)
        metas = html.head.find_all("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert len(metas) == 1, built
        policy = metas[0]["content"]
        assert "default-src 'none'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert not re.search(r"https?:|\*", policy), f"{built}: the policy allows other hosts"
        # The policy comes before anything it governs.
        order = [tag.name for tag in html.head.find_all(["meta", "script", "style", "link"])]
        governed = [i for i, name in enumerate(order) if name != "meta"]
        assert html.head.find_all(["meta", "script", "style", "link"]).index(metas[0]) < governed[0], built


def test_the_policy_blocks_what_it_does_not_list(browser, site, tmp_path):
    """A script and a style slipped into a page without their hashes do not run."""
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    chapter = course.chapters()[0]
    target = course.built(copy, course.DEFAULT, chapter)
    text = target.read_text(encoding="utf-8")
    text = text.replace("</body>", '<script>document.title = "injected"</script>'
                                   '<p id="styled" style="color: rgb(255, 0, 0)">x</p></body>')
    target.write_text(text, encoding="utf-8")
    server, url = serve(copy)
    watched = Watched(browser, url)
    try:
        watched.page.goto(url + course.url(course.DEFAULT, chapter))
        assert watched.page.title() != "injected"
        assert watched.page.locator("#styled").evaluate("e => getComputedStyle(e).color") != "rgb(255, 0, 0)"
        assert any("CSP violation: script-src" in p for p in watched.problems), watched.problems
        assert any("CSP violation: style-src" in p for p in watched.problems), watched.problems
    finally:
        watched.close()
        server.shutdown()


def test_offline_copy_from_files_stays_local_and_satisfies_its_policy(browser, offline):
    watched = Watched(browser, "file://")
    try:
        opened = 0
        for built in sorted(offline.rglob("*.html")):
            if built.name == "404.html":  # served by a web server for missing pages, not opened from files
                continue
            watched.page.goto(built.as_uri())
            use_every_feature(watched)
            opened += 1
        assert opened >= 20
        assert not watched.problems, "\n".join(watched.problems)
    finally:
        watched.close()
