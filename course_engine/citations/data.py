"""The bibliography data (data/bibliography.yml): validation, author-date labels, citation scanning."""
from __future__ import annotations

import re
from pathlib import Path

from .. import yamlfile
from ..errors import DataError
from ..typography import direction

TYPES = {"book", "article", "chapter", "report", "law", "press", "web"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# [@id], [@id, p. 12], [-@id] (year only), several joined by ';'
CITE_RE = re.compile(r"\[(-?@[a-z0-9-]+(?:,[^;\]\n]*)?(?:;\s*-?@[a-z0-9-]+(?:,[^;\]\n]*)?)*)\](?!\()")
ONE_RE = re.compile(r"(-?)@([a-z0-9-]+)(?:,\s*([^;]*))?")
INITIALS_RE = re.compile(r"^(?:[^\W\d_]{1,2}\.[\s-]*)+$")   # 'M. E.', 'J.-M.', 'Ö.'
ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z0-9&-]+)\)$")       # '... du Québec (SGF)'


class Bibliography:
    """The validated entries, by id, for the given languages (the first is the default)."""

    def __init__(self, path: Path, codes: list[str]):
        self.path, self.codes = path, codes
        self.entries: dict[str, dict] = {}
        for entry in yamlfile.load_list(path):
            self._check(entry)
            self.entries[entry["id"]] = entry
        self._add_year_suffixes()

    def __contains__(self, eid: str) -> bool:
        return eid in self.entries

    def __getitem__(self, eid: str) -> dict:
        return self.entries[eid]

    # --- validation -----------------------------------------------------------------------
    def _localized(self, value, entry: dict, field: str) -> None:
        """A plain string, or a mapping with a non-empty text for every language."""
        if isinstance(value, dict):
            for code in self.codes:
                if not str(value.get(code) or "").strip():
                    raise DataError(self.path, f"has no '{code}' text (every language needs one)",
                                    yamlfile.line_of(value, code) or value.get(yamlfile.LINE), entry["id"], field)
        elif not isinstance(value, str) or not value.strip():
            raise DataError(self.path, "must be a text, or a text per language", yamlfile.line_of(entry, field),
                            entry["id"], field)

    def _check(self, entry: dict) -> None:
        eid = entry.get("id")
        if not isinstance(eid, str) or not ID_RE.match(eid):
            raise DataError(self.path, f"has a missing or malformed id {eid!r} (use a-z, 0-9 and '-')",
                            yamlfile.line_of(entry, "id"), None, "id")
        if eid in self.entries:
            raise DataError(self.path, f"duplicates the id first used at line {self.entries[eid][yamlfile.LINE]}",
                            yamlfile.line_of(entry, "id"), eid, "id")
        if entry.get("type") not in TYPES:
            raise DataError(self.path, f"must be one of {', '.join(sorted(TYPES))}",
                            yamlfile.line_of(entry, "type"), eid, "type")
        field = "authors" if "authors" in entry else "editors"
        people = entry.get(field)
        if not people or not isinstance(people, list):
            raise DataError(self.path, "needs a list of authors (or editors)", yamlfile.line_of(entry, field),
                            eid, "authors")
        if ("title" in entry) == ("description" in entry):
            raise DataError(self.path, "needs exactly one of 'title' or 'description'",
                            yamlfile.line_of(entry, "title" if "title" in entry else "description"), eid, "title")
        if "title" in entry and (not isinstance(entry["title"], str) or not entry["title"].strip()):
            raise DataError(self.path, "must be a non-empty text", yamlfile.line_of(entry, "title"), eid, "title")
        year = entry.get("year", "missing")
        if year is not None and not (isinstance(year, int) and 1800 <= year <= 2100):
            raise DataError(self.path, "must be a year (or null when the work is undated)",
                            yamlfile.line_of(entry, "year"), eid, "year")
        url = entry.get("url")
        if url is not None and not (isinstance(url, str) and re.match(r"https?://\S+$", url)):
            raise DataError(self.path, "must be a web address (https://...)", yamlfile.line_of(entry, "url"), eid, "url")
        for field in ("authors", "editors"):
            for person in entry.get(field) or []:
                self._localized(person, entry, field)
        for field in ("description", "note"):
            if field in entry:
                if not isinstance(entry[field], dict):
                    raise DataError(self.path, "must give the text in every language (fr: ..., en: ...)",
                                    yamlfile.line_of(entry, field), eid, field)
                self._localized(entry[field], entry, field)

    def _add_year_suffixes(self) -> None:
        """Porter 1998a / 1998b: the same names and year get a letter, in id order (a..z, aa..)."""
        groups: dict[tuple, list[str]] = {}
        for eid in sorted(self.entries):
            entry = self.entries[eid]
            groups.setdefault((tuple(surnames(entry, self.codes[0])), entry.get("year")), []).append(eid)
        for ids in groups.values():
            for i, eid in enumerate(ids):
                self.entries[eid]["_suffix"] = letters(i) if len(ids) > 1 else ""

    # --- labels ---------------------------------------------------------------------------
    def names(self, entry: dict, lang: str, words: dict) -> str:
        """'Porter', 'Brandenburger et Nalebuff' or 'Muchnik et al.' in the given language."""
        people = surnames(entry, lang)
        if len(people) == 1:
            return people[0]
        if len(people) == 2:
            return f"{people[0]} {words['typography']['and']} {people[1]}"
        return f"{people[0]} {words['typography']['et_al']}"

    def year(self, entry: dict, words: dict) -> str:
        base = str(entry["year"]) if entry.get("year") is not None else words["typography"]["no_date"]
        return base + entry.get("_suffix", "")

    def label(self, entry: dict, lang: str, words: dict) -> str:
        """'Porter, 1998a': the author-date label of a citation (an Arabic name takes the Arabic comma)."""
        names = self.names(entry, lang, words)
        comma = words["typography"]["comma"] if direction(names) == "rtl" else ", "
        return f"{names}{comma}{self.year(entry, words)}"


def letters(i: int) -> str:
    """0 -> 'a', 25 -> 'z', 26 -> 'aa', 27 -> 'ab'."""
    out = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def person(value, lang: str) -> str:
    return value[lang] if isinstance(value, dict) else str(value)


def surname(name: str) -> str:
    """'Porter, M. E.' -> 'Porter'; an institution's name stays whole, commas included, or
    shrinks to the acronym it ends with, so that citations stay short."""
    last, _, rest = name.partition(",")
    if INITIALS_RE.match(rest.strip()):
        return last.strip()
    acronym = ACRONYM_RE.search(name.strip())
    return acronym.group(1) if acronym else name.strip()


def surnames(entry: dict, lang: str) -> list[str]:
    return [surname(person(p, lang)) for p in (entry.get("authors") or entry.get("editors"))]


def cited(markdown: str) -> list[tuple[int, str]]:
    """Every (line, bibliography id) cited in a Markdown text, in order of appearance."""
    found = []
    for match in CITE_RE.finditer(markdown):
        line = markdown.count("\n", 0, match.start()) + 1
        found += [(line, one.group(2)) for one in ONE_RE.finditer(match.group(1))]
    return found
