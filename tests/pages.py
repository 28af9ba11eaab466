"""What several test files need beyond tests/course.py: the addresses built pages use for each
other, a few pages found from the nav and the sources (never named), the glossary's definitions, and
text compared with the languages' typography set aside."""
from __future__ import annotations

import posixpath
import re

from axe_playwright_python.sync_playwright import Axe
from bs4 import NavigableString

import course
from course_engine import frontmatter, site, yamlfile
from course_engine.glossary import data as glossary_data

# What the typography of the languages changes in a text (no-break spaces, curly quotes), and
# what it was in the source.
TYPOGRAPHY = str.maketrans({"\u202f": " ", "\u00a0": " ", "’": "'", "‘": "'", "“": '"', "”": '"'})


def plain(text: str) -> str:
    """A text with no-break spaces as spaces and curly quotes as straight ones, spaces collapsed:
    for comparing a built text with its source."""
    return " ".join(text.translate(TYPOGRAPHY).split())


def loose(text: str) -> re.Pattern:
    """A pattern for a whole text as a browser shows it: any space may be a no-break one, any
    quote a curly one (for Playwright's expect, which compares a pattern with the raw text)."""
    parts = {" ": "[ \u00a0\u202f\n\t]+", "'": "['’‘]", '"': '["“”]'}
    body = "".join(parts.get(c, re.escape(c)) for c in plain(text))
    return re.compile(rf"^\s*{body}\s*$")


def link(lang: str, source: str, target: str) -> str:
    """The address a built page of a language gives another page of it: '../bibliographie/',
    './' for itself (directory URLs)."""
    here, there = course.url(lang, source) or ".", course.url(lang, target) or "."
    return posixpath.relpath(there, here) + "/"


def home() -> str:
    """The nav page built at the root of each language's folder (index.md)."""
    return next(p for p in course.NAV if course.url(course.DEFAULT, p) == course.prefix(course.DEFAULT))


def meta(lang: str, page: str) -> dict:
    """A page's front matter, in a language."""
    return yamlfile.clean(frontmatter.read(course.DOCS / lang / page).meta)


def trainers_page() -> str:
    """The trainers' corner: the nav page whose source holds the printable worksheets."""
    found = [p for p in course.NAV
             if 'class="worksheet"' in (course.DOCS / course.DEFAULT / p).read_text(encoding="utf-8")]
    assert len(found) == 1, f"expected one nav page with worksheets, found {found}"
    return found[0]


def offline_path(lang: str, page: str) -> str:
    """A page's file in the offline copy (Material's offline plugin: no directory URLs):
    'notion.md' -> 'en/notion.html', 'index.md' -> 'index.html'."""
    return course.prefix(lang) + site.slug(page) + ".html"


def tooltip(eid: str, lang: str) -> str:
    """The definition the glossary shows for an entry in a language (its term, the language's
    colon, the definition), as the source writes it."""
    return glossary_data.tooltip(course.glossary()[eid], lang, course.words()[lang])


def matches(eid: str, lang: str) -> list[str]:
    return glossary_data.matches(course.glossary()[eid], lang)


def definitions(html) -> dict[str, str]:
    """The glossary definitions a built page carries for the popup (entry id: text), from its
    <template class="glossary-definitions">; an entry carried twice is an error."""
    found: dict[str, str] = {}
    for template in html.select("template.glossary-definitions"):
        for entry in template.select("[data-entry]"):
            assert entry["data-entry"] not in found, f"the definition of {entry['data-entry']} is carried twice"
            found[entry["data-entry"]] = every_text(entry.select_one(".glossary-definition__text"))
    return found


def every_text(element) -> str:
    """An element's text, that of <template> elements included (BeautifulSoup's get_text leaves
    them out, as a browser does not show them)."""
    return "".join(s for s in element.descendants if isinstance(s, NavigableString))


AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                          "wcag22a", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"],
}


def violations(page) -> list[str]:
    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])}× e.g. {v['nodes'][0]['target']} — "
            f"{v['nodes'][0]['failureSummary'].splitlines()[-1].strip()}" for v in found]
