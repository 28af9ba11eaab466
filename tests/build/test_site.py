"""The built site: every language complete, right language attributes, no fallback, no dead link,
nothing loaded from another host, sitemaps served."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import course
from conftest import DOCS, ROOT, mkdocs_build, pages
from htmlpages import article, language_pages, soup, translations


def language_of(text: str) -> str:
    """The language whose frequent words (data/strings, language.frequent_words) the text uses most."""
    words = Counter(re.findall(r"\w+", text.lower()))
    score = {lang: sum(words[w] for w in course.words()[lang]["language"]["frequent_words"].split()) for lang in course.LANGS}
    return max(score, key=score.get)


@pytest.mark.parametrize("lang", course.LANGS)
def test_every_source_page_is_built_in_every_language(site, lang):
    for source in sorted((DOCS / course.DEFAULT).glob("*.md")):
        assert course.built(site, lang, source.name).exists(), f"no {lang} page for {source.name}"


def test_html_lang_matches_the_folder(site):
    for lang in course.LANGS:
        for page in language_pages(site, lang):
            assert soup(page).html.get("lang") == lang, page.relative_to(site)


def prose(page: Path) -> str:
    """The page's own sentences: top-level paragraphs and the description (not quoted titles)."""
    description = soup(page).find("meta", attrs={"name": "description"})
    paragraphs = article(page).find_all("p", recursive=False)
    return " ".join([description["content"] if description else ""] + [p.get_text(" ") for p in paragraphs])


def test_translations_are_not_fallbacks_to_the_default_language(site):
    checked = 0
    for page, lang, other in translations(site):
        assert article(page).get_text(" ") != article(other).get_text(" "), other
        assert language_of(prose(page)) == course.DEFAULT, f"{page.relative_to(site)} does not read as {course.DEFAULT}"
        assert language_of(prose(other)) == lang, f"{other.relative_to(site)} does not read as {lang}"
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


def test_sitemaps_are_served_for_every_language(site):
    for lang in course.LANGS:
        text = (site / course.prefix(lang) / "sitemap.xml").read_text(encoding="utf-8")
        for other in course.LANGS:
            assert course.config().site_url + course.url(other, course.NAV[1]) in text, (lang, other)


def test_site_url_is_overridable(tmp_path):
    result = mkdocs_build(tmp_path / "site", env={"SITE_URL": "https://training.example.net/cluster/"})
    assert result.returncode == 0, result.stderr
    lang, page = course.LANGS[-1], course.NAV[1]
    canonical = soup(course.built(tmp_path / "site", lang, page)).find("link", rel="canonical")
    assert canonical["href"] == "https://training.example.net/cluster/" + course.url(lang, page)


def test_language_switcher_lands_on_the_same_page(site):
    for page, lang, other in translations(site):
        for here, there in ((page, other), (other, page)):
            links = {a.get("hreflang"): a["href"] for a in soup(here).select("a[hreflang]")}
            target_lang = lang if here is page else course.DEFAULT
            target = (here.parent / links[target_lang]).resolve()
            assert target in {there.parent.resolve(), there.resolve()}, (here, links)


def nav_sections():
    """The nav's section titles, as mkdocs.yml writes them (in the default language)."""
    return [next(iter(item)) for item in course.config().nav if isinstance(item, dict)
            and isinstance(next(iter(item.values())), list)]


@pytest.mark.parametrize("lang", course.LANGS[1:])
def test_nav_titles_are_translated(site, lang):
    translated = next(l for l in course.config().plugins["i18n"].config.languages if l.locale == lang).nav_translations
    nav = soup(course.built(site, lang, course.NAV[1])).select_one("nav.md-nav--primary").get_text(" ")
    for title in nav_sections():
        assert translated[title] in nav and title not in nav, (lang, title)


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


def test_each_language_has_its_404_page_hardened(site):
    # the default language's at the root (what static hosts serve), each other one in its folder
    for lang in course.LANGS:
        page = site / course.prefix(lang) / "404.html"
        html = soup(page)
        assert html.html.get("lang") == lang, page
        assert html.find("meta", attrs={"http-equiv": "Content-Security-Policy"}), page
