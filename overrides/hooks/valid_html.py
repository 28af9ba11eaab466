"""Valid HTML where Material's markup is not: its drawer and search toggles are checkboxes with
autocomplete="off", an attribute HTML allows on text-like inputs only (W3C Nu checker). They sit
outside any block of Material's base.html, so the finished page is corrected instead of a copy of
the whole template. autocomplete="off" kept Firefox from restoring a checked toggle on reload."""
from __future__ import annotations

# Exactly Material 9.8's two inputs, each once per page.
TOGGLES = [
    ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
     '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'),
    ('<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">',
     '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">'),
]


def valid(output: str) -> str:
    for old, new in TOGGLES:
        output = output.replace(old, new, 1)
    return output


def on_post_page(output, page, config):
    return valid(output)


def on_post_template(output, template_name, config):
    # The 404 page is one of the theme's static templates: it goes through this event, not the one above.
    return valid(output) if template_name == "404.html" else output
