"""The typographic rules of the page's language, applied to the text of the page (never to code,
URLs or attributes other than tooltips), so that the web, the slides and the PDF read the same.

- `spacing: french`: a narrow no-break space (U+202F) before ; ! ? and inside « », a no-break
  space (U+00A0) before : and inside numbers (4 000 000), before % and units (33 %, 15 km).
- `spacing: numbers`: only the no-break spaces of numbers and units. Right to left, they also keep
  a number whole: a plain space would let "200 000" show as "000 200".
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
]
NUMBERS = [
    (re.compile(r"(?<=\d) (?=\d{3}(?!\d))"), NBSP),
    (re.compile(r"(?<=\d) (?=" + UNITS + ")"), NBSP),
]
RULES = {"french": FRENCH + NUMBERS, "numbers": NUMBERS, "none": []}


def spaced(text: str, spacing: str = "french") -> str:
    for pattern, replacement in RULES[spacing]:
        text = pattern.sub(replacement, text)
    return text


def french(text: str) -> str:
    return spaced(text, "french")


OPENING = re.compile(r"""(^|[\s(\[{—–-])(["'])""")


def curly(text: str) -> str:
    """Straight quotes made curly in a plain text (a title, a key point): what smarty does in the Markdown."""
    text = OPENING.sub(lambda m: m.group(1) + ("“" if m.group(2) == '"' else "‘"), text)
    return text.replace('"', "”").replace("'", "’")


def apply(text: str, spacing: str, quotes: str) -> str:
    """A language's rules on a plain text that is not Markdown (front matter, interface strings)."""
    text = spaced(text, spacing)
    if quotes == "smart":
        text = curly(text)
    return text


class SpacingTreeprocessor(Treeprocessor):
    def __init__(self, md, spacing: str):
        super().__init__(md)
        self.spacing = spacing

    def run(self, root):
        self._walk(root)

    def _walk(self, el):
        el.text = self._spaced(el.text)
        if el.tag in ("abbr", "a") and el.get("title"):
            el.set("title", spaced(el.get("title"), self.spacing))
        for child in el:
            if child.tag not in SKIP:
                self._walk(child)
            child.tail = self._spaced(child.tail)

    def _spaced(self, text):
        """The text with the language's spaces, still atomic if it was (then no inline pattern touches it)."""
        if not text:
            return text
        done = spaced(text, self.spacing)
        return AtomicString(done) if isinstance(text, AtomicString) else done


class TypographyExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "spacing": ["none", "french: no-break spaces of French typography; numbers: in numbers only; none"],
            "quotes": ["keep", "smart: curly quotes; keep"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):  # noqa: N802
        spacing = self.getConfig("spacing")
        if spacing not in RULES:
            raise ValueError(f"typography: unknown spacing {spacing!r} ({', '.join(RULES)})")
        if RULES[spacing]:
            # After the glossary (6), so that its definitions get the spaces too; before the table of
            # contents (toc, 5), which copies the headings' text.
            md.treeprocessors.register(SpacingTreeprocessor(md, spacing), "course_typography", 5.5)
        if self.getConfig("quotes") == "smart":
            SmartyExtension(smart_quotes=True, smart_dashes=False, smart_ellipses=False,
                            smart_angled_quotes=False).extendMarkdown(md)
        elif self.getConfig("quotes") != "keep":
            raise ValueError(f"typography: unknown quotes {self.getConfig('quotes')!r} (smart or keep)")
