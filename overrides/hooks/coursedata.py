"""Shared helpers for the hooks: load the data files with line numbers, report errors loudly."""
from __future__ import annotations

from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("fr", "en")


class DataError(PluginError):
    """Bad input: the message names the file, the line, the entry id and the field."""

    def __init__(self, path: Path | str, message: str, line: int | None = None,
                 entry: str | None = None, field: str | None = None):
        where = f"{_rel(path)}" + (f":{line}" if line else "")
        what = "".join([f" entry '{entry}'" if entry else "", f" field '{field}'" if field else ""])
        super().__init__(f"{where}:{what} {message}".replace(": ", ": ", 1))


def _rel(path: Path | str) -> str:
    path = Path(path)
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records the line of every mapping as the key '__line__'."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def load_yaml_list(path: Path) -> list[dict]:
    """Load a YAML file holding a list of mappings; each mapping carries its '__line__'."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(path, f"cannot be read ({err.strerror})") from err
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        raise DataError(path, f"is not valid YAML: {problem}",
                        line=mark.line + 1 if mark else None) from err
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise DataError(path, "must be a YAML list of entries (mappings)")
    return data


def page_lang(config) -> str:
    """The language being built (mkdocs-static-i18n sets the theme language per build)."""
    return str(config.theme["language"])
