"""The glossary data (data/glossary.yml): loading, validation and per-language accessors."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import bibliography
from coursedata import LANGS, ROOT, DataError, load_yaml_list

PATH = ROOT / "data" / "glossary.yml"
KINDS = ("form", "concept", "policy", "method", "actor")   # also the order of the glossary page
INITIATORS = ("firms", "public", "both")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANG_CODE_RE = re.compile(r"^[a-z]{2,3}$")

# Country codes (ISO 3166-1, CA-QC from ISO 3166-2, EU as reserved by ISO) and their names.
COUNTRIES = {
    "BR": {"fr": "Brésil", "en": "Brazil"},
    "CA-QC": {"fr": "Québec (Canada)", "en": "Québec (Canada)"},
    "DE": {"fr": "Allemagne", "en": "Germany"},
    "EU": {"fr": "Union européenne", "en": "European Union"},
    "FR": {"fr": "France", "en": "France"},
    "GB": {"fr": "Royaume-Uni", "en": "United Kingdom"},
    "IT": {"fr": "Italie", "en": "Italy"},
    "JP": {"fr": "Japon", "en": "Japan"},
    "KR": {"fr": "Corée du Sud", "en": "South Korea"},
    "MA": {"fr": "Maroc", "en": "Morocco"},
    "TN": {"fr": "Tunisie", "en": "Tunisia"},
    "US": {"fr": "États-Unis", "en": "United States"},
}
LANGUAGES = {
    "de": {"fr": "allemand", "en": "German"},
    "en": {"fr": "anglais", "en": "English"},
    "fr": {"fr": "français", "en": "French"},
    "it": {"fr": "italien", "en": "Italian"},
    "ja": {"fr": "japonais", "en": "Japanese"},
    "ko": {"fr": "coréen", "en": "Korean"},
    "pt": {"fr": "portugais", "en": "Portuguese"},
}

REQUIRED = ("id", "kind", "term", "definition", "sources")
LOCALIZED = ("term", "definition", "abbr", "scale", "actors", "date_note")
LOCALIZED_LISTS = ("match", "aliases")
FORM_FIELDS = ("initiator", "scale", "actors")
KNOWN = set(REQUIRED + LOCALIZED + LOCALIZED_LISTS + FORM_FIELDS) | {
    "original", "country", "since", "see", "timeline", "__line__"}


def _text(value, path: Path, entry: str, field: str, line: int | None) -> dict[str, str]:
    """A {fr, en} mapping with both languages present and non-empty."""
    if not isinstance(value, dict):
        raise DataError(path, "must give the text in both languages (fr: ..., en: ...)", line, entry, field)
    line = value.get("__line__", line)
    for lang in LANGS:
        if lang not in value or value[lang] is None:
            raise DataError(path, f"has no '{lang}' text (both languages are required)", line, entry, field)
        if not isinstance(value[lang], str) or not value[lang].strip():
            raise DataError(path, f"is empty in '{lang}'", line, entry, field)
    return value


def _string_lists(value, path: Path, entry: str, field: str, line: int | None) -> None:
    """A {fr: [...], en: [...]} mapping of non-empty strings (either language may be empty)."""
    if not isinstance(value, dict) or set(value) - {"fr", "en", "__line__"}:
        raise DataError(path, "must map fr and en to lists of strings", line, entry, field)
    for lang in LANGS:
        items = value.get(lang) or []
        if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items):
            raise DataError(path, f"must list non-empty strings under '{lang}'", value.get("__line__", line),
                            entry, field)


def _check_entry(entry: dict, path: Path) -> None:
    line, eid = entry.get("__line__"), entry.get("id")
    if not isinstance(eid, str) or not ID_RE.match(eid):
        raise DataError(path, f"has a missing or malformed id {eid!r} (use a-z, 0-9 and '-')", line, None, "id")
    for field in REQUIRED:
        if field not in entry:
            raise DataError(path, "is missing", line, eid, field)
    unknown = sorted(set(entry) - KNOWN)
    if unknown:
        raise DataError(path, f"is not a glossary field (known: {', '.join(sorted(KNOWN - {'__line__'}))})",
                        line, eid, unknown[0])
    if entry["kind"] not in KINDS:
        raise DataError(path, f"must be one of {', '.join(KINDS)}", line, eid, "kind")
    for field in LOCALIZED:
        if field in entry:
            _text(entry[field], path, eid, field, line)
    for field in LOCALIZED_LISTS:
        if field in entry:
            _string_lists(entry[field], path, eid, field, line)
    if entry["kind"] == "form":
        for field in FORM_FIELDS:
            if field not in entry:
                raise DataError(path, "is required for a form (it fills the panorama table)", line, eid, field)
        if entry["initiator"] not in INITIATORS:
            raise DataError(path, f"must be one of {', '.join(INITIATORS)}", line, eid, "initiator")
    original = entry.get("original")
    if original is not None:
        if not isinstance(original, dict) or not str(original.get("text") or "").strip():
            raise DataError(path, "needs a non-empty 'text'", line, eid, "original")
        if original.get("lang") not in LANGUAGES:
            raise DataError(path, f"needs a 'lang' among {', '.join(sorted(LANGUAGES))}", line, eid, "original")
    for code in entry.get("country") or []:
        if code not in COUNTRIES:
            raise DataError(path, f"has an unknown country code '{code}' (known: {', '.join(sorted(COUNTRIES))})",
                            line, eid, "country")
    since = entry.get("since")
    if since is not None and not (isinstance(since, int) and 1800 <= since <= 2100):
        raise DataError(path, "must be a year", line, eid, "since")
    if not isinstance(entry["sources"], list) or not entry["sources"]:
        raise DataError(path, "must list at least one bibliography id", line, eid, "sources")
    for event in entry.get("timeline") or []:
        if not isinstance(event, dict) or not isinstance(event.get("year"), int):
            raise DataError(path, "events need a year, an event text and sources", line, eid, "timeline")
        _text(event.get("event"), path, eid, "timeline", event.get("__line__"))
        if not isinstance(event.get("sources"), list) or not event["sources"]:
            raise DataError(path, "events must list at least one bibliography id", event.get("__line__"),
                            eid, "timeline")


def validate(entries: list[dict], path: Path = PATH, sources: dict | None = None) -> dict[str, dict]:
    """Check every entry and the links between them; return them by id, in file order.
    Raises DataError naming the file, the line, the entry id and the field."""
    sources = bibliography.load() if sources is None else sources
    by_id: dict[str, dict] = {}
    for entry in entries:
        _check_entry(entry, path)
        eid = entry["id"]
        if eid in by_id:
            raise DataError(path, f"duplicates the id first used at line {by_id[eid]['__line__']}",
                            entry["__line__"], eid, "id")
        if eid in {f"kind-{kind}" for kind in KINDS}:
            raise DataError(path, "is reserved for a heading of the glossary page", entry["__line__"], eid, "id")
        by_id[eid] = entry
    claimed: dict[tuple[str, str], str] = {}
    for eid, entry in by_id.items():
        line = entry["__line__"]
        for other in entry.get("see") or []:
            if other not in by_id:
                raise DataError(path, f"names an unknown glossary id '{other}' among the related entries",
                                line, eid, "see")
            if other == eid:
                raise DataError(path, "names the entry itself among the related entries", line, eid, "see")
        cited = list(entry["sources"]) + [s for e in entry.get("timeline") or [] for s in e["sources"]]
        for source in cited:
            if source not in sources:
                raise DataError(path, f"names '{source}', which is not in data/bibliography.yml",
                                line, eid, "sources")
        for lang in LANGS:
            for text in matches(entry, lang):
                if (lang, text) in claimed:
                    raise DataError(path, f"claims '{text}' ({lang}), already matched by '{claimed[lang, text]}'",
                                    line, eid, "match")
                claimed[lang, text] = eid
    return by_id


@lru_cache(maxsize=1)
def _load_cached(mtime: float, bib_mtime: float) -> dict[str, dict]:
    return validate(load_yaml_list(PATH))


def load() -> dict[str, dict]:
    """The validated glossary, reloaded when it or the bibliography changes (mkdocs serve)."""
    try:
        return _load_cached(PATH.stat().st_mtime, bibliography.PATH.stat().st_mtime)
    except FileNotFoundError as err:
        raise DataError(PATH, "is missing") from err


def sort_key(text: str) -> str:
    """Alphabetical order that ignores case and accents (É sorts with E)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def heading(entry: dict, lang: str) -> str:
    """'Système productif local (SPL)': the term, with its abbreviation unless already in it."""
    term = entry["term"][lang]
    abbr = (entry.get("abbr") or {}).get(lang)
    return f"{term} ({abbr})" if abbr and abbr not in term else term


def tooltip(entry: dict, lang: str) -> str:
    """The text a reader sees on hover, tap or focus: the term and its definition."""
    colon = " : " if lang == "fr" else ": "
    return f"{heading(entry, lang)}{colon}{entry['definition'][lang].strip()}"


def matches(entry: dict, lang: str) -> list[str]:
    """Abbreviations and foreign terms that get a tooltip wherever they appear; a term written in
    lower case also matches with a capital (at the start of a sentence or a table cell)."""
    found = []
    for text in (entry.get("match") or {}).get(lang) or []:
        found += [text] + ([text[0].upper() + text[1:]] if text[0].islower() else [])
    return list(dict.fromkeys(found))


def mentions(entry: dict, lang: str) -> list[str]:
    """Every way a page may name the entry: its matches, then its aliases."""
    return matches(entry, lang) + list((entry.get("aliases") or {}).get(lang) or [])


def on_config(config):
    load()  # validate early: nothing is built, and nothing written, from broken data
