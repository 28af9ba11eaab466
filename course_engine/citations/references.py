"""Full author-date references for the bibliography page, in the conventions of the page's language."""
from __future__ import annotations

import re

from ..glossary.data import sort_key as text_key
from .data import Bibliography, person

STANDALONE = {"book", "report", "law", "web"}   # titles in italics; articles and chapters sit in a container
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Plain text that Markdown must print as it is."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def _first_name_first(name: str) -> str:
    """'Pyke, F.' -> 'F. Pyke' (editors of a book that holds a chapter)."""
    if "," not in name:
        return name
    last, initials = (part.strip() for part in name.split(",", 1))
    return f"{initials} {last}"


def _join(names: list[str], words: dict) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {words['typography']['and']} {names[-1]}"


def creators(entry: dict, lang: str, words: dict) -> str:
    """'Porter, M. E.', 'Brandenburger, A. M. et Nalebuff, B. J.', or 'Aydalot, P. (éd.)'."""
    if entry.get("authors"):
        return _join([person(p, lang) for p in entry["authors"]], words)
    editors = [person(p, lang) for p in entry["editors"]]
    label = words["bibliography"]["ed" if len(editors) == 1 else "eds"]
    return f"{_join(editors, words)} ({label})"


def date(iso: str, words: dict) -> str:
    """'2005-02-28' -> '28 février 2005' / '28 February 2005'; '2008-06' -> 'juin 2008'."""
    parts = [int(p) for p in str(iso).split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = words["dates"]["months"][parts[1] - 1]
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


def _imprint(entry: dict, words: dict) -> str:
    """'New York : Free Press' / 'New York: Free Press'."""
    place, publisher = entry.get("place"), entry.get("publisher")
    if place and publisher:
        return f"{escape(place)}{words['typography']['colon']} {escape(publisher)}"
    return escape(place or publisher or "")


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "?", "!", "»", "”")) else text + "."


def format_reference(bib: Bibliography, entry: dict, lang: str, words: dict) -> str:
    """One full reference as a line of Markdown."""
    w = words["bibliography"]
    parts = [f"{escape(creators(entry, lang, words))} ({bib.year(entry, words)})."]
    parts.append(_sentence(_title(entry, lang)))
    kind, container = entry["type"], entry.get("container")
    if kind == "article":
        volume = escape(entry.get("volume", ""))
        issue = f"({escape(entry['issue'])})" if entry.get("issue") else ""
        pages = w["article_pages"].format(pages=escape(entry["pages"])) if entry.get("pages") else ""
        details = ", ".join(p for p in (f"{volume}{issue}", pages) if p)
        parts.append(_sentence(f"*{escape(container)}*" + (f", {details}" if details else "")))
    elif kind == "chapter":
        editors = [_first_name_first(person(p, lang)) for p in entry.get("editors") or []]
        label = w["ed"] if len(editors) == 1 else w["eds"]
        book_title = _foreign(f"*{escape(container)}*", entry, lang)
        book = f"{w['in']} {escape(_join(editors, words))} ({label}), {book_title}" if editors \
            else f"{w['in']} {book_title}"
        if entry.get("pages"):
            book += f" ({w['pages']} {escape(entry['pages'])})"
        parts.append(_sentence(book))
    elif container:
        parts.append(_sentence(f"*{escape(container)}*" if kind in {"press", "web", "law"} else escape(container)))
    if kind != "article" and _imprint(entry, words):
        parts.append(_sentence(_imprint(entry, words)))
    if entry.get("date") and kind in {"press", "report"}:
        parts.append(_sentence(date(entry["date"], words)))
    if entry.get("note"):
        parts.append(_sentence(escape(entry["note"][lang])))
    if entry.get("url"):
        parts.append(f"<{entry['url']}>")   # a Markdown autolink
    return " ".join(p for p in parts if p)


def sort_key(entry: dict, lang: str, words: dict) -> tuple:
    """By authors (accents and case ignored), then year, then the a/b suffix."""
    year = entry.get("year") if entry.get("year") is not None else 9999
    return text_key(creators(entry, lang, words)), year, entry.get("_suffix", ""), entry["id"]
