"""The hardening plugin: what no setting of MkDocs or Material offers, done on the finished pages.

- The course's stylesheets (extra_css) are served as one file: one render-blocking request, not
  three; the sources stay one file per concern in overrides/assets/stylesheets/.
- Material's page script loads with `defer`: it comes last in the body anyway, but as a plain
  script it holds back the first paint (Lighthouse, mobile, a chapter: 1.7 s with it, 1.4 s
  without). Material reads nothing that comes after it.
- The offline copy loads Material's iframe-worker shim from the site, not from unpkg.com.
- Material's search dialog gets a name in the page's language (axe: aria-dialog-name).
- Material's drawer and search toggles lose autocomplete="off", which HTML allows on text-like
  inputs only (W3C Nu checker); they sit outside any block of Material's base.html.
- Last, every page gets a Content-Security-Policy with the hashes of its inline code."""
from __future__ import annotations

import re
from html import escape
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, event_priority

from .. import site
from . import csp

BUNDLE_RE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog"'
# Exactly Material 9.8's two inputs, each once per page.
TOGGLES = [f'<input class="md-toggle" data-md-toggle="{name}" type="checkbox" id="__{name}"' for name in ("drawer", "search")]


class HardeningConfig(base.Config):
    css_bundle = c.Type(str, default="assets/stylesheets/course.bundle.css")
    shim = c.Type(str, default="assets/javascripts/vendor/iframe-worker/shim.js")  # vendored: SOURCE.txt


class HardeningPlugin(BasePlugin[HardeningConfig]):
    def __init__(self):
        self.stylesheets: list[str] = []
        self.files = None

    @event_priority(-150)  # after Material's offline plugin (-100) has added its CDN address
    def on_config(self, config):
        # Runs once per language build; the first run sees the stylesheets listed in mkdocs.yml.
        if not self.stylesheets:
            self.stylesheets = [str(css) for css in config.extra_css]
        config.extra_css = [self.config.css_bundle]
        # The shim runs search in an iframe where file:// forbids Web Workers; the offline plugin
        # adds it as https://unpkg.com/iframe-worker/shim, a request to another host.
        polyfills = config.extra.get("polyfills") or []
        config.extra["polyfills"] = [self.config.shim if "iframe-worker" in url else url for url in polyfills]
        return config

    def on_files(self, files, config):
        self.files = files
        return files

    @event_priority(-100)  # last: every other plugin has finished changing the page
    def on_post_page(self, output, page, config):
        return self.harden(output, page, config)

    @event_priority(-100)
    def on_post_template(self, output, template_name, config):
        # The 404 page is one of the theme's static templates: it comes through this event.
        return self.harden(output, None, config) if template_name == "404.html" else output

    def harden(self, output: str, page, config) -> str:
        output = BUNDLE_RE.sub(r'<script src="\1" defer></script>', output, count=1)
        name = config.plugins["course-languages"].words(site.current_language(config))["page"]["search_dialog"]
        output = output.replace(SEARCH_DIALOG, f'{SEARCH_DIALOG} aria-label="{escape(name)}"', 1)
        for toggle in TOGGLES:
            output = output.replace(toggle + ' autocomplete="off">', toggle + ">", 1)
        # extra.offline: the offline copy (file://), where the policy also allows local files.
        return csp.meta_element(output, page, self.files, bool(config.extra.get("offline")))

    def on_post_build(self, config):
        root = Path(config.site_dir)
        parts = [f"/* {name} */\n" + (root / name).read_text(encoding="utf-8") for name in self.stylesheets]
        (root / self.config.css_bundle).write_text("\n".join(parts), encoding="utf-8")
