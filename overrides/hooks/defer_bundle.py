"""Material's page script loads with `defer`: it comes last in the body anyway, but as a plain
script it holds back the first paint until it has loaded and run (Lighthouse, mobile, a chapter:
first contentful paint 1.7 s with it, 1.4 s without). Material reads nothing that comes after it."""
from __future__ import annotations

import re

BUNDLE_RE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


def on_post_page(output, page, config):
    return BUNDLE_RE.sub(r'<script src="\1" defer></script>', output, count=1)
