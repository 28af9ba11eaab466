"""The one front-matter reader: a page's YAML header, its body, and where each is."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import yamlfile
from .errors import DataError


@dataclass
class Source:
    path: Path
    meta: dict          # the front matter, with yamlfile's line bookkeeping
    body: str           # the Markdown after the front matter
    body_line: int      # the file's line number of the body's first line

    def line(self, key: str) -> int | None:
        return yamlfile.line_of(self.meta, key)


def split(text: str, path: Path | str = "<text>") -> Source:
    if text.startswith("---\n"):
        end = text.find("\n---", 3)
        if end == -1:
            raise DataError(path, "opens its front matter with '---' but never closes it", 1)
        meta = yamlfile.parse(text[4:end + 1], path, first_line=2) or {}
        if not isinstance(meta, dict):
            raise DataError(path, "has front matter that is not a set of 'key: value' lines", 2)
        body_start = text.find("\n", end + 1) + 1 or len(text)
        return Source(Path(path), meta, text[body_start:], text[:body_start].count("\n") + 1)
    return Source(Path(path), {}, text, 1)


def read(path: Path) -> Source:
    return split(path.read_text(encoding="utf-8"), path)
