"""data/strings/<lang>.yml: every word of the interface that is not in the Markdown. Every
language's file has the same keys as the default language's; a missing or extra key stops the build."""
from __future__ import annotations

from pathlib import Path

from .. import yamlfile
from ..errors import DataError, DataErrors


def _shape_errors(ref, other, path: Path, where: str, line: int | None) -> list[DataError]:
    """Differences of keys, list lengths and kinds of value between two strings trees."""
    errors = []
    if isinstance(ref, dict):
        if not isinstance(other, dict):
            return [DataError(path, f"key '{where}' must hold keys, as in the default language's file", line)]
        keys = [k for k in ref if k not in (yamlfile.LINE, yamlfile.LINES)]
        for key in keys:
            name = f"{where}.{key}" if where else key
            if key not in other:
                errors.append(DataError(path, f"has no key '{name}' (every language needs it)",
                                        other.get(yamlfile.LINE)))
            else:
                errors += _shape_errors(ref[key], other[key], path, name, yamlfile.line_of(other, key))
        for key in other:
            if key not in ref and key not in (yamlfile.LINE, yamlfile.LINES):
                name = f"{where}.{key}" if where else key
                errors.append(DataError(path, f"has a key '{name}' that the default language's file does not have",
                                        yamlfile.line_of(other, key)))
    elif isinstance(ref, list):
        if not isinstance(other, list) or len(other) != len(ref):
            errors.append(DataError(path, f"key '{where}' must be a list of {len(ref)} items, as in the "
                                          "default language's file", line))
        else:
            for i, (a, b) in enumerate(zip(ref, other)):
                errors += _shape_errors(a, b, path, f"{where}[{i}]", line)
    elif not isinstance(other, str) or (isinstance(ref, str) and ref.strip() and not other.strip()):
        errors.append(DataError(path, f"key '{where}' must be a text", line))
    return errors


def load(folder: Path, codes: list[str]) -> dict[str, dict]:
    """The strings of every language (the first code is the reference), checked for the same keys."""
    trees = {}
    for code in codes:
        path = folder / f"{code}.yml"
        if not path.is_file():
            raise DataError(path, f"is missing: the language '{code}' needs its strings file "
                                  f"(copy {codes[0]}.yml and translate it)")
        tree = yamlfile.load(path)
        if not isinstance(tree, dict):
            raise DataError(path, "must hold keys (see the default language's file)")
        trees[code] = tree
    errors = []
    for code in codes[1:]:
        errors += _shape_errors(trees[codes[0]], trees[code], folder / f"{code}.yml", "", None)
    if errors:
        raise DataErrors(errors, "The strings files differ from the default language's:")
    return {code: yamlfile.clean(tree) for code, tree in trees.items()}
