"""Full author-date references for the bibliography page, in the conventions of the page's language."""
from __future__ import annotations

import re

import bibliography
from glossary import sort_key as text_key

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}
WORDS = {
    "fr": {"in": "Dans", "ed": "éd.", "eds": "éds", "pages": "p.", "and": "et", "colon": " : "},
    "en": {"in": "In", "ed": "ed.", "eds": "eds", "pages": "pp.", "and": "and", "colon": ": "},
}
STANDALONE = {"book", "report", "law", "web"}   # titles in italics; articles and chapters sit in a container
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Plain text that Markdown must print as it is."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def _person(value, lang: str) -> str:
    return value[lang] if isinstance(value, dict) else str(value)


def _first_name_first(name: str) -> str:
    """'Pyke, F.' -> 'F. Pyke' (editors of a book that holds a chapter)."""
    if "," not in name:
        return name
    surname, initials = (part.strip() for part in name.split(",", 1))
    return f"{initials} {surname}"


def _join(names: list[str], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {WORDS[lang]['and']} {names[-1]}"


def creators(entry: dict, lang: str) -> str:
    """'Porter, M. E.', 'Brandenburger, A. M. et Nalebuff, B. J.', or 'Aydalot, P. (éd.)'."""
    if entry.get("authors"):
        return _join([_person(p, lang) for p in entry["authors"]], lang)
    editors = [_person(p, lang) for p in entry["editors"]]
    label = WORDS[lang]["ed"] if len(editors) == 1 else WORDS[lang]["eds"]
    return f"{_join(editors, lang)} ({label})"


def date(iso: str, lang: str) -> str:
    """'2005-02-28' -> '28 février 2005' / '28 February 2005'; '2008-06' -> 'juin 2008'."""
    parts = [int(p) for p in str(iso).split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS[lang][parts[1] - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{parts[2]} {month} {parts[0]}"


def _foreign(text: str, entry: dict, lang: str) -> str:
    """Mark a title in another language, so that screen readers pronounce it right."""
    work_lang = entry.get("lang")
    return f'<span lang="{work_lang}">{text}</span>' if work_lang and work_lang != lang else text


def _title(entry: dict, lang: str) -> str:
    if "description" in entry:
        return "\\[" + escape(entry["description"][lang]) + "\\]"
    title = escape(entry["title"])
    return _foreign(f"*{title}*" if entry["type"] in STANDALONE else title, entry, lang)


def _imprint(entry: dict, lang: str) -> str:
    """'New York : Free Press' / 'New York: Free Press'."""
    place, publisher = entry.get("place"), entry.get("publisher")
    if place and publisher:
        return f"{escape(place)}{WORDS[lang]['colon']}{escape(publisher)}"
    return escape(place or publisher or "")


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "?", "!", "»", "”")) else text + "."


def format_reference(entry: dict, lang: str) -> str:
    """One full reference as a line of Markdown."""
    w = WORDS[lang]
    parts = [f"{escape(creators(entry, lang))} ({bibliography.year(entry, lang)})."]
    parts.append(_sentence(_title(entry, lang)))
    kind, container = entry["type"], entry.get("container")
    if kind == "article":
        volume = escape(entry.get("volume", ""))
        issue = f"({escape(entry['issue'])})" if entry.get("issue") else ""
        pages = f"{w['pages']} {escape(entry['pages'])}" if lang == "fr" and entry.get("pages") else \
            escape(entry.get("pages", ""))
        details = ", ".join(p for p in (f"{volume}{issue}", pages) if p)
        parts.append(_sentence(f"*{escape(container)}*" + (f", {details}" if details else "")))
    elif kind == "chapter":
        editors = [_first_name_first(_person(p, lang)) for p in entry.get("editors") or []]
        label = w["ed"] if len(editors) == 1 else w["eds"]
        book_title = _foreign(f"*{escape(container)}*", entry, lang)
        book = f"{w['in']} {escape(_join(editors, lang))} ({label}), {book_title}" if editors \
            else f"{w['in']} {book_title}"
        if entry.get("pages"):
            book += f" ({w['pages']} {escape(entry['pages'])})"
        parts.append(_sentence(book))
    elif container:
        parts.append(_sentence(f"*{escape(container)}*" if kind in {"press", "web", "law"} else escape(container)))
    if kind != "article" and _imprint(entry, lang):
        parts.append(_sentence(_imprint(entry, lang)))
    if entry.get("date") and kind in {"press", "report"}:
        parts.append(_sentence(date(entry["date"], lang)))
    if entry.get("note"):
        parts.append(_sentence(escape(entry["note"][lang])))
    return " ".join(p for p in parts if p)


def sort_key(entry: dict, lang: str) -> tuple:
    """By authors (accents and case ignored), then year, then the a/b suffix."""
    year = entry.get("year") if entry.get("year") is not None else 9999
    return text_key(creators(entry, lang)), year, entry.get("_suffix", ""), entry["id"]
