"""French and English pages in parity: same files, and the same structure once built."""
from __future__ import annotations

from collections import Counter

import pytest

from conftest import DOCS
from htmlpages import article, english_twin, french_pages


def test_same_relative_paths_in_both_languages():
    fr = sorted(p.relative_to(DOCS / "fr") for p in (DOCS / "fr").rglob("*") if p.is_file())
    en = sorted(p.relative_to(DOCS / "en") for p in (DOCS / "en").rglob("*") if p.is_file())
    assert fr == en
    assert len(fr) >= 10


# Generated pages sort their entries in each language's alphabetical order.
SORTED_PER_LANGUAGE = {"glossaire", "bibliographie"}


def built_structure(page):
    body = article(page)
    ids = [h["id"] for h in body.select("h2[id], h3[id], h4[id]")]
    admonitions = Counter(
        next((c for c in el.get("class", []) if c not in {"admonition", "inline", "end"}), "note")
        for el in body.select(".admonition, details")
    )
    return {
        "section ids": sorted(ids) if page.parent.name in SORTED_PER_LANGUAGE else ids,
        "admonitions": dict(admonitions),
        "figures": len(body.select("figure")),
        "images": [img["src"].rsplit("/", 1)[-1] for img in body.select("img")],
        "tables": len(body.select("table")),
        # links written by authors (automatic first-mention links depend on each language's wording)
        "glossary links": len(body.select('a[href*="glossaire/#"]:not(.glossary-link)')),
    }


def test_built_pages_have_the_same_structure(site):
    pairs = 0
    for french in french_pages(site):
        fr, en = built_structure(french), built_structure(english_twin(site, french))
        for key in fr:
            assert fr[key] == en[key], f"{french.relative_to(site)}: {key} differ\nfr={fr[key]}\nen={en[key]}"
        pairs += 1
    assert pairs >= 10


@pytest.mark.parametrize("key", ["objectives", "keypoints"])
def test_front_matter_lists_have_the_same_length(key, site):
    for french in french_pages(site):
        fr = article(french).select(f".lesson-{'header' if key == 'objectives' else 'keypoints'} li")
        en = article(english_twin(site, french)).select(
            f".lesson-{'header' if key == 'objectives' else 'keypoints'} li")
        assert len(fr) == len(en), french
