"""The glossary data (data/glossary.yml): validation and per-language accessors. The one terminology
table of the course: every language's term, definition, abbreviations and aliases live in it."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .. import yamlfile
from ..errors import DataError

KINDS = ("form", "concept", "policy", "method", "actor")   # also the order of the glossary page
INITIATORS = ("firms", "public", "both")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED = ("id", "kind", "term", "definition", "sources")
LOCALIZED = ("term", "definition", "abbr", "scale", "actors", "date_note")
LOCALIZED_LISTS = ("match", "aliases", "avoid")   # avoid: renderings the pages must not use
FORM_FIELDS = ("initiator", "scale", "actors")
KNOWN = set(REQUIRED + LOCALIZED + LOCALIZED_LISTS + FORM_FIELDS) | {
    "original", "country", "since", "see", "timeline"}


class Glossary:
    """The validated entries, by id in file order, for the given languages (the first is the default).
    `sources`: the bibliography ids that exist; `countries` and `languages`: the known codes."""

    def __init__(self, path: Path, codes: list[str], sources, countries, languages, only_these: bool = True):
        # only_these: the codes are every language of the site (a key for another one is a mistake);
        # off when one language's pages are rendered alone.
        self.path, self.codes, self.only_these = path, codes, only_these
        self.entries: dict[str, dict] = {}
        self._countries, self._languages = set(countries), set(languages)
        for entry in yamlfile.load_list(path):
            self._check_entry(entry)
            eid = entry["id"]
            if eid in self.entries:
                raise self._error(entry, "id", f"duplicates the id first used at line "
                                                f"{self.entries[eid][yamlfile.LINE]}")
            if eid in {f"kind-{kind}" for kind in KINDS}:
                raise self._error(entry, "id", "is reserved for a heading of the glossary page")
            self.entries[eid] = entry
        self._check_links(sources)

    def values(self):
        return self.entries.values()

    def __getitem__(self, eid: str) -> dict:
        return self.entries[eid]

    def __contains__(self, eid: str) -> bool:
        return eid in self.entries

    # --- validation -----------------------------------------------------------------------
    def _error(self, entry: dict, field: str, message: str, line: int | None = None) -> DataError:
        return DataError(self.path, message, line or yamlfile.line_of(entry, field), entry.get("id"), field)

    def _text(self, entry: dict, field: str, value) -> None:
        """A mapping with a non-empty text in every language."""
        if not isinstance(value, dict):
            raise self._error(entry, field, "must give the text in every language (fr: ..., en: ...)")
        for code in self.codes:
            if value.get(code) is None:
                raise self._error(entry, field, f"has no '{code}' text (every language needs one)",
                                  value.get(yamlfile.LINE))
            if not isinstance(value[code], str) or not value[code].strip():
                raise self._error(entry, field, f"is empty in '{code}'", yamlfile.line_of(value, code))

    def _string_lists(self, entry: dict, field: str, value) -> None:
        """A mapping of languages to lists of non-empty strings (a language may be left out)."""
        extra = set(value) - set(self.codes) - {yamlfile.LINE, yamlfile.LINES} \
            if isinstance(value, dict) and self.only_these else ()
        if not isinstance(value, dict) or extra:
            raise self._error(entry, field, f"must map languages ({', '.join(self.codes)}) to lists of texts"
                              + (f", not '{sorted(extra)[0]}'" if extra else ""))
        for code in self.codes:
            items = value.get(code) or []
            if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items):
                raise self._error(entry, field, f"must list non-empty texts under '{code}' (write [\"a\", \"b\"])",
                                  yamlfile.line_of(value, code))

    def _id_list(self, entry: dict, field: str) -> list:
        value = entry.get(field) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._error(entry, field, f"must be a list of ids, written [a, b] (found {value!r})")
        return value

    def _check_entry(self, entry: dict) -> None:
        eid = entry.get("id")
        if not isinstance(eid, str) or not ID_RE.match(eid):
            raise DataError(self.path, f"has a missing or malformed id {eid!r} (use a-z, 0-9 and '-')",
                            yamlfile.line_of(entry, "id"), None, "id")
        for field in REQUIRED:
            if field not in entry:
                raise self._error(entry, field, "is missing")
        unknown = sorted(k for k in entry if k not in KNOWN and not k.startswith("__"))
        if unknown:
            raise self._error(entry, unknown[0], f"is not a glossary field (known: {', '.join(sorted(KNOWN))})")
        if entry["kind"] not in KINDS:
            raise self._error(entry, "kind", f"must be one of {', '.join(KINDS)}")
        for field in LOCALIZED:
            if field in entry:
                self._text(entry, field, entry[field])
        for field in LOCALIZED_LISTS:
            if field in entry:
                self._string_lists(entry, field, entry[field])
        if entry["kind"] == "form":
            for field in FORM_FIELDS:
                if field not in entry:
                    raise self._error(entry, field, "is required for a form (it fills the panorama table)")
            if entry["initiator"] not in INITIATORS:
                raise self._error(entry, "initiator", f"must be one of {', '.join(INITIATORS)}")
        original = entry.get("original")
        if original is not None:
            if not isinstance(original, dict) or not str(original.get("text") or "").strip():
                raise self._error(entry, "original", "needs a non-empty 'text'")
            if original.get("lang") not in self._languages:
                raise self._error(entry, "original", f"needs a 'lang' among {', '.join(sorted(self._languages))} "
                                                     "(the language names of data/strings)")
        for code in self._id_list(entry, "country"):
            if code not in self._countries:
                raise self._error(entry, "country", f"has an unknown country code '{code}' "
                                                    f"(known in data/strings: {', '.join(sorted(self._countries))})")
        since = entry.get("since")
        if since is not None and not (isinstance(since, int) and 1800 <= since <= 2100):
            raise self._error(entry, "since", "must be a year")
        if not self._id_list(entry, "sources"):
            raise self._error(entry, "sources", "must list at least one bibliography id")
        self._id_list(entry, "see")
        timeline = entry.get("timeline") or []
        if not isinstance(timeline, list):
            raise self._error(entry, "timeline", "must be a list of events")
        for event in timeline:
            line = event.get(yamlfile.LINE) if isinstance(event, dict) else None
            if not isinstance(event, dict) or not isinstance(event.get("year"), int):
                raise self._error(entry, "timeline", "events need a year, an event text and sources", line)
            self._text(entry, "timeline", event.get("event"))
            sources = event.get("sources")
            if not isinstance(sources, list) or not sources:
                raise self._error(entry, "timeline", "events must list at least one bibliography id", line)

    def _check_links(self, sources) -> None:
        claimed: dict[tuple[str, str], str] = {}
        for eid, entry in self.entries.items():
            for other in entry.get("see") or []:
                if other not in self.entries:
                    raise self._error(entry, "see", f"names an unknown glossary id '{other}' among the related entries")
                if other == eid:
                    raise self._error(entry, "see", "names the entry itself among the related entries")
            cited = [(s, "sources", None) for s in entry["sources"]] + [
                (s, "timeline", e.get(yamlfile.LINE)) for e in entry.get("timeline") or [] for s in e["sources"]]
            for source, field, line in cited:
                if source not in sources:
                    raise self._error(entry, field, f"names '{source}', which is not in the bibliography", line)
            for code in self.codes:
                for text in matches(entry, code):
                    if (code, text) in claimed:
                        raise self._error(entry, "match", f"claims '{text}' ({code}), already matched by "
                                                          f"'{claimed[code, text]}'")
                    claimed[code, text] = eid


def sort_key(text: str) -> str:
    """Alphabetical order that ignores case and accents (É sorts with E)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def heading(entry: dict, lang: str) -> str:
    """'Système productif local (SPL)': the term, with its abbreviation unless already in it."""
    term = entry["term"][lang]
    abbr = (entry.get("abbr") or {}).get(lang)
    return f"{term} ({abbr})" if abbr and abbr not in term else term


def tooltip(entry: dict, lang: str, words: dict) -> str:
    """The text a reader sees on hover, tap or focus: the term and its definition."""
    return f"{heading(entry, lang)}{words['typography']['colon']} {entry['definition'][lang].strip()}"


def matches(entry: dict, lang: str) -> list[str]:
    """Abbreviations and foreign terms that get a tooltip wherever they appear; a term written in
    lower case also matches with a capital (at the start of a sentence or a table cell)."""
    found = []
    for text in (entry.get("match") or {}).get(lang) or []:
        found += [text] + ([text[0].upper() + text[1:]] if text[0].islower() else [])
    return list(dict.fromkeys(found))


def aliases(entry: dict, lang: str) -> list[str]:
    return list((entry.get("aliases") or {}).get(lang) or [])
