"""The built site: both languages complete, right language attributes, no fallback, no dead link,
nothing loaded from another host, sitemaps served."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import DOCS, ROOT, mkdocs_build, pages
from htmlpages import article, english_twin, french_pages, soup

# Frequent short words: a page whose text has more French than English ones is in French.
FRENCH_WORDS = {"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "que", "qui", "sur"}
ENGLISH_WORDS = {"the", "and", "of", "is", "in", "to", "for", "that", "which", "on", "with", "are"}


def language_of(text: str) -> str:
    words = Counter(re.findall(r"[a-zà-ÿ]+", text.lower()))
    fr = sum(words[w] for w in FRENCH_WORDS)
    en = sum(words[w] for w in ENGLISH_WORDS)
    return "fr" if fr > en else "en"


def test_every_source_page_is_built_in_both_languages(site):
    for source in sorted((DOCS / "fr").glob("*.md")):
        slug = "" if source.stem == "index" else source.stem + "/"
        assert (site / slug / "index.html").exists(), f"no French page for {source.name}"
        assert (site / "en" / slug / "index.html").exists(), f"no English page for {source.name}"


def test_html_lang_matches_the_folder(site):
    for page in pages(site):
        expected = "en" if page.relative_to(site).parts[0] == "en" else "fr"
        assert soup(page).html.get("lang") == expected, page.relative_to(site)


def prose(page: Path) -> str:
    """The page's own sentences: top-level paragraphs and the description (not quoted titles)."""
    description = soup(page).find("meta", attrs={"name": "description"})
    paragraphs = article(page).find_all("p", recursive=False)
    return " ".join([description["content"] if description else ""] + [p.get_text(" ") for p in paragraphs])


def test_english_pages_are_not_french_fallbacks(site):
    checked = 0
    for french in french_pages(site):
        english = english_twin(site, french)
        assert article(french).get_text(" ") != article(english).get_text(" "), english
        assert language_of(prose(french)) == "fr", f"{french.relative_to(site)} does not read as French"
        assert language_of(prose(english)) == "en", f"{english.relative_to(site)} reads as French"
        checked += 1
    assert checked >= 10


def _targets(page: Path):
    for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
                      ("source", "src"), ("iframe", "src")):
        for element in soup(page).find_all(tag):
            if element.get(attr):
                yield tag, element[attr]


def test_every_internal_link_and_anchor_resolves(site):
    problems, checked = [], 0
    for page in pages(site):
        for tag, url in _targets(page):
            parts = urlsplit(url)
            if "downloads" in Path(parts.path).parent.parts:
                continue  # made by scripts/build after mkdocs; tests/build/test_downloads.py checks them
            if parts.scheme or url.startswith("//") or url.startswith(("mailto:", "data:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.exists():
                problems.append(f"{page.relative_to(site)}: {tag} → {url} (no such file)")
            elif parts.fragment and target.suffix == ".html":
                ids = {e.get("id") for e in soup(target).find_all(id=True)}
                ids |= {e.get("name") for e in soup(target).find_all(attrs={"name": True})}
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{page.relative_to(site)}: {url} (no such anchor)")
    assert checked > 500
    assert not problems, "\n".join(problems)


EXTERNAL = re.compile(r"^(https?:)?//", re.I)


def test_no_resource_is_loaded_from_another_host(site):
    problems = []
    for page in pages(site):
        html = soup(page)
        for element in html.find_all(["script", "img", "iframe", "source", "audio", "video",
                                      "embed", "object", "track", "input"]):
            for attr in ("src", "data", "srcset", "poster"):
                if element.get(attr) and EXTERNAL.match(element[attr]):
                    problems.append(f"{page.relative_to(site)}: <{element.name} {attr}={element[attr]}>")
        for link in html.find_all("link"):
            rel = set(link.get("rel") or [])
            if rel - {"alternate", "canonical"} and EXTERNAL.match(link.get("href", "")):
                problems.append(f"{page.relative_to(site)}: <link rel={sorted(rel)} href={link['href']}>")
        for style in html.find_all("style"):
            if re.search(r"(url\(|@import)\s*['\"]?(https?:)?//", style.get_text()):
                problems.append(f"{page.relative_to(site)}: <style> loads from another host")
    for css in site.rglob("*.css"):
        if re.search(r"(url\(|@import)\s*['\"]?(https?:)?//", css.read_text(errors="ignore")):
            problems.append(f"{css.relative_to(site)} loads from another host")
    assert not problems, "\n".join(problems)


def test_no_web_fonts_from_google(site):
    for page in pages(site):
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8"), page


def test_sitemaps_are_served_for_both_languages(site):
    for sitemap in (site / "sitemap.xml", site / "en" / "sitemap.xml"):
        text = sitemap.read_text(encoding="utf-8")
        assert "https://cluster-course.example.org/en/introduction/" in text, sitemap


def test_site_url_is_overridable(tmp_path):
    result = mkdocs_build(tmp_path / "site", env={"SITE_URL": "https://training.example.net/cluster/"})
    assert result.returncode == 0, result.stderr
    canonical = soup(tmp_path / "site" / "en" / "introduction" / "index.html").find("link", rel="canonical")
    assert canonical["href"] == "https://training.example.net/cluster/en/introduction/"


def test_language_switcher_lands_on_the_same_page(site):
    for french in french_pages(site):
        rel = french.parent.relative_to(site).as_posix()
        rel = "" if rel == "." else rel + "/"
        links = {a.get("hreflang"): a["href"] for a in soup(french).select("a[hreflang]")}
        assert links.get("en", "").rstrip("/").endswith(("en/" + rel).rstrip("/")), (rel, links)
        english = english_twin(site, french)
        links = {a.get("hreflang"): a["href"] for a in soup(english).select("a[hreflang]")}
        target = (english.parent / links["fr"]).resolve()
        assert target in {french.parent.resolve(), french.resolve()}, (rel, links)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_nav_titles_are_translated(site, lang):
    page = site / ("en/" if lang == "en" else "") / "introduction" / "index.html"
    nav = soup(page).select_one("nav.md-nav--primary").get_text(" ")
    assert ("The course" in nav) == (lang == "en") and ("Le cours" in nav) == (lang == "fr")
    assert ("Resources" in nav) == (lang == "en") and ("Ressources" in nav) == (lang == "fr")


def test_course_stylesheets_are_served_as_one_file(site):
    import yaml

    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # !ENV tags are not needed here
    sources = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)["extra_css"]
    bundle = (site / "assets" / "stylesheets" / "course.bundle.css").read_text(encoding="utf-8")
    for name in sources:
        assert (ROOT / "overrides" / name).read_text(encoding="utf-8") in bundle, name
    for page in pages(site):
        links = [link["href"] for link in soup(page).select('link[rel="stylesheet"]')]
        ours = [href for href in links if "course" in href or any(Path(s).name in href for s in sources)]
        assert [Path(href).name for href in ours] == ["course.bundle.css"], page.relative_to(site)
