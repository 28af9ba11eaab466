"""The glossary and panorama pages, rendered as Markdown from the glossary data: entries grouped by
kind and sorted in the page's language (each under a heading whose id is the entry id, the same in
every language); a comparison table of the forms and a timeline of milestones."""
from __future__ import annotations

from ..citations.data import Bibliography
from ..citations.references import escape
from ..site import material_direction
from ..typography import direction
from .data import KINDS, Glossary, heading, sort_key
from .data import aliases as aliases_of


class Renderer:
    def __init__(self, glossary: Glossary, bib: Bibliography, lang: str, words: dict,
                 glossary_page: str, bibliography_page: str):
        self.glossary, self.bib, self.lang, self.words = glossary, bib, lang, words
        self.glossary_page, self.bibliography_page = glossary_page, bibliography_page
        self.colon = words["typography"]["colon"]

    # --- shared pieces --------------------------------------------------------------------
    def entry_link(self, entry: dict) -> str:
        """A link to a glossary entry, which shows its definition in place (glossary-popup.js)."""
        return f'[{escape(heading(entry, self.lang))}]({self.glossary_page}#{entry["id"]}){{data-glossary="{entry["id"]}"}}'

    def citation(self, source_id: str) -> str:
        label = self.bib.label(self.bib[source_id], self.lang, self.words)
        towards = direction(label)   # a citation in Latin letters reads left to right in an Arabic page
        attrs = ".citation" + (f" dir={towards}" if towards != material_direction(self.lang) else "")
        return f"[{escape(label)}]({self.bibliography_page}#{source_id}){{{attrs}}}"

    def citations(self, ids: list[str]) -> str:
        return self.words["typography"]["list_separator"].join(self.citation(s) for s in ids)

    def countries(self, entry: dict) -> str:
        return self.words["typography"]["comma"].join(self.words["countries"][code] for code in entry.get("country") or [])

    def other_forms(self, entry: dict) -> list[str]:
        """The entry's aliases a reader may search for (plurals, other spellings): not the heading's
        own words, nor a prefix glued to another form (the language's proclitics: Arabic و, ال…)."""
        aliases = aliases_of(entry, self.lang)
        shown = {heading(entry, self.lang).casefold()}
        # "و" is glued before a form; "لل:ال" stands in for a form's own "ال" (ل + الشبكة = للشبكة)
        prefixes = [(token.partition(":")[0], token.partition(":")[2]) for token in
                    self.words["language"]["proclitics"].split()]
        forms = []
        for alias in aliases:
            glued = any(alias.startswith(p) and r + alias[len(p):] in aliases for p, r in prefixes)
            if not glued and alias.casefold() not in shown:
                shown.add(alias.casefold())
                forms.append(alias)
        return forms

    def when(self, entry: dict) -> str:
        """'1998', '1989 (ou 1990 selon les sources)' or 'fin des années 1990'."""
        note = (entry.get("date_note") or {}).get(self.lang)
        if entry.get("since") is None:
            return note or ""
        return f"{entry['since']} ({note})" if note else str(entry["since"])

    def native_name(self, entry: dict) -> str:
        original = entry.get("original")
        if not original or original["lang"] == self.lang:
            return ""
        language = self.words["languages"][original["lang"]]
        return f'<span lang="{original["lang"]}">{escape(original["text"])}</span> ({language})'

    # --- the glossary page ----------------------------------------------------------------
    def _facts(self, entry: dict) -> str:
        w, facts = self.words["glossary"], []
        if self.native_name(entry):
            facts.append(f"**{w['original']}{self.colon}** {self.native_name(entry)}")
        if entry.get("country"):
            label = w["countries"] if len(entry["country"]) > 1 else w["country"]
            facts.append(f"**{label}{self.colon}** {self.countries(entry)}")
        if self.when(entry):
            facts.append(f"**{w['date']}{self.colon}** {escape(self.when(entry))}")
        if self.other_forms(entry):   # shown, so that search finds a plural that no stemmer reduces
            forms = self.words["typography"]["comma"].join(escape(f) for f in self.other_forms(entry))
            facts.append(f"**{w['forms']}{self.colon}** {forms}")
        return " · ".join(facts)

    def entry(self, entry: dict) -> str:
        w = self.words["glossary"]
        blocks = [f"### {escape(heading(entry, self.lang))} {{#{entry['id']} .glossary-term}}"]
        if self._facts(entry):
            blocks.append(self._facts(entry) + "\n{: .glossary-facts }")
        blocks.append(escape(entry["definition"][self.lang].strip()))
        links = []
        if entry.get("see"):
            related = sorted((self.glossary[i] for i in entry["see"]), key=lambda e: sort_key(heading(e, self.lang)))
            links.append(f"**{w['see']}{self.colon}** " + " · ".join(self.entry_link(e) for e in related))
        links.append(f"**{w['sources']}{self.colon}** " + self.citations(entry["sources"]))
        blocks.append("  \n".join(links) + "\n{: .glossary-links }")
        return "\n\n".join(blocks)

    def glossary_page_body(self) -> str:
        out, kinds = [], []
        for kind in KINDS:
            members = sorted((e for e in self.glossary.values() if e["kind"] == kind),
                             key=lambda e: sort_key(heading(e, self.lang)))
            if members:
                title = self.words["glossary"]["kinds"][kind]
                kinds.append(f'<li><a href="#kind-{kind}">{title} ({len(members)})</a></li>')
                out.append(f"## {title} {{#kind-{kind}}}")
                out += [self.entry(e) for e in members]
        jump = ('<nav class="glossary-jump-nav" aria-labelledby="glossary-jump-label">'
                f'<p id="glossary-jump-label" class="glossary-jump__label">{self.words["glossary"]["jump"]}</p>'
                f'<ul class="glossary-jump">{"".join(kinds)}</ul></nav>')
        return "\n\n".join([jump, *out]) + "\n"

    # --- the panorama page ----------------------------------------------------------------
    def table(self) -> str:
        w = self.words["panorama"]
        columns = w["columns"]
        head = "".join(f'<th scope="col">{c}</th>' for c in columns)
        rows = []
        for entry in (e for e in self.glossary.values() if e["kind"] == "form"):
            cells = [
                f'<th scope="row" data-label="{columns[0]}" markdown="span">{self.entry_link(entry)}</th>',
                self._cell(columns[1] + self.colon, self.countries(entry) or w["none"]),
                self._cell(columns[2] + self.colon, escape(self.when(entry)) or w["none"]),
                self._cell(columns[3] + self.colon, w["initiators"][entry["initiator"]]),
                self._cell(columns[4] + self.colon, escape(entry["scale"][self.lang])),
                self._cell(columns[5] + self.colon, escape(entry["actors"][self.lang])),
            ]
            rows.append(f'<tr id="form-{entry["id"]}" markdown="1">' + "".join(cells) + "</tr>")
        return "\n".join([
            '<table class="panorama-table" markdown="1">', f"<caption>{w['caption']}</caption>",
            f'<thead markdown="1"><tr>{head}</tr></thead>', '<tbody markdown="1">', *rows, "</tbody>", "</table>",
        ])

    @staticmethod
    def _cell(label: str, content: str) -> str:
        return f'<td data-label="{label}" markdown="span">{content}</td>'

    def events(self) -> list[tuple[int, dict, dict]]:
        """Every (year, event, entry) of the glossary, in year order (file order within a year)."""
        found = [(ev["year"], ev, e) for e in self.glossary.values() for ev in e.get("timeline") or []]
        return sorted(found, key=lambda item: item[0])

    def timeline(self) -> str:
        items = [
            f'<li class="timeline__item" markdown="span"><span class="timeline__year">{year}</span> '
            f'<span class="timeline__event">{escape(event["event"][self.lang])} ({self.citations(event["sources"])})</span> '
            f'<span class="timeline__term">{self.entry_link(entry)}</span></li>'
            for year, event, entry in self.events()]
        return "\n".join(['<ol class="timeline" markdown="1">', *items, "</ol>"])

    def panorama_page_body(self) -> str:
        w = self.words["panorama"]
        return "\n\n".join([f"## {w['table']} {{#comparison}}", self.table(),
                            f"## {w['timeline']} {{#timeline}}", self.timeline()]) + "\n"
