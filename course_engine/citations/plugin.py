"""The bibliography plugin: data/bibliography.yml checked before anything is built, every citation of
every page checked in one pass (all unknown ids reported together), the citations extension given
the page's language, and the bibliography page rendered from the data."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, event_priority

from .. import frontmatter, site
from ..errors import DataError, DataErrors
from . import page as bibliography_page
from .data import Bibliography, cited

EXTENSION = "course_engine.citations"


class BibliographyConfig(base.Config):
    file = c.Type(str, default="data/bibliography.yml")  # not "data": a Config is a dict whose contents are .data
    page = c.Type(str, default="bibliographie.md")            # in every language's folder
    marker = c.Type(str, default="<!-- generated: bibliography -->")


class BibliographyPlugin(BasePlugin[BibliographyConfig]):
    def __init__(self):
        self.bib: Bibliography | None = None

    @event_priority(-120)  # after the languages plugin (-110), which loads the strings
    def on_config(self, config):
        languages = site.languages(config)
        if self.bib is None:
            root = Path(config.config_file_path).parent
            self.bib = Bibliography(root / self.config.file, [l.code for l in languages])
            self._check_citations(config, languages)
        lang = site.current_language(config)
        config.mdx_configs.setdefault(EXTENSION, {}).update(
            lang=lang, data=self.bib, words=config.plugins["course-languages"].words(lang),
            bibliography_page=self.config.page)
        return config

    def _check_citations(self, config, languages) -> None:
        """Every [@id] of every page names an entry: all the unknown ones, in one message."""
        found = []
        for lang in languages:
            folder = site.docs_folder(config, lang.code)
            if not (folder / self.config.page).is_file():
                found.append(DataError(folder / self.config.page, "is missing: the bibliography page of "
                                       f"'{lang.code}' (plugin course-bibliography, option 'page')"))
            for path in sorted(folder.rglob("*.md")):
                source = frontmatter.read(path)
                for line, eid in cited(source.body):
                    if eid not in self.bib:
                        found.append(DataError(path, f"cites '{eid}', which is not in {self.config.file}",
                                               source.body_line + line - 1))
        if found:
            raise DataErrors(found, "Unknown citations or missing pages (nothing was built):")

    def on_page_markdown(self, markdown, page, config, files):
        rel = site.page_path(config, page)
        config.mdx_configs[EXTENSION]["page"] = rel
        if rel != self.config.page:
            return markdown
        if self.config.marker not in markdown:
            raise DataError(page.file.abs_src_path, f"needs the line '{self.config.marker}' where the references go")
        lang = site.current_language(config)
        words = config.plugins["course-languages"].words(lang)
        folder = Path(page.file.abs_src_path).parent
        glossary = config.plugins.get("course-glossary")
        extra = glossary.cited_by_pages() if glossary else {}
        cited_by = bibliography_page.citing_pages(folder, site.nav_pages(config.nav), rel, extra)
        body = bibliography_page.render(self.bib, lang, words, cited_by, rel)
        return markdown.replace(self.config.marker, body)

