"""Offline copy: load Material's iframe-worker shim from the site itself, not from unpkg.com."""
from __future__ import annotations

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker/shim.js"  # vendored: see SOURCE.txt next to it


@event_priority(-100)  # after Material's offline plugin has added its CDN address
def on_config(config):
    # The shim runs search in an iframe where file:// forbids Web Workers; the offline plugin
    # adds it as https://unpkg.com/iframe-worker/shim, a request to another host.
    polyfills = config.extra.get("polyfills") or []
    config.extra["polyfills"] = [SHIM if "iframe-worker" in url else url for url in polyfills]
    return config
