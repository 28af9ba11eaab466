"""The downloads plugin: where a page holds the marker (the trainers' corner), the list of every
download of its language, with the offline zip, made from the configuration as manifest.py makes
the manifest (scripts/build writes the files themselves, after the site)."""
from __future__ import annotations

import posixpath
from html import escape

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, event_priority

from .. import site
from ..typography import extension as typography
from . import download_names, manifest


class DownloadsConfig(base.Config):
    marker = c.Type(str, default="<!-- generated: downloads -->")


class DownloadsPlugin(BasePlugin[DownloadsConfig]):
    @event_priority(-150)  # after the languages plugin (-110) has loaded the language's strings
    def on_page_markdown(self, markdown, page, config, files):
        if self.config.marker not in markdown:
            return markdown
        code = site.current_language(config)
        lang = next(l for l in site.languages(config) if l.code == code)
        words = config.extra["strings"]
        entries = manifest.per_language(config, lang, words)
        if not config.extra.get("offline"):   # the offline copy is what the zip holds
            default = site.languages(config)[0]
            entries.append({"path": download_names(config, default.code)["zip"], "lang": "all",
                            "title": words["manifest"]["zip"].format(course=lang.site_name)})
        # "formateurs/" with directory URLs, "formateurs.html" in the offline copy
        folder = page.url if page.url.endswith("/") else posixpath.dirname(page.url)
        rules = words["typography"]   # the chapters' titles come raw from their front matter
        for entry in entries:
            entry["title"] = typography.apply(entry["title"], rules["spacing"], rules["quotes"])
        items = "".join(f'<li><a href="{escape(posixpath.relpath("downloads/" + e["path"], folder or "."))}"'
                        + ("" if e["lang"] == "all" else f' hreflang="{e["lang"]}"')
                        + f'>{escape(e["title"])}</a></li>' for e in entries)
        return markdown.replace(self.config.marker, f'<ul class="downloads-list">{items}</ul>')
