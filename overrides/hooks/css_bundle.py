"""Serve the course's stylesheets (extra_css) as one file: one render-blocking request, not three.
The sources stay one file per concern in overrides/assets/stylesheets/."""
from __future__ import annotations

from pathlib import Path

BUNDLE = "assets/stylesheets/course.bundle.css"
_sources: list[str] = []


def on_config(config):
    # Runs once per language build; the first run sees the stylesheets listed in mkdocs.yml.
    if not _sources:
        _sources.extend(str(css) for css in config.extra_css)
    config.extra_css = [BUNDLE]


def on_post_build(config):
    site = Path(config.site_dir)
    parts = [f"/* {name} */\n" + (site / name).read_text(encoding="utf-8") for name in _sources]
    (site / BUNDLE).write_text("\n".join(parts), encoding="utf-8")
