"""Where a page names a glossary entry: one combined pattern per language, compiled once."""
from __future__ import annotations

import re

from .data import Glossary, aliases, heading, matches, tooltip

SPACES_RE = re.compile(r"\s+")


def _normal(text: str) -> str:
    return SPACES_RE.sub(" ", text).replace("’", "'")


def _pattern(text: str, loose: bool) -> str:
    """A regex for one mention: spaces may be line breaks, apostrophes straight or curly; an
    alias (loose) may start with a capital letter, at the start of a sentence."""
    body = "".join(r"\s+" if c == " " else "['’]" if c in "'’" else re.escape(c) for c in text)
    first = text[:1]
    if loose and first.lower() != first.upper():
        body = f"[{re.escape(first.lower())}{re.escape(first.upper())}]" + body[len(re.escape(first)):]
    return body


def combined(alternatives: list[tuple[str, str]]) -> re.Pattern | None:
    """One pattern for every (text, regex) name, grouped by first letter: at each position Python's
    re then tries one group, not every name (a glossary four times larger costs the same search).
    Within a group the longest name comes first, so it wins ("pôle de compétitivité", not "pôle")."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for text, regex in alternatives:
        groups.setdefault(text[:1].lower(), []).append((len(text), regex))
    if not groups:
        return None
    parts = []
    for first, names in sorted(groups.items()):
        guard = re.escape(first) if first.lower() == first.upper() else f"[{re.escape(first)}{re.escape(first.upper())}]"
        parts.append(f"(?={guard})(?:" + "|".join(r for _, r in sorted(names, key=lambda n: -n[0])) + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


class Terms:
    """Every text of a language that names an entry: abbreviations and foreign terms (`match`,
    exact: they get a tooltip wherever they appear) and aliases (first letter in either case)."""

    def __init__(self, glossary: Glossary, lang: str, words: dict):
        self.lang = lang
        self.exact: dict[str, str] = {}    # normalised text -> entry id
        self.loose: dict[str, str] = {}    # normalised text, first letter in lower case -> entry id
        self.tooltips = {e["id"]: tooltip(e, lang, words) for e in glossary.values()}
        self.headings = {e["id"]: heading(e, lang) for e in glossary.values()}
        self.definitions = {e["id"]: e["definition"][lang].strip() for e in glossary.values()}
        self.colon, self.more = words["typography"]["colon"], words["glossary"]["open_entry"]
        alternatives = []
        for entry in glossary.values():
            for text in matches(entry, lang):
                self.exact.setdefault(_normal(text), entry["id"])
                alternatives.append((text, _pattern(text, loose=False)))
            for text in aliases(entry, lang):
                self.loose.setdefault(_lower_first(_normal(text)), entry["id"])
                alternatives.append((text, _pattern(text, loose=True)))
        self.pattern = combined(alternatives)

    def find(self, text: str, wanted):
        """The (start, end, entry id, exact) mentions of a text that `wanted(id, exact)` accepts,
        left to right; inside a mention it refuses, shorter ones are still found."""
        if self.pattern is None or not text:
            return
        pos = 0
        while (m := self.pattern.search(text, pos)) is not None:
            found = _normal(m.group(0))
            eid, exact = (self.exact[found], True) if found in self.exact else \
                (self.loose.get(_lower_first(found)), False)
            if eid is not None and wanted(eid, exact):
                yield m.start(), m.end(), eid, exact
                pos = m.end()
            else:
                pos = m.start() + 1

    def exact_id(self, text: str) -> str | None:
        return self.exact.get(_normal(text.strip()))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
