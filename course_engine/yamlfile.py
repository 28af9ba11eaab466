"""The one YAML reader: data files, strings files and front matter, with the line of every mapping
and value, and errors in plain words."""
from __future__ import annotations

from pathlib import Path

import yaml

from .errors import DataError

LINE = "__line__"      # key added to every mapping: its first line
LINES = "__lines__"    # key added to every mapping: {key: line of that key}

# What PyYAML's messages mean for someone who writes Markdown, not YAML.
HINTS = {
    "mapping values are not allowed": "a text that contains ': ' must be put in double quotes",
    "found character '\\t'": "indent with spaces, not tabs",
    "could not find expected ':'": "a line is missing its 'key: value' colon, or a quote is not closed",
    "found unexpected end of stream": "a quote or a bracket is not closed",
    "while scanning a quoted scalar": "a quote is not closed",
    "found undefined alias": "a '*' starts a value: put the text in double quotes",
    "expected <block end>": "the indentation is uneven, or a text starting with a quote goes on after it",
    "while parsing a block collection": "a list item ('- ') is not lined up with the others",
    "did not find expected key": "the indentation is uneven, or a quote is not closed",
    "found duplicate key": "the same key appears twice",
    "expected ',' or '}'": "a '{' is not closed, or a text inside it needs double quotes",
    "expected ',' or ']'": "a '[' is not closed, or a text inside it needs double quotes",
}


class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):   # libyaml when built in: 5-10x faster
    """A safe loader that records where every mapping and key is (keys LINE and LINES)."""

    def construct_mapping(self, node, deep=False):
        keys = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, str) and key in keys:
                raise yaml.constructor.ConstructorError(
                    None, None, f"found duplicate key '{key}'", key_node.start_mark)
            keys[key] = key_node.start_mark.line + 1
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        mapping[LINES] = keys
        return mapping


def hint(problem: str) -> str:
    for start, advice in HINTS.items():
        if start in problem:
            return f" (hint: {advice})"
    return ""


def parse(text: str, path: Path | str, first_line: int = 1):
    """Parse YAML text; errors name the file and the line (first_line: where the text starts)."""
    try:
        return yaml.load(text, Loader=LineLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as err:
        # Where the construct that failed began (an unclosed '{'), else where the parser stopped.
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        problem = " ".join(filter(None, [getattr(err, "context", None), getattr(err, "problem", None)])) \
            or str(err).splitlines()[0]
        line = mark.line + first_line if mark else None
        raise DataError(path, f"is not valid YAML: {problem}{hint(problem)}", line) from None


def load(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(path, "is missing") from None
    except OSError as err:
        raise DataError(path, f"cannot be read ({err.strerror})") from None
    return parse(text, path)


def load_list(path: Path) -> list[dict]:
    """A YAML file holding a list of mappings (glossary, bibliography)."""
    data = load(path)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise DataError(path, "must be a YAML list of entries (mappings)")
    return data


def line_of(mapping: dict, key: str) -> int | None:
    """The line of a key in a mapping read by this module (else the mapping's own line)."""
    if not isinstance(mapping, dict):
        return None
    return (mapping.get(LINES) or {}).get(key) or mapping.get(LINE)


def clean(value):
    """The value without the line bookkeeping (for output and comparison)."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items() if k not in (LINE, LINES)}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value
