"""Reading built pages: parsed HTML, the article, a language's pages and their translations."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bs4 import BeautifulSoup

import course


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def article(path: Path):
    """The page's main content (Material's article), without the header, nav and footer.
    Shared between tests: never change it (see own_article)."""
    return soup(path).select_one("article.md-content__inner")


def own_article(path: Path):
    """A copy of the article that a test may cut into (notes or references removed)."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").select_one("article.md-content__inner")


def language_pages(site: Path, lang: str) -> list[Path]:
    """The built pages of a language (404 and downloads aside)."""
    others = {l.code for l in course.LANGUAGES if not l.default and l.code != lang}
    folder = site / course.prefix(lang)
    return sorted(p for p in folder.rglob("index.html")
                  if p.relative_to(folder).parts[0] not in others | {"downloads"})


def translation(site: Path, page: Path, lang: str) -> Path:
    """A default-language page's twin in another language."""
    return site / course.prefix(lang) / page.relative_to(site)


def translations(site: Path):
    """Every (default-language page, other language, its translation)."""
    for page in language_pages(site, course.DEFAULT):
        for lang in course.LANGS[1:]:
            yield page, lang, translation(site, page, lang)
