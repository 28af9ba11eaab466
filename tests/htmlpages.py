"""Reading built pages: parsed HTML, the article, and the page's twin in the other language."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bs4 import BeautifulSoup


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def article(path: Path):
    """The page's main content (Material's article), without the header, nav and footer."""
    return soup(path).select_one("article.md-content__inner")


def french_pages(site: Path) -> list[Path]:
    """Built French pages (the default language, at the root), 404 excepted."""
    return sorted(p for p in site.rglob("index.html")
                  if not p.relative_to(site).parts[0] == "en" and p.parent.name != "downloads")


def english_twin(site: Path, french: Path) -> Path:
    return site / "en" / french.relative_to(site)
