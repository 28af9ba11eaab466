"""The bibliography data (data/bibliography.yml): validation, citation labels, citation scanning."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from coursedata import LANGS, ROOT, DataError, load_yaml_list

PATH = ROOT / "data" / "bibliography.yml"
TYPES = {"book", "article", "chapter", "report", "law", "press", "web"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# [@id], [@id, p. 12], [-@id] (year only), several joined by ';'
CITE_RE = re.compile(r"\[(-?@[a-z0-9-]+(?:,[^;\]\n]*)?(?:;\s*-?@[a-z0-9-]+(?:,[^;\]\n]*)?)*)\](?!\()")
ONE_RE = re.compile(r"(-?)@([a-z0-9-]+)(?:,\s*([^;]*))?")
AND = {"fr": "et", "en": "and"}
NO_DATE = {"fr": "s.d.", "en": "n.d."}
INITIALS_RE = re.compile(r"^(?:[^\W\d_]{1,2}\.[\s-]*)+$")   # 'M. E.', 'J.-M.', 'Ö.'
ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z0-9&-]+)\)$")  # 'Société générale de financement du Québec (SGF)'



def _localized(value, lang: str, path: Path, entry: str, field: str):
    """A plain string, or a {fr, en} mapping with both languages filled."""
    if isinstance(value, dict):
        missing = [code for code in LANGS if not str(value.get(code) or "").strip()]
        if missing:
            raise DataError(path, f"has no '{missing[0]}' text", value.get("__line__"), entry, field)
        return value[lang]
    return value


def validate(entries: list[dict], path: Path = PATH) -> dict[str, dict]:
    """Check every entry; return them by id. Raises DataError naming file, line, id and field."""
    by_id: dict[str, dict] = {}
    for entry in entries:
        line, eid = entry.get("__line__"), entry.get("id")
        if not isinstance(eid, str) or not ID_RE.match(eid):
            raise DataError(path, f"has a missing or malformed id {eid!r} (use a-z, 0-9 and '-')",
                            line, None, "id")
        if eid in by_id:
            raise DataError(path, f"duplicates the id first used at line {by_id[eid]['__line__']}",
                            line, eid, "id")
        if entry.get("type") not in TYPES:
            raise DataError(path, f"must be one of {sorted(TYPES)}", line, eid, "type")
        people = entry.get("authors") or entry.get("editors")
        if not people or not isinstance(people, list):
            raise DataError(path, "needs a list of authors (or editors)", line, eid, "authors")
        if not ("title" in entry) ^ ("description" in entry):
            raise DataError(path, "needs exactly one of 'title' or 'description'", line, eid, "title")
        if "title" in entry and not str(entry["title"] or "").strip():
            raise DataError(path, "is empty", line, eid, "title")
        year = entry.get("year", "missing")
        if year is not None and not (isinstance(year, int) and 1800 <= year <= 2100):
            raise DataError(path, "must be a year (or null when the work is undated)", line, eid, "year")
        for field in ("authors", "editors"):
            for person in entry.get(field) or []:
                for lang in LANGS:
                    _localized(person, lang, path, eid, field)
        for field in ("description", "note"):
            if field in entry:
                if not isinstance(entry[field], dict):
                    raise DataError(path, "must give the text in fr and en", line, eid, field)
                for lang in LANGS:
                    _localized(entry[field], lang, path, eid, field)
        by_id[eid] = entry
    _add_year_suffixes(by_id)
    return by_id


def _surname(person) -> str:
    """'Porter, M. E.' -> 'Porter'; an institution's name stays whole, commas included, or
    shrinks to the acronym it ends with, so that citations stay short."""
    surname, _, rest = person.partition(",")
    if INITIALS_RE.match(rest.strip()):
        return surname.strip()
    acronym = ACRONYM_RE.search(person.strip())
    return acronym.group(1) if acronym else person.strip()


def names(entry: dict, lang: str) -> str:
    """'Porter', 'Brandenburger et Nalebuff' or 'Muchnik et al.' in the given language."""
    people = [_surname(_localized(p, lang, PATH, entry["id"], "authors"))
              for p in (entry.get("authors") or entry.get("editors"))]
    if len(people) == 1:
        return people[0]
    if len(people) == 2:
        return f"{people[0]} {AND[lang]} {people[1]}"
    return f"{people[0]} et al."


def _add_year_suffixes(by_id: dict[str, dict]) -> None:
    """Porter 1998a / 1998b: same names and year get a letter, in id order."""
    groups: dict[tuple, list[str]] = {}
    for eid, entry in sorted(by_id.items()):
        groups.setdefault((names(entry, "en"), entry.get("year")), []).append(eid)
    for ids in groups.values():
        for i, eid in enumerate(ids):
            by_id[eid]["_suffix"] = "abcdefghij"[i] if len(ids) > 1 else ""


def label(entry: dict, lang: str) -> str:
    """'Porter, 1998a': the author-date label of a citation."""
    return f"{names(entry, lang)}, {year(entry, lang)}"


def year(entry: dict, lang: str) -> str:
    base = str(entry["year"]) if entry.get("year") is not None else NO_DATE[lang]
    return base + entry.get("_suffix", "")


@lru_cache(maxsize=1)
def _load_cached(mtime: float) -> dict[str, dict]:
    return validate(load_yaml_list(PATH))


def load() -> dict[str, dict]:
    """The validated bibliography, reloaded when the file changes (mkdocs serve)."""
    try:
        return _load_cached(PATH.stat().st_mtime)
    except FileNotFoundError as err:
        raise DataError(PATH, "is missing") from err


def cited_ids(markdown: str) -> list[str]:
    """Every bibliography id cited in a Markdown text, in order of appearance."""
    return [m.group(2) for c in CITE_RE.finditer(markdown) for m in ONE_RE.finditer(c.group(1))]
