"""What the tests know of the course, read from its configuration (never typed in the tests): the
languages, the engine's pages, the loaded data and strings, and where a page is in a build."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mkdocs.config import load_config

from course_engine import site
from course_engine.citations.data import Bibliography
from course_engine.glossary.data import Glossary
from course_engine.languages import strings

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


@lru_cache(maxsize=None)
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


LANGUAGES = site.languages(config())
LANGS = [l.code for l in LANGUAGES]
DEFAULT = LANGS[0]
GLOSSARY_PAGE = config().plugins["course-glossary"].config.page
PANORAMA_PAGE = config().plugins["course-glossary"].config.panorama
BIBLIOGRAPHY_PAGE = config().plugins["course-bibliography"].config.page
NAV = site.nav_pages(config().nav)


def language(code: str) -> site.Language:
    return next(l for l in LANGUAGES if l.code == code)


@lru_cache(maxsize=None)
def words() -> dict[str, dict]:
    return strings.load(ROOT / config().plugins["course-languages"].config.strings, LANGS)


@lru_cache(maxsize=None)
def bibliography() -> Bibliography:
    return Bibliography(ROOT / config().plugins["course-bibliography"].config.file, LANGS)


@lru_cache(maxsize=None)
def glossary() -> Glossary:
    default = words()[DEFAULT]
    return Glossary(ROOT / config().plugins["course-glossary"].config.file, LANGS, bibliography().entries,
                    default["countries"], default["languages"])


def prefix(lang: str) -> str:
    """Where a language's pages are in a build: '' for the default language, 'en/' for the others."""
    return language(lang).prefix


def url(lang: str, page: str) -> str:
    """A page's address from the site root ('en/notion/'): page is 'notion.md' or 'notion'."""
    return site.page_url(language(lang), page if page.endswith(".md") else page + ".md")


def built(site_dir: Path, lang: str, page: str) -> Path:
    return site_dir / url(lang, page) / "index.html"


def chapters() -> list[str]:
    """The nav's pages whose front matter has a sequence number (the taught chapters)."""
    from course_engine import frontmatter
    return [p for p in NAV if "sequence" in frontmatter.read(DOCS / DEFAULT / p).meta]


def for_trainers(page: str) -> bool:
    """A page printed in the trainer edition only (front matter `audience: trainers`)."""
    from course_engine import frontmatter
    return frontmatter.read(DOCS / DEFAULT / page).meta.get("audience") == "trainers"
