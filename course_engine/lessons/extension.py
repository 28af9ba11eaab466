"""Lesson blocks: a page may only open the block types the course knows (summary, example,
question, answer, trainer...); a misspelt `??? trainers` would otherwise be printed for trainees,
projected and shown on the web. Option: `blocks`, the known types."""
from __future__ import annotations

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from ..errors import DataError
from .blocks import message, unknown_blocks

DEFAULT_BLOCKS = ["abstract", "answer", "example", "info", "note", "question", "summary", "tip",
                  "trainer", "warning"]


class BlockTypes(Preprocessor):
    def __init__(self, md, known: set[str], page: str):
        super().__init__(md)
        self.known, self.page = known, page

    def run(self, lines):
        found = unknown_blocks("\n".join(lines), self.known)
        if found:
            line, kind = found[0]
            raise DataError(self.page or "<text>", message(kind, self.known), line)
        return lines


class LessonBlocksExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "blocks": [DEFAULT_BLOCKS, "the block types a page may open"],
            "page": ["", "the page being rendered (for the error message)"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):  # noqa: N802
        # Before the fenced code and admonition processors (25 and the block parser).
        md.preprocessors.register(BlockTypes(md, set(self.getConfig("blocks")), self.getConfig("page")),
                                  "course_blocks", 30)
