"""Accessibility fixes to Material's markup that no setting offers: a name for the search dialog
(axe: aria-dialog-name), in the page's language."""
from __future__ import annotations

from coursedata import page_lang

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog"'
NAMES = {"fr": "Recherche dans le cours", "en": "Search the course"}


def on_post_page(output, page, config):
    name = NAMES.get(page_lang(config), NAMES["en"])
    return output.replace(SEARCH_DIALOG, f'{SEARCH_DIALOG} aria-label="{name}"', 1)
