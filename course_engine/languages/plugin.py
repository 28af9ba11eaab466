"""The languages plugin: the strings of the language being built, parity between the languages,
and the language switcher's links."""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from .. import site
from ..typography.extension import apply
from ..outputs import download_names
from . import parity, strings

TYPOGRAPHY = "course_engine.typography"
TYPESET = ("title", "description", "objectives", "keypoints")   # front matter shown to readers


RULES = ("spacing", "quotes")   # the names of the rules, not texts


def typeset(tree, rules):
    """The strings of a language with its typography (the rules' names left as they are)."""
    if isinstance(tree, dict):
        return {k: v if k in RULES else typeset(v, rules) for k, v in tree.items()}
    if isinstance(tree, list):
        return [typeset(v, rules) for v in tree]
    return apply(tree, rules["spacing"], rules["quotes"]) if isinstance(tree, str) else tree
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
BODY_DIR = re.compile(r'<body dir="(ltr|rtl)"')


def with_direction(output: str) -> str:
    """Material writes the language's direction on <body> only; on <html> too, the browser's own
    parts (scroll bar, form controls) and assistive software follow it from the first byte."""
    found = BODY_DIR.search(output)
    return output.replace("<html ", f'<html dir="{found.group(1)}" ', 1) if found else output


class LanguagesConfig(base.Config):
    strings = c.Type(str, default="data/strings")   # one <lang>.yml per language


class LanguagesPlugin(BasePlugin[LanguagesConfig]):
    def __init__(self):
        self.languages: list[site.Language] | None = None
        self.strings: dict[str, dict] = {}
        self.not_found: dict[str, str] = {}   # each language's 404 page

    def words(self, lang: str) -> dict:
        return self.strings[lang]

    @event_priority(-110)  # after mkdocs-static-i18n (-100) has switched the config to the language
    def on_config(self, config):
        if self.languages is None:  # the first language's build: check everything once
            self.languages = site.languages(config)
            codes = [l.code for l in self.languages]
            root = Path(config.config_file_path).parent
            self.strings = {code: typeset(tree, tree["typography"])
                            for code, tree in strings.load(root / self.config.strings, codes).items()}
            problems = parity.check(Path(config.docs_dir), codes)
            if problems:
                raise PluginError("The languages differ (the first difference of each kind):\n  "
                                  + "\n  ".join(problems))
        lang = site.current_language(config)
        config.extra["strings"] = self.strings[lang]
        config.extra["files"] = download_names(config, lang)   # the download band's links
        config.mdx_configs.setdefault("toc", {})["permalink_title"] = self.strings[lang]["page"]["permalink"]
        config.mdx_configs.setdefault("footnotes", {})["BACKLINK_TITLE"] = self.strings[lang]["page"]["footnote_back"]
        rules = self.strings[lang]["typography"]
        config.mdx_configs.setdefault(TYPOGRAPHY, {}).update(spacing=rules["spacing"], quotes=rules["quotes"])
        return config

    def on_page_markdown(self, markdown, page, config, files):
        # The front matter's texts are printed by templates, not by Markdown: they get the
        # language's typography here (titles, objectives, key points).
        rules = self.strings[site.current_language(config)]["typography"]
        for key in TYPESET:
            if isinstance(page.meta.get(key), str):
                page.meta[key] = apply(page.meta[key], rules["spacing"], rules["quotes"])
            elif isinstance(page.meta.get(key), list):
                page.meta[key] = [apply(v, rules["spacing"], rules["quotes"]) if isinstance(v, str) else v
                                  for v in page.meta[key]]
        if isinstance(page.meta.get("title"), str):
            page.title = page.meta["title"]
        return markdown

    def on_page_content(self, html, page, config, files):
        # The table of contents copies the headings' text with its spaces collapsed (Python-
        # Markdown's toc turns a no-break space into a plain one): the language's rules again.
        rules = self.strings[site.current_language(config)]["typography"]

        def typeset_toc(items):
            for item in items:
                item.title = apply(item.title, rules["spacing"], "keep")   # quotes: already curly
                typeset_toc(item.children)

        typeset_toc(page.toc)
        return html

    @event_priority(-50)  # after mkdocs-static-i18n (50) has set the alternate links for this page
    def on_page_context(self, context, page, config, nav):
        # static-i18n leaves the home page's alternates as configured ("/", "/en/"), and Material's
        # `url` filter keeps absolute paths, which break under a sub-path or from file://.
        prefix = urlsplit(config.site_url or "").path or "/"
        for alternate in getattr(config.extra, "alternate", None) or []:
            link = alternate.get("link", "")
            if link.startswith(prefix):
                alternate["link"] = link[len(prefix):] or "./"
        return context

    def on_post_page(self, output, page, config):
        # Material fetches sitemap.xml next to each <link rel=alternate> of the head to remap the
        # switcher's targets; static-i18n already points them at the twin page, so that fetch is
        # only noise (404s, console errors, requests from file://). The sitemap keeps the hreflang.
        return with_direction(HEAD_ALTERNATE.sub("", output))

    @event_priority(-110)  # after the hardening plugin (-100) has finished the page
    def on_post_template(self, output, template_name, config):
        if template_name == "404.html":
            output = with_direction(output)
            self.not_found[site.current_language(config)] = output
        return output

    @event_priority(-110)  # after static-i18n (-100) has built the other languages
    def on_post_build(self, config):
        root = Path(config.site_dir)
        for language in self.languages or []:
            folder = root / language.prefix
            # Every language's build writes 404.html at the root, the last one winning: the
            # default language's page stays there, and each other language's goes in its folder.
            if language.code in self.not_found and folder.is_dir():
                (folder / "404.html").write_text(self.not_found[language.code], encoding="utf-8")
            # static-i18n writes one sitemap (with hreflang alternates) at the root; a copy in each
            # language's folder answers the requests for /en/sitemap.xml.
            if not language.default and folder.is_dir():
                for name in ("sitemap.xml", "sitemap.xml.gz"):
                    if (root / name).exists():
                        shutil.copyfile(root / name, folder / name)
