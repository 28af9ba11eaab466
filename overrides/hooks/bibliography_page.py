"""The bibliography page, rendered from data/bibliography.yml: full references sorted by author and
year, each anchored by its id, with the pages of the same language that cite it."""
from __future__ import annotations

from pathlib import Path

import bibliography
import glossary
import parity
import references

CITED_IN = {"fr": "Cité dans :", "en": "Cited in:"}
GENERATED_CITERS = {"glossaire.md", "panorama.md"}   # they cite through the glossary data


def _nav_order(nav) -> list[str]:
    """The .md files of mkdocs.yml's nav, in order."""
    order = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            order += _nav_order(value)
        elif isinstance(value, str):
            order.append(value)
    return order


def citing_pages(lang_dir: Path, nav) -> dict[str, list[tuple[str, str]]]:
    """For each bibliography id, the (file, title) of the pages that cite it, in nav order."""
    entries = glossary.load()
    from_glossary = {s for e in entries.values() for s in e["sources"]}
    from_timeline = {s for e in entries.values() for ev in e.get("timeline") or [] for s in ev["sources"]}
    order = _nav_order(nav)
    files = sorted(lang_dir.rglob("*.md"), key=lambda p: (
        order.index(p.relative_to(lang_dir).as_posix()) if p.relative_to(lang_dir).as_posix() in order else len(order),
        p.as_posix()))
    cited: dict[str, list[tuple[str, str]]] = {}
    for path in files:
        rel = path.relative_to(lang_dir).as_posix()
        if rel == "bibliographie.md":
            continue
        meta, body, _ = parity.split_front_matter(path.read_text(encoding="utf-8"))
        ids = set(bibliography.cited_ids(body))
        if rel == "glossaire.md":
            ids |= from_glossary
        elif rel == "panorama.md":
            ids |= from_timeline
        for eid in ids:
            cited.setdefault(eid, []).append((rel, str(meta.get("title") or rel)))
    return cited


def render(lang: str, lang_dir: Path, nav) -> str:
    entries = bibliography.load()
    cited = citing_pages(lang_dir, nav)
    out, letter = [], None
    for entry in sorted(entries.values(), key=lambda e: references.sort_key(e, lang)):
        initial = glossary.sort_key(references.creators(entry, lang))[:1].upper()
        if initial != letter:
            letter = initial
            out.append(f"## {letter} {{#letter-{letter.lower()}}}")
        block = [f'<div class="reference" id="{entry["id"]}" markdown="1">', "",
                 references.format_reference(entry, lang)]
        if entry["id"] in cited:
            links = ", ".join(f"[{references.escape(title)}]({rel})"
                              for rel, title in cited[entry["id"]])
            block += ["", f"{CITED_IN[lang]} {links}", "{: .reference__cited }"]
        block += ["", "</div>"]
        out.append("\n".join(block))
    return "\n\n".join(out) + "\n"
