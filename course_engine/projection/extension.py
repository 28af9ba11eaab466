"""Writes a chapter's deck into its page, as a <template class="projection-deck"> after the text
(deck.py holds the rules). Options, set per page by the projection plugin: `meta` (the page's
front matter; no deck without a `sequence`), `labels` (the language's words) and `sink` (a list
that receives the deck, for the slide numbers of the trainers' corner)."""
from __future__ import annotations

import re
from html import unescape

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from . import deck


class DeckTreeprocessor(Treeprocessor):
    def __init__(self, md, ext: "DeckExtension"):
        super().__init__(md)
        self.ext = ext

    def run(self, root):
        meta = self.ext.getConfig("meta")
        if not meta or "sequence" not in meta:
            return
        slides = deck.build(root, meta, self.ext.getConfig("labels"))
        root.append(deck.element(slides, meta.get("duration")))
        self.ext.getConfig("sink")[:] = [(s.kind, s.section, self.plain(s.title)) for s in slides]

    def plain(self, text: str) -> str:
        """A title as the reader sees it: stashed HTML (typographic quotes, entities) put back."""
        for name in ("raw_html", "amp_substitute"):
            if name in self.md.postprocessors:
                text = self.md.postprocessors[name].run(text)
        return unescape(re.sub(r"<[^>]+>", "", text))


class DeckExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "meta": [{}, "the page's front matter"],
            "labels": [{"duration": "Duration:", "minutes": "min", "objectives": "Objectives",
                        "keypoints": "Key points"}, "the words of the title and closing slides"],
            "sink": [[], "receives (kind, section, title) for each slide"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):  # noqa: N802
        # After the glossary (6), the typography (5.5) and the table of contents (5): the slides are
        # copies of finished elements; before MkDocs resolves the links (0), so theirs work too.
        md.treeprocessors.register(DeckTreeprocessor(md, self), "course_deck", 1)
