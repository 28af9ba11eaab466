"""The glossary plugin: data/glossary.yml checked before anything is built, the glossary extension
given the language's terms (one combined pattern per language, compiled once), and the glossary
and panorama pages rendered from the data."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, event_priority

from .. import site
from ..errors import DataError, DataErrors
from .data import Glossary
from .pages import Renderer
from .terms import Terms

EXTENSION = "course_engine.glossary"


class GlossaryConfig(base.Config):
    file = c.Type(str, default="data/glossary.yml")  # not "data": a Config is a dict whose contents are .data
    page = c.Type(str, default="glossaire.md")                 # in every language's folder
    panorama = c.Type(str, default="panorama.md")
    marker = c.Type(str, default="<!-- generated: glossary -->")
    panorama_marker = c.Type(str, default="<!-- generated: panorama -->")
    # Pages that list every entry already: no first-mention links there.
    unlinked = c.ListOfItems(c.Type(str), default=["bibliographie.md"])


class GlossaryPlugin(BasePlugin[GlossaryConfig]):
    def __init__(self):
        self.glossary: Glossary | None = None
        self.terms: dict[str, Terms] = {}

    @event_priority(-130)  # after the bibliography plugin (-120): sources must be known ids
    def on_config(self, config):
        languages = site.languages(config)
        strings = config.plugins["course-languages"]
        if self.glossary is None:
            root = Path(config.config_file_path).parent
            default = strings.words(languages[0].code)
            self.glossary = Glossary(root / self.config.file, [l.code for l in languages],
                                     config.plugins["course-bibliography"].bib.entries,
                                     default["countries"], default["languages"])
            missing = [DataError(site.docs_folder(config, l.code) / name, "is missing (plugin course-glossary)")
                       for l in languages for name in (self.config.page, self.config.panorama)
                       if not (site.docs_folder(config, l.code) / name).is_file()]
            if missing:
                raise DataErrors(missing, "Pages of the glossary plugin are missing:")
        lang = site.current_language(config)
        if lang not in self.terms:
            self.terms[lang] = Terms(self.glossary, lang, strings.words(lang))
        config.mdx_configs.setdefault(EXTENSION, {}).update(
            lang=lang, terms=self.terms[lang], glossary_page=self.config.page)
        return config

    def cited_by_pages(self) -> dict[str, set[str]]:
        """The bibliography ids that the generated pages cite through the data."""
        return {
            self.config.page: {s for e in self.glossary.values() for s in e["sources"]},
            self.config.panorama: {s for e in self.glossary.values() for ev in e.get("timeline") or []
                                   for s in ev["sources"]},
        }

    def on_page_markdown(self, markdown, page, config, files):
        rel = site.page_path(config, page)
        generated = {self.config.page: self.config.marker, self.config.panorama: self.config.panorama_marker}
        config.mdx_configs[EXTENSION].update(
            page=rel, link_mentions=rel not in generated and rel not in self.config.unlinked)
        if rel not in generated:
            return markdown
        marker = generated[rel]
        if marker not in markdown:
            raise DataError(page.file.abs_src_path, f"needs the line '{marker}' where the generated content goes")
        lang = site.current_language(config)
        bib_plugin = config.plugins["course-bibliography"]
        renderer = Renderer(self.glossary, bib_plugin.bib, lang, config.plugins["course-languages"].words(lang),
                            site.relative_link(self.config.page, rel), site.relative_link(bib_plugin.config.page, rel))
        body = renderer.glossary_page_body() if rel == self.config.page else renderer.panorama_page_body()
        return markdown.replace(marker, body)
