"""What the engine reads from mkdocs.yml: the languages (declared once, in the i18n plugin), the
nav, and where a page lives in the source and in the build."""
from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError


@dataclass(frozen=True)
class Language:
    code: str           # 'fr'
    name: str           # 'Français'
    default: bool       # the source language, built at the site's root
    site_name: str      # the site's name in that language

    @property
    def prefix(self) -> str:
        """Where its pages are in the build: '' for the default language, 'en/' for the others."""
        return "" if self.default else f"{self.code}/"

    @property
    def direction(self) -> str:
        """'rtl' or 'ltr': what Material's translation of the language declares (the pages' dir)."""
        return material_direction(self.code)


@functools.cache
def material_direction(code: str) -> str:
    import material   # the theme's package: its translations say which languages read right to left
    path = Path(material.__file__).parent / "templates" / "partials" / "languages" / f"{code}.html"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return "rtl" if re.search(r'"direction":\s*"rtl"', text) else "ltr"


def languages(config) -> list[Language]:
    """The built languages of the i18n plugin, the default (source) language first."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise PluginError("mkdocs.yml: the course needs the 'i18n' plugin (mkdocs-static-i18n)")
    found = [Language(l.locale, l.name, bool(l.default), l.site_name or config.site_name)
             for l in i18n.config.languages if l.build]
    return sorted(found, key=lambda l: not l.default)


def current_language(config) -> str:
    """The language being built (mkdocs-static-i18n builds one language after the other)."""
    i18n = config.plugins.get("i18n")
    return str(getattr(i18n, "current_language", None) or config.theme["language"])


def docs_folder(config, lang: str) -> Path:
    return Path(config.docs_dir) / lang


def nav_pages(nav) -> list[str]:
    """The Markdown files of mkdocs.yml's nav, in order ('notion.md')."""
    found = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            found += nav_pages(value)
        elif isinstance(value, str) and value.endswith(".md"):
            found.append(value)
    return found


def slug(page: str) -> str:
    """'notion.md' -> 'notion'."""
    return posixpath.splitext(page)[0]


def page_url(lang: Language, page: str) -> str:
    """A page's address from the site root, with directory URLs: '', 'notion/', 'en/notion/'."""
    stem = slug(page)
    path = "" if stem == "index" else (stem[: -len("/index")] + "/" if stem.endswith("/index") else stem + "/")
    return lang.prefix + path


def built_page(site: Path, lang: Language, page: str) -> Path:
    """The built HTML file of a page."""
    return site / page_url(lang, page) / "index.html"


def relative_link(target: str, page: str) -> str:
    """A Markdown link from one page of a language to another ('glossaire.md' from 'a/b.md')."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def page_path(config, page) -> str:
    """A page's path inside its language's folder: 'notion.md' for docs/en/notion.md."""
    source = Path(page.file.abs_src_path).resolve()
    docs = Path(config.docs_dir).resolve()
    parts = source.relative_to(docs).parts
    return "/".join(parts[1:]) if len(parts) > 1 else parts[0]
