"""Serve the sitemap under /en/ too: Material fetches sitemap.xml next to each alternate language."""
from __future__ import annotations

import shutil
from pathlib import Path


def on_post_build(config):
    # mkdocs-static-i18n writes one sitemap (with hreflang alternates) at the root; the other
    # languages' folders have none, so Material's request for /en/sitemap.xml would 404.
    root = Path(config.site_dir)
    i18n = config.plugins.get("i18n")
    for language in i18n.config.languages if i18n else []:
        folder = root / language.locale
        if not language.default and folder.is_dir():
            for name in ("sitemap.xml", "sitemap.xml.gz"):
                if (root / name).exists():
                    shutil.copyfile(root / name, folder / name)
