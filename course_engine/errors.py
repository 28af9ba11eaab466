"""Bad input stops the build with a message an author can act on: file, line, entry, field."""
from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError


class DataError(PluginError):
    """An author's mistake: the message names the file, the line, the entry and the field."""

    def __init__(self, path: Path | str, message: str, line: int | None = None,
                 entry: str | None = None, field: str | None = None):
        where = relative(path) + (f":{line}" if line else "")
        what = "".join([f" entry '{entry}'" if entry else "", f" field '{field}'" if field else ""])
        super().__init__(f"{where}:{what} {message}")
        self.path, self.line = Path(path), line


class DataErrors(PluginError):
    """Several mistakes found in one pass, reported together."""

    def __init__(self, errors: list[DataError], heading: str):
        super().__init__(heading + "\n  " + "\n  ".join(str(e) for e in errors))
        self.errors = errors


def relative(path: Path | str) -> str:
    """The path as the author knows it: relative to the working folder when it is inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return os.fspath(path)
