"""The front matter a page may have, by kind of page. A chapter (a page with `sequence`) is taught:
its objectives, duration and key points become the lesson header and footer, slides and handouts."""
from __future__ import annotations

from .. import yamlfile
from ..errors import DataError
from ..frontmatter import Source

HIDE = {"navigation", "toc", "footer", "feedback", "tags", "path"}


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _texts(value) -> bool:
    return isinstance(value, list) and bool(value) and all(_text(v) for v in value)


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# field: (check, what it must be, required on every page, required on chapters)
FIELDS = {
    "title": (_text, "a text", True, True),
    "description": (_text, "a text (one sentence for search engines and link previews)", True, True),
    "hide": (lambda v: isinstance(v, list) and set(v) <= HIDE, f"a list among {', '.join(sorted(HIDE))}",
             False, False),
    "audience": (lambda v: v == "trainers", "trainers (a page printed in the trainer edition only)",
                 False, False),
    "sequence": (lambda v: _whole(v) and v >= 0, "a whole number (0 for the introduction)", False, True),
    "duration": (lambda v: _whole(v) and v > 0, "a whole number of minutes", False, True),
    "objectives": (_texts, "a list of texts, one per objective", False, True),
    "keypoints": (_texts, "a list of texts, one per key point", False, True),
    "terms": (lambda v: isinstance(v, list) and bool(v) and all(isinstance(t, str) for t in v),
              "a list of glossary ids, the chapter's key terms", False, True),
}
CHAPTER_ONLY = ("duration", "objectives", "keypoints", "terms")


def errors(source: Source, glossary_ids) -> list[DataError]:
    """Every mistake in a page's front matter: unknown or missing field, wrong type, unknown term."""
    meta = {k: v for k, v in source.meta.items() if not k.startswith("__")}
    found, chapter = [], "sequence" in meta
    for key in meta:
        if key not in FIELDS:
            found.append(DataError(source.path, f"is not a front-matter field (known: {', '.join(FIELDS)})",
                                   source.line(key), None, key))
    for key, (check, what, required, chapter_required) in FIELDS.items():
        if key not in meta:
            if required or (chapter and chapter_required):
                found.append(DataError(source.path, "is missing" + (" (a chapter needs it)" if chapter else ""),
                                       1, None, key))
            continue
        value = meta[key]
        if not check(value):
            line, hint = source.line(key), ""
            pairs = [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
            if pairs:  # "- Text: more text" is read by YAML as a pair, not as a text
                line = pairs[0].get(yamlfile.LINE, line)
                hint = " (this line holds 'text: text', which YAML reads as a pair: put the line in double quotes)"
            shown = f"{yamlfile.clean(pairs[0] if pairs else value)!r}"[:100]
            found.append(DataError(source.path, f"must be {what}, not {shown}{hint}", line, None, key))
        elif key in CHAPTER_ONLY and not chapter:
            found.append(DataError(source.path, "belongs to chapters only (pages with 'sequence')",
                                   source.line(key), None, key))
        if key == "terms" and isinstance(value, list):
            for term in value:
                if isinstance(term, str) and term not in glossary_ids:
                    found.append(DataError(source.path, f"names '{term}', which is not a glossary id",
                                           source.line(key), None, key))
    return found
