"""Structure of a Markdown page, to compare a French page with its English twin."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from coursedata import _rel

HEADING_RE = re.compile(r"^(#{2,6})\s+(.*?)\s*$")
ID_RE = re.compile(r"\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}\s*$")
ADMONITION_RE = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+([a-z-]+)", re.M)
IMAGE_RE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """(front matter, body, number of lines before the body)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            meta = yaml.safe_load(text[4:end]) or {}
            body_start = text.find("\n", end + 1) + 1
            return meta, text[body_start:], text[:body_start].count("\n")
    return {}, text, 0


def structure(path: Path) -> dict:
    """What must match across languages: front-matter keys, heading ids, admonitions, figures."""
    meta, body, offset = split_front_matter(path.read_text(encoding="utf-8"))
    headings, missing_ids, fenced = [], [], False
    for number, line in enumerate(body.splitlines(), start=offset + 1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced:
            continue
        heading = HEADING_RE.match(line)
        if heading:
            found = ID_RE.search(heading.group(2))
            if found:
                headings.append(found.group(1))
            else:
                missing_ids.append((number, heading.group(2)))
    return {
        "front matter keys": sorted(meta),
        "heading ids": headings,
        "missing ids": missing_ids,
        "admonitions": dict(sorted(Counter(ADMONITION_RE.findall(body)).items())),
        "figures": body.count("<figure"),
        "images": [Path(src).name for src in IMAGE_RE.findall(body)],
        "list lengths": {k: len(v) for k, v in meta.items() if isinstance(v, list)},
    }


def differences(french: Path, english: Path) -> list[str]:
    """Human-readable differences between a French page and its English twin."""
    fr, en = structure(french), structure(english)
    problems = []
    for lang, struct, path in (("fr", fr, french), ("en", en, english)):
        for number, text in struct["missing ids"]:
            problems.append(f"{_rel(path)}:{number}: heading '{text}' has no explicit id "
                            "(write it as '## Title {#id}')")
    for key in ("front matter keys", "heading ids", "admonitions", "figures", "images", "list lengths"):
        if fr[key] != en[key]:
            problems.append(f"{_rel(french)} and {_rel(english)} differ in {key}: fr={fr[key]} en={en[key]}")
    return problems
