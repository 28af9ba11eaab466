"""Permalink titles (the "#" links after headings) in the page's language: the toc extension's
permalink_title is one global setting, and mkdocs-static-i18n runs on_config for each language."""
from __future__ import annotations

from mkdocs.plugins import event_priority

from coursedata import page_lang

TITLES = {"fr": "Lien permanent vers cette section", "en": "Permanent link to this section"}


@event_priority(-110)  # after mkdocs-static-i18n (-100) has switched the config to the language
def on_config(config):
    toc = config.mdx_configs.setdefault("toc", {})
    toc["permalink_title"] = TITLES.get(page_lang(config), TITLES["en"])
    return config
