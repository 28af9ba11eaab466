"""Fill the glossary, panorama and bibliography pages from the data files: each page keeps its front
matter and hand-written introduction, and the hook replaces its marker with the generated content."""
from __future__ import annotations

import posixpath
from pathlib import Path

from markdown.extensions import Extension

import bibliography_page
import glossary_page
import panorama_page
from coursedata import DataError, page_lang

MARKERS = {
    "glossaire.md": "<!-- generated: glossary -->",
    "panorama.md": "<!-- generated: panorama -->",
    "bibliographie.md": "<!-- generated: bibliography -->",
}


class TableCaption(Extension):
    """<caption> is a block of its own, as in HTML: inside the panorama's markdown="1" table,
    Python-Markdown (which does not list it) wrapped it in a <p>, invalid there."""

    def extendMarkdown(self, md):
        if "caption" not in md.block_level_elements:
            md.block_level_elements.append("caption")


TABLE_CAPTION = TableCaption()


def on_config(config):
    if TABLE_CAPTION not in config.markdown_extensions:   # on_config runs again for each language
        config.markdown_extensions.append(TABLE_CAPTION)
    return config


def on_page_markdown(markdown, page, config, files):
    name = posixpath.basename(page.file.src_uri)
    if name not in MARKERS:
        return markdown
    marker = MARKERS[name]
    if marker not in markdown:
        raise DataError(page.file.abs_src_path, f"needs the line '{marker}' where the generated content goes")
    lang = page_lang(config)
    if name == "glossaire.md":
        content = glossary_page.render(lang)
    elif name == "panorama.md":
        content = panorama_page.render(lang)
    else:
        lang_dir = Path(page.file.abs_src_path).parent
        content = bibliography_page.render(lang, lang_dir, config["nav"])
    return markdown.replace(marker, content)
