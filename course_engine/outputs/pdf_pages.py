"""Turn one built page of the site into a chapter of the PDF: its article, minus the screen."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

# Screen-only parts of a page, and trainer notes (kept out of the trainees' PDF).
DROP = ", ".join([
    "a.headerlink", ".trainer", ".md-content__button", ".md-source-file", ".md-feedback",
    "[class*=projection]", ".screen-only", ".downloads", "script", "style", "noscript",
    "form", "button", "input", "nav", "dialog", "iframe",
])
HOST = "http://site.invalid"  # a dummy origin, to resolve relative links with urljoin


@dataclass
class Chapter:
    slug: str       # the page's file name without .md: also its anchor in the PDF
    url: str        # its address from the site root: /notion/, /en/notion/
    title: str      # the page's h1
    body: str = ""  # the cleaned article, without the h1
    appendix: str = ""  # "A", "B"... for appendices
    heading: str = ""   # the title as printed: "Annexe A — Glossaire" for an appendix


def page_file(site: Path, url: str) -> Path:
    return site / url.lstrip("/") / "index.html"


def _same(a: str, b: str) -> bool:
    """Whether a link's text already shows its address (then it is not printed twice)."""
    def bare(s: str) -> str:
        return s.strip().removeprefix("mailto:").removeprefix("https://").removeprefix("http://").rstrip("/")
    return bare(a) == bare(b)


def load(site: Path, chapter: Chapter) -> BeautifulSoup:
    """The article of a built page; fills in the chapter title from its h1."""
    path = page_file(site, chapter.url)
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    article = soup.select_one("article.md-content__inner") or soup.body
    h1 = article.find("h1")
    if h1:
        for link in h1.select("a.headerlink"):
            link.decompose()
        chapter.title = " ".join(h1.get_text(" ", strip=True).split())
        h1.decompose()
    else:
        chapter.title = soup.title.get_text(strip=True).split(" - ")[0]
    return article


def clean(article, chapter: Chapter, chapters: dict[str, Chapter], site: Path, site_url: str) -> str:
    """The article as HTML for the PDF: ids made unique, links resolved, answers open."""
    for element in article.select(DROP):
        element.decompose()
    _unfold_tabs(article)
    for details in article.find_all("details"):
        details["open"] = ""  # self-check answers are printed under their question
    slug = chapter.slug
    for element in article.find_all(id=True):
        element["id"] = f"{slug}--{element['id']}"
    by_url = {c.url: c for c in chapters.values()}
    base = HOST + chapter.url
    for link in article.find_all("a", href=True):
        href = link["href"]
        parts = urlsplit(urljoin(base, href))
        if f"{parts.scheme}://{parts.netloc}" == HOST:
            path = parts.path.removesuffix("index.html")
            target = by_url.get(path)
            if target:  # a page of the PDF: jump inside the document
                link["href"] = f"#{target.slug}--{parts.fragment}" if parts.fragment else f"#{target.slug}"
                continue
            href = site_url.rstrip("/") + parts.path + (f"#{parts.fragment}" if parts.fragment else "")
            link["href"] = href
        if parts.scheme in ("http", "https", "mailto") or href.startswith(site_url):
            link["class"] = [*link.get("class", []), "external"]
            if not _same(link.get_text(), href):
                url = article.new_tag("span", attrs={"class": "link-url"})
                url.string = href.removeprefix("mailto:")
                link.append(url)
    page_path = page_file(site, chapter.url)
    for image in article.find_all("img", src=True):
        image["src"] = urljoin(page_path.as_uri(), image["src"])
        image.attrs.pop("srcset", None)
        image.attrs.pop("loading", None)
    return article.decode_contents()


def _unfold_tabs(article) -> None:
    """Tabbed blocks (pymdownx.tabbed): every tab printed in turn, under its label."""
    for tabs in article.select(".tabbed-set"):
        labels = [label.get_text(" ", strip=True) for label in tabs.select(".tabbed-labels > label")]
        for label in tabs.select(".tabbed-labels"):
            label.decompose()
        for text, block in zip(labels, tabs.select(".tabbed-content > .tabbed-block")):
            title = article.new_tag("p", attrs={"class": "tab-title"})
            title.string = text
            block.insert(0, title)
