"""Make the language switcher's home links relative, so the site works under any path and offline."""
from __future__ import annotations

from urllib.parse import urlsplit

from mkdocs.plugins import event_priority


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
