"""The lessons plugin: every page's front matter and blocks are checked, in every language, before
anything is built; the lesson blocks extension is told the page it renders."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, event_priority

from .. import frontmatter, site
from ..errors import DataError, DataErrors
from . import schema
from .blocks import message, unknown_blocks
from .extension import DEFAULT_BLOCKS

EXTENSION = "course_engine.lessons"


class LessonsConfig(base.Config):
    blocks = c.ListOfItems(c.Type(str), default=DEFAULT_BLOCKS)   # the block types a page may open


class LessonsPlugin(BasePlugin[LessonsConfig]):
    def __init__(self):
        self.checked = False

    @event_priority(-140)  # after the glossary plugin (-130): the key terms are glossary ids
    def on_config(self, config):
        config.mdx_configs.setdefault(EXTENSION, {})["blocks"] = list(self.config.blocks)
        if self.checked:
            return config
        self.checked = True
        glossary = config.plugins.get("course-glossary")
        ids = set(glossary.glossary.entries) if glossary and glossary.glossary else set()
        found: list[DataError] = []
        for lang in site.languages(config):
            for path in sorted(site.docs_folder(config, lang.code).rglob("*.md")):
                try:
                    source = frontmatter.read(path)
                except DataError as err:
                    found.append(err)
                    continue
                found += schema.errors(source, ids)
                found += [DataError(path, message(kind, self.config.blocks), line)
                          for line, kind in unknown_blocks(source.body, set(self.config.blocks), source.body_line)]
        if found:
            raise DataErrors(found, "Some pages have mistakes (nothing was built):")
        return config

    def on_page_markdown(self, markdown, page, config, files):
        config.mdx_configs.setdefault(EXTENSION, {})["page"] = str(Path(page.file.abs_src_path))
        return markdown
