"""Language switcher links: relative (for sub-paths and file://) and handled by the browser alone."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


@event_priority(-50)  # after mkdocs-static-i18n (50) has set the alternate links for this page
def on_page_context(context, page, config, nav):
    # static-i18n leaves the homepage's alternates as configured ("/" and "/en/"), and Material's
    # `url` filter keeps absolute paths, which break under a sub-path or from file://.
    # static-i18n sets them as an attribute of config.extra, which is what the template reads.
    prefix = urlsplit(config.site_url or "").path or "/"  # static-i18n puts site_url's path first
    for alternate in getattr(config.extra, "alternate", None) or []:
        link = alternate.get("link", "")
        if link.startswith(prefix):
            alternate["link"] = link[len(prefix):] or "./"
    return context


def on_post_page(output, page, config):
    # Material fetches sitemap.xml next to each <link rel=alternate> of the head to remap the
    # switcher's targets; static-i18n already points them at the twin page, so that fetch is
    # only noise (404s, console errors, requests from file://). The sitemap keeps the hreflang.
    return HEAD_ALTERNATE.sub("", output)
