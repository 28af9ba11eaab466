"""The typographic rules of the page's language, applied to the text of the page (never to code,
URLs or attributes other than tooltips), so that the web, the slides and the PDF read the same.

- `spacing: french`: a narrow no-break space (U+202F) before ; ! ? and inside « », a no-break
  space (U+00A0) before : and inside numbers (4 000 000), before % and units (33 %, 15 km).
- `quotes: smart`: straight quotes become curly ones (Python-Markdown's smarty extension).

Options: `spacing` (french | none) and `quotes` (smart | keep), set from the language's strings
file by the MkDocs plugin, or given in mkdocs.yml when the extension runs alone."""
from __future__ import annotations

import re

from markdown.extensions import Extension
from markdown.extensions.smarty import SmartyExtension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

NNBSP, NBSP = "\u202f", "\u00a0"
SKIP = {"code", "pre", "kbd", "samp", "script", "style", "svg", "math"}
UNITS = r"(?:%|‰|€|\$|£|M€|Md€|km²|km|m²|m|ha|kg|t|l|h|min)(?![\w])"
FRENCH = [
    (re.compile(r"[ \t\n]+(?=[;!?])"), NNBSP),
    (re.compile(r"«[ \t\n]*"), "«" + NNBSP),
    (re.compile(r"[ \t\n]*»"), NNBSP + "»"),
    (re.compile(r"[ \t\n]+(?=:(?!//))"), NBSP),
    (re.compile(r"(?<=\d) (?=\d{3}(?!\d))"), NBSP),
    (re.compile(r"(?<=\d) (?=" + UNITS + ")"), NBSP),
]


def french(text: str) -> str:
    for pattern, replacement in FRENCH:
        text = pattern.sub(replacement, text)
    return text


OPENING = re.compile(r"""(^|[\s(\[{—–-])(["'])""")


def curly(text: str) -> str:
    """Straight quotes made curly in a plain text (a title, a key point): what smarty does in the Markdown."""
    text = OPENING.sub(lambda m: m.group(1) + ("“" if m.group(2) == '"' else "‘"), text)
    return text.replace('"', "”").replace("'", "’")


def apply(text: str, spacing: str, quotes: str) -> str:
    """A language's rules on a plain text that is not Markdown (front matter, interface strings)."""
    if spacing == "french":
        text = french(text)
    if quotes == "smart":
        text = curly(text)
    return text


class SpacingTreeprocessor(Treeprocessor):
    def run(self, root):
        self._walk(root)

    def _walk(self, el):
        el.text = _spaced(el.text)
        if el.tag in ("abbr", "a") and el.get("title"):
            el.set("title", french(el.get("title")))
        for child in el:
            if child.tag not in SKIP:
                self._walk(child)
            child.tail = _spaced(child.tail)


def _spaced(text):
    """The text with French spaces, still atomic if it was (then no inline pattern touches it)."""
    if not text:
        return text
    return AtomicString(french(text)) if isinstance(text, AtomicString) else french(text)


class TypographyExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "spacing": ["none", "french: no-break spaces of French typography; none"],
            "quotes": ["keep", "smart: curly quotes; keep"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):  # noqa: N802
        if self.getConfig("spacing") == "french":
            # After the glossary (6), so that its definitions get the spaces too; before the table of
            # contents (toc, 5), which copies the headings' text.
            md.treeprocessors.register(SpacingTreeprocessor(md), "course_typography", 5.5)
        elif self.getConfig("spacing") != "none":
            raise ValueError(f"typography: unknown spacing {self.getConfig('spacing')!r} (french or none)")
        if self.getConfig("quotes") == "smart":
            SmartyExtension(smart_quotes=True, smart_dashes=False, smart_ellipses=False,
                            smart_angled_quotes=False).extendMarkdown(md)
        elif self.getConfig("quotes") != "keep":
            raise ValueError(f"typography: unknown quotes {self.getConfig('quotes')!r} (smart or keep)")
