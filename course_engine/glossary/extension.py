"""Glossary terms in the page's language: every abbreviation and foreign term of the glossary is
marked (`<abbr data-glossary="id" tabindex="0">`, reachable by keyboard and tap), and the first
mention of each entry in a page links to its glossary entry (`<a class="glossary-link"
data-glossary="id">`). The definitions of the entries a page names travel once in the page, in a
`<template class="glossary-definitions">` at its end, which glossary-popup.js shows in place.

Options: `lang`; `glossary`, `bibliography` and `strings` (the data files) when the extension runs
alone, or `terms` given ready by the MkDocs plugin; `page` (the page being rendered, from its
language's folder), `glossary_page`, and `link_mentions` (off on the pages that list every entry)."""
from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .. import site, yamlfile
from ..citations.data import Bibliography
from .data import Glossary
from .terms import Terms

CODE = {"code", "pre", "kbd", "samp", "script", "style", "svg", "math", "abbr"}  # left as they are
NO_LINK = {"h1", "h2", "h3", "h4", "h5", "h6", "summary", "button", "label"}       # tooltips only
INTERACTIVE = {"summary", "button", "label"}   # a focusable abbr inside them would nest controls
NO_LINK_CLASSES = {"admonition-title", "headerlink"}
NO_TOOLTIP_CLASSES = {"glossary-term", "glossary-facts",  # an entry's own heading and facts
                      "reference", "citations"}            # titles in the bibliography, citations


class GlossaryTreeprocessor(Treeprocessor):
    def __init__(self, md, ext: "GlossaryExtension"):
        super().__init__(md)
        self.ext = ext

    def run(self, root):
        self.terms = self.ext.terms()
        self.linked: set[str] = set()
        self.link_mentions = bool(self.ext.getConfig("link_mentions"))
        self.href = site.relative_link(self.ext.getConfig("glossary_page"), self.ext.getConfig("page"))
        self.used: dict[str, None] = {}
        self._walk(root, can_link=self.link_mentions, interactive=False)
        if self.used:
            root.append(self._definitions())

    def _definitions(self):
        """The definitions of the entries the page names, once each, for the popup."""
        template = etree.Element("template", {"class": "glossary-definitions", "data-more": self.terms.more,
                                              "data-search-exclude": ""})
        for eid in self.used:
            entry = etree.SubElement(template, "span", {"data-entry": eid})
            text = etree.SubElement(entry, "span", {"class": "glossary-definition__text"})
            strong = etree.SubElement(text, "strong")
            strong.text = AtomicString(self.terms.headings[eid])
            strong.tail = f"{self.terms.colon} {self.terms.definitions[eid]}"
            etree.SubElement(entry, "a", {"href": f"{self.href}#{eid}"})   # MkDocs resolves and checks it
        return template

    def _walk(self, el, can_link: bool, interactive: bool) -> None:
        el.text, nodes = self._cut(el.text, can_link, interactive)
        for offset, node in enumerate(nodes):
            el.insert(offset, node)
        i = len(nodes)
        while i < len(el):
            child = el[i]
            classes = set((child.get("class") or "").split())
            if child.tag == "a" and child.get("data-glossary") in self.terms.tooltips:
                self.used[child.get("data-glossary")] = None   # a link the author (or a page) marked
            elif child.tag == "a":
                self._title_link(child)
            elif child.tag not in CODE and not classes & NO_TOOLTIP_CLASSES:
                self._walk(child, can_link and child.tag not in NO_LINK and not classes & NO_LINK_CLASSES,
                           interactive or child.tag in INTERACTIVE)
            child.tail, nodes = self._cut(child.tail, can_link, interactive)
            for offset, node in enumerate(nodes, start=1):
                el.insert(i + offset, node)
            i += 1 + len(nodes)

    def _cut(self, text, can_link: bool, interactive: bool):
        """Cut a text at its mentions: (text before, [link or abbr elements, each with its tail])."""
        if not text or isinstance(text, AtomicString):
            return text, []
        head, nodes, last = None, [], 0
        def wanted(eid, exact):
            return (can_link and eid not in self.linked) or exact

        for start, end, eid, exact in self.terms.find(text, wanted):
            if can_link and eid not in self.linked:
                node = etree.Element("a", {"href": f"{self.href}#{eid}", "class": "glossary-link",
                                           "data-glossary": eid})
                self.linked.add(eid)
            else:
                node = etree.Element("abbr", {"data-glossary": eid})
                if not interactive:
                    node.set("tabindex", "0")
            self.used[eid] = None
            node.text = AtomicString(text[start:end])
            if head is None:
                head = text[:start]
            else:
                nodes[-1].tail = text[last:start]
            nodes.append(node)
            last = end
        if head is None:
            return text, []
        nodes[-1].tail = text[last:]
        return head, nodes

    def _title_link(self, link) -> None:
        """A link whose whole text is an abbreviation shows that term's definition on focus."""
        eid = self.terms.exact_id("".join(link.itertext()))
        if eid and not link.get("title") and len(link) == 0 and "citation" not in (link.get("class") or ""):
            link.set("data-glossary", eid)
            self.used[eid] = None


class GlossaryExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "lang": ["fr", "the page's language"],
            "glossary": ["data/glossary.yml", "the glossary data file"],
            "bibliography": ["data/bibliography.yml", "the bibliography data file (checks the sources)"],
            "strings": ["data/strings", "the folder of the strings files"],
            "glossary_page": ["glossaire.md", "the glossary page, in each language's folder"],
            "page": ["", "the page being rendered, in its language's folder"],
            "link_mentions": [True, "link the first mention of each entry to the glossary"],
            # Not None: Python-Markdown would turn an object given for a None default into True.
            "terms": [{}, "the language's Terms (given by the MkDocs plugin)"],
        }
        super().__init__(**kwargs)

    def terms(self) -> Terms:
        if not isinstance(self.getConfig("terms"), Terms):
            lang = self.getConfig("lang")
            words = yamlfile.clean(yamlfile.load(Path(self.getConfig("strings")) / f"{lang}.yml"))
            bib = Bibliography(Path(self.getConfig("bibliography")), [lang])
            glossary = Glossary(Path(self.getConfig("glossary")), [lang], bib.entries,
                                words["countries"], words["languages"], only_these=False)
            self.setConfig("terms", Terms(glossary, lang, words))
        return self.getConfig("terms")

    def extendMarkdown(self, md):  # noqa: N802
        # <caption> is a block of its own, as in HTML: inside the panorama's markdown="1" table,
        # Python-Markdown (which does not list it) would wrap it in a <p>, invalid there.
        if "caption" not in md.block_level_elements:
            md.block_level_elements.append("caption")
        # After the inline patterns (20) and attr_list (8); before MkDocs resolves and checks links (0).
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "course_glossary", 6)
