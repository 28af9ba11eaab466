"""Turn [@id] citations into author-date links to the bibliography page; unknown ids stop the build."""
from __future__ import annotations

import bibliography
from coursedata import DataError, page_lang


def on_config(config):
    bibliography.load()  # validate early: nothing is built from broken data


def on_page_markdown(markdown, page, config, files):
    entries = bibliography.load()
    lang = page_lang(config)

    def render(match):
        parts = []
        for one in bibliography.ONE_RE.finditer(match.group(1)):
            year_only, eid, locator = one.group(1), one.group(2), (one.group(3) or "").strip()
            if eid not in entries:
                source = page.file.abs_src_path
                text = open(source, encoding="utf-8").read()
                line = text[: text.find(match.group(0))].count("\n") + 1 if match.group(0) in text else None
                raise DataError(source, f"cites '{eid}', which is not in data/bibliography.yml", line)
            entry = entries[eid]
            label = bibliography.year(entry, lang)
            if not year_only:
                label = f"{bibliography.names(entry, lang)}, {label}"
            if locator:
                label += f", {locator}"
            parts.append(f'[{label}](bibliographie.md#{eid}){{.citation}}')
        return "(" + " ; ".join(parts) + ")" if lang == "fr" else "(" + "; ".join(parts) + ")"

    return bibliography.CITE_RE.sub(render, markdown)
