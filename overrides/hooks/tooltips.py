"""Glossary tooltips in the page's language, and links from first mentions to the glossary.

Python-Markdown's abbr extension wraps every abbreviation and foreign term of data/glossary.yml in
<abbr title="definition"> (the definitions of the page's language, set per page through the
extension's `glossary` option); Material's content.tooltips feature shows the title on hover and
focus. A tree processor then makes each tooltip reachable by keyboard and by tap (tabindex), and
links the first mention of each glossary entry in a chapter to its entry in the glossary."""
from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString
from mkdocs.exceptions import PluginError

import glossary
from coursedata import page_lang

NOT_LINKED_PAGES = {"glossaire.md", "panorama.md", "bibliographie.md"}   # they link every entry already
SKIPPED = {"a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "summary", "button", "label",
           "h1", "h2", "h3", "h4", "h5", "h6", "svg", "math"}
SKIPPED_CLASSES = {"admonition-title", "citation", "headerlink"}
INTERACTIVE = {"a", "summary", "button", "label"}   # a focusable abbr inside them would nest controls
NO_TOOLTIP = {"glossary-term", "glossary-facts",   # an entry's own heading and facts on the glossary page
              "reference"}                          # titles in the bibliography are quoted as they are


def _pattern(text: str, exact: bool) -> str:
    """A regex for one mention: spaces may be line breaks, apostrophes straight or curly; an
    alias may start with a capital letter (at the start of a sentence)."""
    body = re.escape(text).replace(r"\ ", r"\s+").replace("'", "['’]")
    if not exact and text[:1].isalpha() and text[:1].lower() != text[:1].upper():
        body = f"[{re.escape(text[0].lower())}{re.escape(text[0].upper())}]" + body[len(re.escape(text[0])):]
    return body


