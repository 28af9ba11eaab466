"""The search plugin: each page's search runs in the course's worker (course-search.js: the page's
language, accents and plurals forgiven), and the index is split by language and kept off the first
load of a page.

Material's page script fetches search/search_index.json on every page load (every language, about
120 KB compressed), only to hand it to the search worker. This plugin leaves in that file the
settings alone, and writes the documents of each language to search/index.<lang>.js, which the
worker loads when a reader first searches. A script rather than JSON: the offline copy's worker
runs from file://, where only scripts load."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, event_priority

from .. import site

CONFIG_RE = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
INDEX_VARIABLE = "courseSearchDocs"  # read by course-search.js


class SearchConfig(base.Config):
    worker = c.Type(str, default="course-search.js")  # next to Material's worker, in overrides/assets


def worker_url(material_worker: str, worker: str, lang: str) -> str:
    """Our worker next to Material's, told the page's language and which worker to wrap."""
    folder, _, name = material_worker.rpartition("/")
    return f"{folder + '/' if folder else ''}{worker}?lang={quote(lang)}&worker={quote(name)}"


def html_safe_json(value) -> str:
    """JSON that cannot end the script element, like Jinja's tojson filter."""
    text = json.dumps(value, sort_keys=True)
    for char in "<>&'":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def split(docs: list[dict], languages: list[site.Language]) -> dict[str, list[dict]]:
    """Documents by language: those under a language's folder ('en/...'), the rest in the default."""
    folders = {l.code for l in languages if not l.default}
    by_lang: dict[str, list[dict]] = {l.code: [] for l in languages}
    for doc in docs:
        first = doc["location"].split("/")[0]
        by_lang[first if first in folders and "/" in doc["location"] else languages[0].code].append(doc)
    return by_lang


class SearchPlugin(BasePlugin[SearchConfig]):
    @event_priority(-50)  # before the hardening plugin's Content-Security-Policy, which reads the final page
    def on_post_page(self, output, page, config):
        lang = site.current_language(config)

        def rewrite(match):
            settings = json.loads(match.group(2))
            if settings.get("search"):
                settings["search"] = worker_url(settings["search"], self.config.worker, lang)
            return match.group(1) + html_safe_json(settings) + match.group(3)

        return CONFIG_RE.sub(rewrite, output, count=1)

    @event_priority(-110)  # after mkdocs-static-i18n and the offline plugin (both -100) have written
    def on_post_build(self, config):  # the index of all languages
        folder = Path(config.site_dir) / "search"
        path = folder / "search_index.json"
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        for lang, docs in split(index["docs"], site.languages(config)).items():
            text = json.dumps(docs, separators=(",", ":"))  # ASCII: file:// scripts have no declared charset
            (folder / f"index.{lang}.js").write_text(f"var {INDEX_VARIABLE} = {text};\n", encoding="utf-8")
        settings = json.dumps({"config": index["config"], "docs": []})
        path.write_text(settings, encoding="utf-8")
        if (folder / "search_index.js").is_file():  # the offline plugin's copy, for file://
            (folder / "search_index.js").write_text(f"var __index = {settings}", encoding="utf-8")
