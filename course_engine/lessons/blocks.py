"""The blocks (admonitions and collapsible details) of a page, and the types it may use."""
from __future__ import annotations

import re

BLOCK_RE = re.compile(r"^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s*(?P<type>[^\s\"]*)")
FENCE_RE = re.compile(r"^\s*(```|~~~)")


def blocks(text: str, first_line: int = 1):
    """Every (line, type) of a block opened in a Markdown text, outside code fences."""
    fenced = False
    for number, line in enumerate(text.splitlines(), start=first_line):
        if FENCE_RE.match(line):
            fenced = not fenced
        if not fenced:
            found = BLOCK_RE.match(line)
            if found:
                yield number, found.group("type")


def unknown_blocks(text: str, known, first_line: int = 1) -> list[tuple[int, str]]:
    return [(line, kind) for line, kind in blocks(text, first_line) if kind not in known]


def message(kind: str, known) -> str:
    name = f"'{kind}'" if kind else "a block with no type"
    return (f"opens {name}, which is not a known block type (known: {', '.join(sorted(known))}; "
            "a misspelt type would be shown to every reader)")
