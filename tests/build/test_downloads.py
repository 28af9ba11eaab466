"""Download links on every page, and links that resolve, in the web build and in the offline copy."""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

import course
from course_engine.outputs import download_names
from workshop_build import downloads

pytestmark = pytest.mark.pdf


def html_pages(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.html") if p.name != "404.html")


def lang_of(soup: BeautifulSoup) -> str:
    return soup.html["lang"]


def target(page: Path, url: str) -> Path | None:
    """The file a relative address points to, or None for other hosts and in-page anchors."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = (page.parent / unquote(parts.path)).resolve()
    return path / "index.html" if url.split("#")[0].split("?")[0].endswith("/") or path.is_dir() else path


def references(soup: BeautifulSoup):
    for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
        for element in soup.find_all(tag, attrs={attr: True}):
            yield element[attr]


@pytest.mark.parametrize("where", ["web", "offline"])
def test_every_page_links_to_its_languages_pdf(where, built, offline):
    root = built if where == "web" else offline
    pages = html_pages(root)
    assert len(pages) >= len(course.LANGS) * 10
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        links = soup.select("nav.downloads a[href]")
        hrefs = [a["href"] for a in links]
        pdf = [h for h in hrefs if h.endswith(".pdf") and "-slides-" not in h and "-handout-" not in h]
        assert len(pdf) == 1 and pdf[0].endswith("/" + downloads(lang_of(soup))["pdf"]), (page, hrefs)
        assert target(page, pdf[0]).is_file(), (page, pdf[0])
        # a chapter links to its own handout and slides on paper, in its language; other pages to none
        chapter = soup.select_one("template.projection-deck")
        for kind in ("handout", "slides"):
            found = [h for h in hrefs if f"-{kind}-" in h]
            assert len(found) == (1 if chapter else 0), (page, hrefs)
            if found:
                slug = page.parent.name if page.name == "index.html" else page.stem
                assert found[0].endswith("/" + download_names(course.config(), lang_of(soup), slug)[kind]), (page, found)
                assert target(page, found[0]).is_file(), (page, found[0])
        zips = [h for h in hrefs if h.endswith(".zip")]
        if where == "web":  # the offline copy is itself what the zip holds
            assert len(zips) == 1 and target(page, zips[0]).is_file(), (page, hrefs)
        else:
            assert not zips, page


@pytest.mark.parametrize("where", ["web", "offline"])
def test_every_relative_link_resolves_to_a_file(where, built, offline):
    root = built if where == "web" else offline
    broken = []
    for page in html_pages(root):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        for url in references(soup):
            path = target(page, url)
            if path is not None and not path.is_file():
                broken.append(f"{page.relative_to(root)} -> {url}")
    assert not broken


def test_offline_copy_loads_nothing_from_another_host(offline):
    for page in html_pages(offline):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        loaded = [e.get("src") or e.get("href") for e in soup.select("script[src], img[src], link[rel=stylesheet], link[rel=preload], link[rel=icon]")]
        assert all(urlsplit(url).scheme == "" for url in loaded), (page, loaded)
        assert all(soup.select_one(f"a[hreflang={lang}]") for lang in course.LANGS), page
    assert (offline / "search" / "search_index.js").is_file()  # search from file://


def test_offline_zip_holds_every_other_download(built, offline):
    import json
    listed = json.loads((built / "downloads" / "manifest.json").read_text(encoding="utf-8"))["files"]
    for entry in listed:
        if entry["kind"] == "zip":
            assert not (offline / "downloads" / entry["path"]).exists()
            continue
        web = built / "downloads" / entry["path"]
        packed = offline / "downloads" / entry["path"]
        assert hashlib.sha256(packed.read_bytes()).digest() == hashlib.sha256(web.read_bytes()).digest(), entry["path"]
    for lang in course.LANGS:
        assert (offline / course.prefix(lang) / "index.html").is_file(), lang
