"""The projection plugin: tells the deck extension the page it renders (front matter, words), and
writes the slide outlines that authors ask for with a link marked `{ .slide-outline }` (the
trainers' corner: a lesson plan can say "slide 14" because the numbers come from the source)."""
from __future__ import annotations

import re
from html import escape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from mkdocs.plugins import BasePlugin, event_priority

from .. import site
from ..errors import DataError

EXTENSION = "course_engine.projection"
OUTLINE_RE = re.compile(r'<p><a (?=[^>]*class="slide-outline")[^>]*?href="([^"]*)"[^>]*>(.*?)</a></p>', re.S)


class ProjectionPlugin(BasePlugin):
    def __init__(self):
        self.decks: dict[str, list] = {}   # page url -> [(kind, section, title)]

    @event_priority(-160)  # after the languages plugin (-110) has loaded the language's strings
    def on_config(self, config):
        page = config.extra["strings"]["page"]
        config.mdx_configs.setdefault(EXTENSION, {})["labels"] = {
            key: page[key] for key in ("duration", "minutes", "objectives", "keypoints")}
        return config

    @event_priority(-200)  # after the languages plugin has typeset the front matter
    def on_page_markdown(self, markdown, page, config, files):
        self.decks[page.url] = []
        config.mdx_configs[EXTENSION].update(meta=dict(page.meta), sink=self.decks[page.url])
        return markdown

    def on_post_page(self, output, page, config):
        words = config.extra["strings"]["projection"]

        def outline(match):
            target = urlsplit(urljoin("/" + page.url, match.group(1).replace("&amp;", "&"))).path.lstrip("/")
            slides = self.decks.get(target)
            if not slides:
                raise DataError(Path(page.file.abs_src_path),
                                f"asks for the slides of '{match.group(1)}', which is not a chapter with slides")
            rows = "".join(
                f'<tr><td>{number}</td><td>{escape(words["kinds"][kind])}</td><td>{escape(title)}</td></tr>'
                for number, (kind, _, title) in enumerate(slides, start=1))
            return (f'<table class="slide-outline"><caption><a href="{match.group(1)}">{match.group(2)}</a></caption>'
                    f'<thead><tr><th scope="col">{escape(words["number"])}</th><th scope="col">'
                    f'{escape(words["kind"])}</th><th scope="col">{escape(words["slide"])}</th></tr></thead>'
                    f"<tbody>{rows}</tbody></table>")

        return OUTLINE_RE.sub(outline, output)
