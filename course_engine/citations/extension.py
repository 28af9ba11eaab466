"""`[@id]` citations as author-date links to the bibliography page, in the page's language.

    [@porter-1998]            (Porter, 1998)
    [@porter-1998, p. 78]     (Porter, 1998, p. 78)
    [@a-1990; @b-1998]        (A, 1990 ; B, 1998)
    Porter [-@porter-1998]    Porter (1998)

Options: `lang`; `bibliography` (data/bibliography.yml) and `strings` (data/strings) when the
extension runs alone, or `data` and `words` given ready by the MkDocs plugin; `page` (the page
being rendered, from its language's folder) and `bibliography_page`, for relative links."""
from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

from .. import site, yamlfile
from ..errors import DataError
from ..typography import direction
from .data import CITE_RE, ONE_RE, Bibliography


class CitationProcessor(InlineProcessor):
    def __init__(self, ext: "CitationsExtension", md):
        super().__init__(CITE_RE.pattern, md)
        self.ext = ext

    def handleMatch(self, m, data):  # noqa: N802 (Python-Markdown's name)
        bib, words, lang = self.ext.data(), self.ext.words(), self.ext.getConfig("lang")
        href = site.relative_link(self.ext.getConfig("bibliography_page"), self.ext.getConfig("page"))
        span = etree.Element("span", {"class": "citations"})
        span.text = "("
        cites = list(ONE_RE.finditer(m.group(1)))
        for i, one in enumerate(cites):
            year_only, eid, locator = one.group(1), one.group(2), (one.group(3) or "").strip()
            if eid not in bib:
                line = data.count("\n", 0, m.start()) + 1
                raise DataError(self.ext.getConfig("page") or "<text>",
                                f"cites '{eid}', which is not in {bib.path.name} (near line {line} of its paragraph)")
            entry = bib[eid]
            # the year glued to the name before it; a long label may wrap between the names (phones)
            label = bib.year(entry, words) if year_only else "\u00a0".join(bib.label(entry, lang, words).rsplit(" ", 1))
            if locator:
                label += f", {locator}"
            link = etree.SubElement(span, "a", {"href": f"{href}#{eid}", "class": "citation"})
            if direction(label) != site.material_direction(lang):   # "(Castells و Hall, 1994)" in Arabic
                link.set("dir", direction(label))
            link.text = AtomicString(label)
            link.tail = words["typography"]["list_separator"] if i < len(cites) - 1 else ")"
        return span, m.start(0), m.end(0)


class CitationsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "lang": ["fr", "the page's language"],
            "bibliography": ["data/bibliography.yml", "the bibliography data file"],
            "strings": ["data/strings", "the folder of the strings files"],
            "bibliography_page": ["bibliographie.md", "the bibliography page, in each language's folder"],
            "page": ["", "the page being rendered, in its language's folder"],
            # Not None: Python-Markdown would turn an object given for a None default into True.
            "data": [{}, "a loaded Bibliography (given by the MkDocs plugin)"],
            "words": [{}, "the strings of the page's language (given by the MkDocs plugin)"],
        }
        super().__init__(**kwargs)

    def data(self) -> Bibliography:
        if not isinstance(self.getConfig("data"), Bibliography):
            self.setConfig("data", Bibliography(Path(self.getConfig("bibliography")), [self.getConfig("lang")]))
        return self.getConfig("data")

    def words(self) -> dict:
        if not self.getConfig("words"):
            path = Path(self.getConfig("strings")) / f"{self.getConfig('lang')}.yml"
            self.setConfig("words", yamlfile.clean(yamlfile.load(path)))
        return self.getConfig("words")

    def extendMarkdown(self, md):  # noqa: N802
        # Before links and references (160, 170): '[@id]' is not a link; after escapes (180).
        md.inlinePatterns.register(CitationProcessor(self, md), "course_citations", 175)
