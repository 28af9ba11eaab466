"""The structure of a page, to compare a translation with its source page: what must match."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .. import frontmatter
from ..errors import relative

HEADING_RE = re.compile(r"^(#{2,6})\s+(.*?)\s*$")
ID_RE = re.compile(r"\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}\s*$")
BLOCK_RE = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+([A-Za-z][\w-]*)")
IMAGE_RE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")
FENCE_RE = re.compile(r"^\s*(```|~~~)")


def structure(path: Path) -> dict:
    """Front-matter keys and list lengths, heading ids, blocks, figures and images, each with the
    line where it is, so that a difference can point at it."""
    source = frontmatter.read(path)
    items: dict[str, list[tuple[int, object]]] = {"heading ids": [], "blocks": [], "figures": [], "images": []}
    missing_ids, fenced = [], False
    for number, line in enumerate(source.body.splitlines(), start=source.body_line):
        if FENCE_RE.match(line):
            fenced = not fenced
        if fenced:
            continue
        heading = HEADING_RE.match(line)
        if heading:
            found = ID_RE.search(heading.group(2))
            if found:
                items["heading ids"].append((number, found.group(1)))
            else:
                missing_ids.append((number, heading.group(2)))
        block = BLOCK_RE.match(line)
        if block:
            items["blocks"].append((number, block.group(1)))
        items["figures"] += [(number, "<figure>")] * line.count("<figure")
        items["images"] += [(number, Path(src).name) for src in IMAGE_RE.findall(line)]
    meta = {k: v for k, v in source.meta.items() if not k.startswith("__")}
    items["front matter keys"] = [(source.line(k) or 1, k) for k in sorted(meta)]
    items["list lengths"] = [(source.line(k) or 1, f"{k}: {len(v)}") for k, v in sorted(meta.items())
                             if isinstance(v, list)]
    return {"items": items, "missing ids": missing_ids}


def first_difference(a: list, b: list) -> tuple[int, object, object] | None:
    """The first position where two sequences of (line, value) differ: (index, a item, b item)."""
    for i in range(max(len(a), len(b))):
        left = a[i] if i < len(a) else None
        right = b[i] if i < len(b) else None
        if left is None or right is None or left[1] != right[1]:
            return i, left, right
    return None


def differences(source: Path, translation: Path) -> list[str]:
    """The first difference of each kind between a source page and its translation, with lines."""
    src, tr = structure(source), structure(translation)
    problems = []
    for path, struct in ((source, src), (translation, tr)):
        for number, text in struct["missing ids"]:
            problems.append(f"{relative(path)}:{number}: heading '{text}' has no explicit id "
                            "(write it as '## Title {#id}')")
    for kind in src["items"]:
        a, b = src["items"][kind], tr["items"][kind]
        if kind == "blocks":  # the same kinds of block, in any order
            if Counter(v for _, v in a) == Counter(v for _, v in b):
                continue
        found = first_difference(a, b)
        if found is None:
            continue
        _, left, right = found
        where_a = f"{relative(source)}:{left[0]}" if left else f"{relative(source)} (end)"
        where_b = f"{relative(translation)}:{right[0]}" if right else f"{relative(translation)} (end)"
        shown_a = repr(left[1]) if left else "nothing more"
        shown_b = repr(right[1]) if right else "nothing more"
        problems.append(f"{kind} differ: {where_a} has {shown_a}, {where_b} has {shown_b} "
                        f"({len(a)} against {len(b)} in all)")
    return problems


def check(docs: Path, codes: list[str]) -> list[str]:
    """Every file of the default language has a twin in every other language (and back), with the
    same structure."""
    problems = []
    source_dir = docs / codes[0]
    source_files = {p.relative_to(source_dir) for p in source_dir.rglob("*") if p.is_file()}
    for code in codes[1:]:
        folder = docs / code
        files = {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else set()
        for rel in sorted(source_files - files):
            problems.append(f"docs/{codes[0]}/{rel} has no translation docs/{code}/{rel}")
        for rel in sorted(files - source_files):
            problems.append(f"docs/{code}/{rel} has no source page docs/{codes[0]}/{rel}")
        for rel in sorted(source_files & files):
            if rel.suffix == ".md":
                problems += differences(source_dir / rel, folder / rel)
    return problems
