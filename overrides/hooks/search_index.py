"""Split the search index by language, and keep it off the first load of a page.

Material's page script fetches search/search_index.json on every page load (both languages,
about 120 KB compressed), only to hand it to the search worker. This hook leaves in that file the
settings alone, and writes the documents of each language to search/index.<lang>.js, which the
course's worker (assets/javascripts/workers/course-search.js) loads when a reader first searches.
A script rather than JSON: the offline copy's worker runs from file://, where only scripts load."""
from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

INDEX_VARIABLE = "courseSearchDocs"  # read by course-search.js


def language_folders(config) -> list[str]:
    """The languages that mkdocs-static-i18n builds in a sub-folder (all but the default)."""
    i18n = config.plugins.get("i18n")
    if not i18n:
        return []
    return [lang.locale for lang in i18n.config.languages if not lang.default and lang.build]


def split(docs: list[dict], folders: list[str], default: str) -> dict[str, list[dict]]:
    """Documents by language: those under a language folder ('en/...'), the rest in the default."""
    by_lang: dict[str, list[dict]] = {lang: [] for lang in [default, *folders]}
    for doc in docs:
        first = doc["location"].split("/")[0]
        by_lang[first if first in folders and "/" in doc["location"] else default].append(doc)
    return by_lang


@event_priority(-110)  # last: after mkdocs-static-i18n and the offline plugin (both -100) have
def on_post_build(config):  # written the index of all languages
    folder = Path(config.site_dir) / "search"
    path = folder / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    i18n = config.plugins.get("i18n")
    default = next((l.locale for l in i18n.config.languages if l.default), "fr") if i18n else "fr"
    for lang, docs in split(index["docs"], language_folders(config), default).items():
        text = json.dumps(docs, separators=(",", ":"))  # ASCII: file:// scripts have no declared charset
        (folder / f"index.{lang}.js").write_text(f"var {INDEX_VARIABLE} = {text};\n", encoding="utf-8")
    settings = json.dumps({"config": index["config"], "docs": []})
    path.write_text(settings, encoding="utf-8")
    if (folder / "search_index.js").is_file():  # the offline plugin's copy, for file://
        (folder / "search_index.js").write_text(f"var __index = {settings}", encoding="utf-8")
