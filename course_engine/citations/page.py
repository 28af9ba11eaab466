"""The bibliography page, rendered from the data: full references sorted by author and year, each
anchored by its id, with the pages of the same language that cite it."""
from __future__ import annotations

from pathlib import Path

from .. import frontmatter, site
from ..glossary.data import sort_key as text_key
from ..typography import direction
from .data import Bibliography, cited
from .references import creators, escape, format_reference, sort_key


def citing_pages(folder: Path, order: list[str], skip: str, extra: dict[str, set[str]]) -> dict[str, list]:
    """For each bibliography id, the (page, title) of the pages of a language that cite it, in nav
    order. `extra`: ids cited by generated pages (the glossary and panorama cite through the data)."""
    pages = sorted((p.relative_to(folder).as_posix() for p in folder.rglob("*.md")),
                   key=lambda rel: (order.index(rel) if rel in order else len(order), rel))
    found: dict[str, list[tuple[str, str]]] = {}
    for rel in pages:
        if rel == skip:
            continue
        source = frontmatter.read(folder / rel)
        ids = {eid for _, eid in cited(source.body)} | extra.get(rel, set())
        for eid in ids:
            found.setdefault(eid, []).append((rel, str(source.meta.get("title") or rel)))
    return found


def render(bib: Bibliography, lang: str, words: dict, cited_by: dict[str, list], page: str) -> str:
    out, letter = [], None
    for entry in sorted(bib.entries.values(), key=lambda e: sort_key(e, lang, words)):
        initial = text_key(creators(entry, lang, words))[:1].upper()
        if initial != letter:
            letter = initial
            out.append(f"## {letter} {{#letter-{letter.lower()}}}")
        reference = format_reference(bib, entry, lang, words)
        block = [f'<div class="reference" id="{entry["id"]}" markdown="1">', "",
                 f"{reference}\n{{: dir={direction(reference)} }}"]
        if entry["id"] in cited_by:
            links = words["typography"]["comma"].join(f"[{escape(title)}]({site.relative_link(rel, page)})"
                              for rel, title in cited_by[entry["id"]])
            block += ["", f"{words['bibliography']['cited_in']} {links}", "{: .reference__cited }"]
        block += ["", "</div>"]
        out.append("\n".join(block))
    return "\n\n".join(out) + "\n"