def _unwrap(el, parent) -> None:
    """Replace an element by its text (a dotted abbr without a tooltip would mislead)."""
    index = list(parent).index(el)
    text = (el.text or "") + (el.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        parent[index - 1].tail = (parent[index - 1].tail or "") + text
    parent.remove(el)


class GlossaryTreeprocessor(Treeprocessor):
    """Runs after abbr (priority 7) and before MkDocs resolves and checks links (priority 0)."""

    def __init__(self, md, extension: "GlossaryExtension"):
        super().__init__(md)
        self.ext = extension

    def run(self, root):
        if self.ext.link_mentions:
            self.linked: set[str] = set()
            self.patterns = self._patterns()
            self._link(root)
        self._fix_abbrs(root)

    # --- first mentions ------------------------------------------------------------------
    def _patterns(self) -> dict[str, re.Pattern]:
        patterns = {}
        for eid, entry in self.ext.entries.items():
            exact = [_pattern(t, True) for t in glossary.matches(entry, self.ext.lang)]
            loose = [_pattern(t, False) for t in (entry.get("aliases") or {}).get(self.ext.lang) or []]
            if exact or loose:
                patterns[eid] = re.compile(r"(?<![\w-])(?:" + "|".join(exact + loose) + r")(?![\w-])")
        return patterns

    def _skip(self, el) -> bool:
        return el.tag in SKIPPED or bool(set((el.get("class") or "").split()) & SKIPPED_CLASSES)

    def _find(self, text: str):
        """The earliest (longest at equal start) mention of an entry not linked yet."""
        best = None
        for eid, pattern in self.patterns.items():
            if eid in self.linked:
                continue
            m = pattern.search(text)
            if m and (best is None or (m.start(), -m.end()) < (best[1], -best[2])):
                best = (eid, m.start(), m.end())
        return best

    def _make_link(self, eid: str, word: str):
        entry = self.ext.entries[eid]
        link = etree.Element("a", {"href": f"{self.ext.glossary_href}#{eid}", "class": "glossary-link",
                                   "title": glossary.tooltip(entry, self.ext.lang)})
        link.text = AtomicString(word)
        self.linked.add(eid)
        return link

    def _split(self, text):
        """Cut a text at the first mentions it holds: (text before, [links, each with its tail])."""
        if not text or isinstance(text, AtomicString):
            return text, []
        head, nodes, pending = None, [], text
        while (found := self._find(pending)) is not None:
            eid, start, end = found
            if head is None:
                head = pending[:start]
            else:
                nodes[-1].tail = pending[:start]
            nodes.append(self._make_link(eid, pending[start:end]))
            pending = pending[end:]
        if head is None:
            return text, []
        nodes[-1].tail = pending
        return head, nodes

    def _link(self, el):
        if self._skip(el):
            return
        el.text, nodes = self._split(el.text)
        for offset, node in enumerate(nodes):
            el.insert(offset, node)
        i = len(nodes)
        while i < len(el):
            child = el[i]
            eid = self.ext.abbr_ids.get(child.text or "") if child.tag == "abbr" else None
            if eid and eid not in self.linked and child.get("title"):
                tail = child.tail
                link = self._make_link(eid, child.text)
                link.tail = tail
                el[i] = link
                child = link
            elif not self._skip(child):
                self._link(child)
            child.tail, nodes = self._split(child.tail)
            for offset, node in enumerate(nodes, start=1):
                el.insert(i + offset, node)
            i += 1 + len(nodes)

    # --- keyboard and tap ----------------------------------------------------------------
    def _fix_abbrs(self, root):
        parents = {child: parent for parent in root.iter() for child in parent}
        for abbr in list(root.iter("abbr")):
            if not abbr.get("title"):
                continue
            ancestors, node = [], abbr
            while node in parents:
                node = parents[node]
                ancestors.append(node)
            link = next((a for a in ancestors if a.tag == "a"), None)
            if link is not None:
                alone = not (link.text or "").strip() and len(link) == 1 and not (abbr.tail or "").strip()
                if not link.get("title") and alone:
                    link.set("title", abbr.get("title"))   # the link shows the tooltip on focus
                if link.get("title"):
                    _unwrap(abbr, parents[abbr])           # one tooltip, not two
            elif any(set((a.get("class") or "").split()) & NO_TOOLTIP for a in ancestors):
                _unwrap(abbr, parents[abbr])
            elif not any(a.tag in INTERACTIVE for a in ancestors):
                abbr.set("tabindex", "0")


class GlossaryExtension(Extension):
    """One instance for the whole build; on_page_markdown sets the page's language and links."""

    def __init__(self):
        super().__init__()
        self.lang, self.link_mentions, self.glossary_href = "fr", False, "glossaire.md"
        self.entries: dict = {}
        self.abbr_ids: dict[str, str] = {}

    def extendMarkdown(self, md):
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "glossary_tooltips", 6)


EXTENSION = GlossaryExtension()


def on_config(config):
    if "abbr" not in config.markdown_extensions:
        raise PluginError("mkdocs.yml: the glossary tooltips need the 'abbr' Markdown extension")
    if EXTENSION not in config.markdown_extensions:   # on_config runs again for each language
        config.markdown_extensions.append(EXTENSION)


def on_page_markdown(markdown, page, config, files):
    lang = page_lang(config)
    entries = glossary.load()
    definitions = {text: glossary.tooltip(e, lang) for e in entries.values() for text in glossary.matches(e, lang)}
    config.mdx_configs.setdefault("abbr", {})["glossary"] = definitions
    src = page.file.src_uri
    top = src.split("/", 1)[0] if "/" in src else ""
    EXTENSION.lang, EXTENSION.entries = lang, entries
    EXTENSION.abbr_ids = {text: e["id"] for e in entries.values() for text in glossary.matches(e, lang)}
    EXTENSION.link_mentions = posixpath.basename(src) not in NOT_LINKED_PAGES
    EXTENSION.glossary_href = posixpath.relpath(posixpath.join(top, "glossaire.md"), posixpath.dirname(src) or ".")
    return markdown
