"""The glossary page, rendered as Markdown from data/glossary.yml: entries grouped by kind, sorted in
the page's language, each under a heading whose id is the entry id (the same in both languages)."""
from __future__ import annotations

import bibliography
import glossary
from references import escape

KIND_TITLES = {
    "form": {"fr": "Formes d'organisation territoriale", "en": "Forms of territorial organisation"},
    "concept": {"fr": "Concepts", "en": "Concepts"},
    "policy": {"fr": "Politiques et programmes", "en": "Policies and programmes"},
    "method": {"fr": "Méthodes et outils", "en": "Methods and tools"},
    "actor": {"fr": "Organismes", "en": "Organisations"},
}
LABELS = {
    "fr": {"original": "Nom d'origine", "country": "Pays", "countries": "Pays", "date": "Date",
           "see": "Voir aussi", "sources": "Sources", "colon": " :"},
    "en": {"original": "Native name", "country": "Country", "countries": "Countries", "date": "Date",
           "see": "See also", "sources": "Sources", "colon": ":"},
}


def attribute(text: str) -> str:
    """Text for a Markdown link title in double quotes."""
    return escape(text).replace('"', "&quot;")


def entry_link(entry: dict, lang: str, page: str = "glossaire.md") -> str:
    """A link to a glossary entry whose title (Material's tooltip) gives the definition."""
    return f'[{escape(glossary.heading(entry, lang))}]({page}#{entry["id"]} "{attribute(glossary.tooltip(entry, lang))}")'


def citation(source_id: str, lang: str, sources: dict) -> str:
    return f"[{escape(bibliography.label(sources[source_id], lang))}](bibliographie.md#{source_id}){{.citation}}"


def countries(entry: dict, lang: str) -> str:
    return ", ".join(glossary.COUNTRIES[code][lang] for code in entry.get("country") or [])


def when(entry: dict, lang: str) -> str:
    """'1998', '1989 (ou 1990 selon les sources)' or 'fin des années 1990'."""
    note = (entry.get("date_note") or {}).get(lang)
    if entry.get("since") is None:
        return note or ""
    return f"{entry['since']} ({note})" if note else str(entry["since"])


def native_name(entry: dict, lang: str) -> str:
    original = entry.get("original")
    if not original or original["lang"] == lang:
        return ""
    language = glossary.LANGUAGES[original["lang"]][lang]
    return f'<span lang="{original["lang"]}">{escape(original["text"])}</span> ({language})'


def _facts(entry: dict, lang: str) -> str:
    words = LABELS[lang]
    facts = []
    if native_name(entry, lang):
        facts.append(f"**{words['original']}{words['colon']}** {native_name(entry, lang)}")
    if entry.get("country"):
        label = words["countries"] if len(entry["country"]) > 1 else words["country"]
        facts.append(f"**{label}{words['colon']}** {countries(entry, lang)}")
    if when(entry, lang):
        facts.append(f"**{words['date']}{words['colon']}** {escape(when(entry, lang))}")
    return " · ".join(facts)


def render_entry(entry: dict, lang: str, entries: dict, sources: dict) -> str:
    words = LABELS[lang]
    blocks = [f"### {escape(glossary.heading(entry, lang))} {{#{entry['id']} .glossary-term}}"]
    if _facts(entry, lang):
        blocks.append(_facts(entry, lang) + "\n{: .glossary-facts }")
    blocks.append(escape(entry["definition"][lang].strip()))
    links = []
    if entry.get("see"):
        related = sorted((entries[i] for i in entry["see"]), key=lambda e: glossary.sort_key(glossary.heading(e, lang)))
        links.append(f"**{words['see']}{words['colon']}** " + " · ".join(entry_link(e, lang) for e in related))
    separator = " ; " if lang == "fr" else "; "
    links.append(f"**{words['sources']}{words['colon']}** "
                 + separator.join(citation(s, lang, sources) for s in entry["sources"]))
    blocks.append("  \n".join(links) + "\n{: .glossary-links }")
    return "\n\n".join(blocks)


def render(lang: str) -> str:
    entries, sources = glossary.load(), bibliography.load()
    out = []
    for kind in glossary.KINDS:
        members = sorted((e for e in entries.values() if e["kind"] == kind),
                         key=lambda e: glossary.sort_key(glossary.heading(e, lang)))
        if not members:
            continue
        out.append(f"## {KIND_TITLES[kind][lang]} {{#kind-{kind}}}")
        out += [render_entry(e, lang, entries, sources) for e in members]
    return "\n\n".join(out) + "\n"
