"""Stop the build when the two languages drift apart: a missing twin or a different structure."""
from __future__ import annotations

from mkdocs.exceptions import PluginError

import parity
from coursedata import ROOT

DOCS = ROOT / "docs"


def check(docs=DOCS) -> list[str]:
    """Every file under docs/fr has a twin under docs/en (and back), with the same structure."""
    problems = []
    fr = {p.relative_to(docs / "fr") for p in (docs / "fr").rglob("*") if p.is_file()}
    en = {p.relative_to(docs / "en") for p in (docs / "en").rglob("*") if p.is_file()}
    for rel in sorted(fr - en):
        problems.append(f"docs/fr/{rel} has no English twin docs/en/{rel}")
    for rel in sorted(en - fr):
        problems.append(f"docs/en/{rel} has no French source docs/fr/{rel}")
    for rel in sorted(fr & en):
        if rel.suffix == ".md":
            problems += parity.differences(docs / "fr" / rel, docs / "en" / rel)
    return problems


def on_config(config):
    problems = check()
    if problems:
        raise PluginError("The French and English pages differ:\n  " + "\n  ".join(problems))
