"""Every language in parity with the default one: same files, and the same structure once built."""
from __future__ import annotations

from collections import Counter

import pytest

import course
from conftest import DOCS
from course_engine import site as site_paths
from htmlpages import article, language_pages, translations


def files(lang):
    return sorted(p.relative_to(DOCS / lang) for p in (DOCS / lang).rglob("*") if p.is_file())


@pytest.mark.parametrize("lang", course.LANGS[1:])
def test_same_relative_paths_in_every_language(lang):
    assert files(lang) == files(course.DEFAULT)
    assert len(files(lang)) >= 10


# Generated pages sort their entries in each language's alphabetical order.
SORTED_PER_LANGUAGE = {site_paths.slug(course.GLOSSARY_PAGE), site_paths.slug(course.BIBLIOGRAPHY_PAGE)}
GLOSSARY_LINK = site_paths.slug(course.GLOSSARY_PAGE) + "/#"


def built_structure(page):
    body = article(page)
    ids = [h["id"] for h in body.select("h2[id], h3[id], h4[id]")]
    if page.parent.name in SORTED_PER_LANGUAGE:
        # the bibliography's letters follow each language's alphabet (and script): its entries do not
        ids = [i for i in ids if not i.startswith("letter-")] + [r["id"] for r in body.select(".reference[id]")]
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
        "glossary links": len(body.select(f'a[href*="{GLOSSARY_LINK}"]:not(.glossary-link)')),
        "summaries": len(body.select(".admonition.summary")),
        "questions": len(body.select(".question")),
        "trainer notes": len(body.select(".trainer")),
    }


def test_built_pages_have_the_same_structure(site):
    pairs = 0
    for page, lang, other in translations(site):
        source, translated = built_structure(page), built_structure(other)
        for key in source:
            assert source[key] == translated[key], \
                f"{other.relative_to(site)}: {key} differ\n{course.DEFAULT}={source[key]}\n{lang}={translated[key]}"
        pairs += 1
    assert pairs >= 10 * (len(course.LANGS) - 1)
    assert len(language_pages(site, course.DEFAULT)) >= 10


@pytest.mark.parametrize("key", ["objectives", "keypoints"])
def test_front_matter_lists_have_the_same_length(key, site):
    selector = f".lesson-{'header' if key == 'objectives' else 'keypoints'} li"
    for page, lang, other in translations(site):
        assert len(article(page).select(selector)) == len(article(other).select(selector)), other
