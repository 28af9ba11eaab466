"""The panorama page, rendered from data/glossary.yml: a comparison table of the forms and a timeline
of milestones. Plain HTML (with md_in_html, so that MkDocs resolves and checks the links) and CSS."""
from __future__ import annotations

import bibliography
import glossary
from glossary_page import citation, countries, entry_link, when
from references import escape

INITIATORS = {
    "fr": {"firms": "Entreprises", "public": "Pouvoirs publics", "both": "Entreprises et pouvoirs publics"},
    "en": {"firms": "Firms", "public": "Public authorities", "both": "Firms and public authorities"},
}
TEXT = {
    "fr": {
        "table": "Tableau comparatif", "timeline": "Chronologie",
        "caption": "Les seize formes du module : pays, date, initiative, échelle et acteurs typiques",
        "columns": ("Forme", "Pays", "Date", "Initiative", "Échelle", "Acteurs typiques"),
        "none": "—",
    },
    "en": {
        "table": "Comparison table", "timeline": "Timeline",
        "caption": "The sixteen forms of the module: country, date, initiative, scale and typical actors",
        "columns": ("Form", "Country", "Date", "Initiated by", "Scale", "Typical actors"),
        "none": "—",
    },
}


def _cell(label: str, content: str) -> str:
    return f'<td data-label="{label}" markdown="span">{content}</td>'


def table(lang: str, entries: dict) -> str:
    text = TEXT[lang]
    columns = text["columns"]
    head = "".join(f'<th scope="col">{c}</th>' for c in columns)
    rows = []
    for entry in (e for e in entries.values() if e["kind"] == "form"):
        cells = [
            f'<th scope="row" data-label="{columns[0]}" markdown="span">{entry_link(entry, lang)}</th>',
            _cell(columns[1], countries(entry, lang) or text["none"]),
            _cell(columns[2], escape(when(entry, lang)) or text["none"]),
            _cell(columns[3], INITIATORS[lang][entry["initiator"]]),
            _cell(columns[4], escape(entry["scale"][lang])),
            _cell(columns[5], escape(entry["actors"][lang])),
        ]
        rows.append(f'<tr id="form-{entry["id"]}" markdown="1">' + "".join(cells) + "</tr>")
    return "\n".join([
        '<table class="panorama-table" markdown="1">',
        f"<caption>{text['caption']}</caption>",
        f'<thead markdown="1"><tr>{head}</tr></thead>',
        '<tbody markdown="1">', *rows, "</tbody>", "</table>",
    ])


def events(entries: dict) -> list[tuple[int, dict, dict]]:
    """Every (year, event, entry) of the glossary, in year order (file order within a year)."""
    found = [(event["year"], event, entry) for entry in entries.values() for event in entry.get("timeline") or []]
    return sorted(found, key=lambda item: item[0])


def timeline(lang: str, entries: dict, sources: dict) -> str:
    separator = " ; " if lang == "fr" else "; "
    items = []
    for year, event, entry in events(entries):
        cites = separator.join(citation(s, lang, sources) for s in event["sources"])
        items.append(
            f'<li class="timeline__item" markdown="span"><span class="timeline__year">{year}</span> '
            f'<span class="timeline__event">{escape(event["event"][lang])} ({cites})</span> '
            f'<span class="timeline__term">{entry_link(entry, lang)}</span></li>')
    return "\n".join(['<ol class="timeline" markdown="1">', *items, "</ol>"])


def render(lang: str) -> str:
    entries, sources = glossary.load(), bibliography.load()
    return "\n\n".join([
        f"## {TEXT[lang]['table']} {{#comparison}}", table(lang, entries),
        f"## {TEXT[lang]['timeline']} {{#timeline}}", timeline(lang, entries, sources),
    ]) + "\n"
