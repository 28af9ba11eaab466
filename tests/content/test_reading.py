"""What a trainee reads, on the built pages: short enough for a phone, a summary box at the top of
every section, no raw data, each language's typography and terminology."""
from __future__ import annotations

import re

import pytest

import course
from conftest import DOCS, pages
from course_engine import frontmatter
from htmlpages import article, own_article, soup

WORD = re.compile(r"[^\W\d_][\w'’-]*")
CHAPTERS = course.chapters()
SEQUENCES = [p for p in CHAPTERS if frontmatter.read(DOCS / course.DEFAULT / p).meta["sequence"] >= 1]
MAX_SEQUENCE_WORDS = 3600          # for the trainee, in the default language (issue 12)
MAX_PARAGRAPH = 650                # characters: "at most about 600"


def words(text: str) -> int:
    return len(WORD.findall(text))


def trainee_text(site, lang, page):
    """The article as a trainee reads it: trainer notes, hidden data and furniture aside."""
    body = own_article(course.built(site, lang, page))
    for element in body.select(".trainer, template, a.headerlink, .md-content__button, script, style"):
        element.decompose()
    return body


@pytest.mark.parametrize("page", SEQUENCES)
def test_a_sequence_is_short_enough_to_read_on_a_phone(site, page):
    count = words(trainee_text(site, course.DEFAULT, page).get_text(" "))
    assert count <= MAX_SEQUENCE_WORDS, f"{page}: {count} words for the trainee"


@pytest.mark.parametrize("lang", course.LANGS)
@pytest.mark.parametrize("page", CHAPTERS)
def test_paragraphs_are_short(site, lang, page):
    long = [p.get_text(" ")[:60] for p in trainee_text(site, lang, page).select("p")
            if len(" ".join(p.get_text(" ").split())) > MAX_PARAGRAPH]
    assert not long, f"{lang} {page}: paragraphs over {MAX_PARAGRAPH} characters: {long}"


@pytest.mark.parametrize("lang", course.LANGS)
@pytest.mark.parametrize("page", CHAPTERS)
def test_objectives_and_key_points_fit_a_slide(lang, page):
    meta = frontmatter.read(DOCS / lang / page).meta
    if lang == course.DEFAULT:   # the limits are set in the source language
        assert words(" ".join(meta["objectives"])) <= 50, page
        assert words(" ".join(meta["keypoints"])) <= 60, page


@pytest.mark.parametrize("lang", course.LANGS)
@pytest.mark.parametrize("page", CHAPTERS)
def test_every_section_opens_with_its_summary(site, lang, page):
    body = article(course.built(site, lang, page))
    title = course.words()[lang]["lesson"]["summary"]
    sections = [h for h in body.select("h2[id]") if not h.get("id", "").startswith("lesson-")]
    assert sections
    for heading in sections:
        box = heading.find_next_sibling()
        assert box is not None and "summary" in box.get("class", []), f"{lang} {page} #{heading['id']}: no summary first"
        assert box.select_one(".admonition-title").get_text(strip=True) == title
        bullets = box.select("li")
        assert 2 <= len(bullets) <= 5, f"{lang} {page} #{heading['id']}: {len(bullets)} bullets"
        if lang == course.DEFAULT:
            assert words(" ".join(li.get_text(" ") for li in bullets)) <= 45, f"{page} #{heading['id']}"


RAW = [re.compile(r"\{\s*'[^']+'\s*:"), re.compile(r"\[-?@[a-z0-9-]+"), re.compile("__line__"),
       re.compile(r"<!-- generated"), re.compile(r"\{[#.][\w-]+"), re.compile(r"\['[^']+', '")]


def test_no_page_shows_raw_data(site):
    problems = []
    for page in pages(site):
        text = soup(page).body.get_text(" ")
        problems += [f"{page.relative_to(site)}: {m.group(0)!r}" for r in RAW for m in [r.search(text)] if m]
    assert not problems, "\n".join(problems)


def text_nodes(body):
    """The text a reader sees, node by node (code aside)."""
    for node in body.find_all(string=True):
        if not node.find_parent(["code", "pre", "script", "style", "template", "kbd"]):
            yield str(node)


BREAKABLE = re.compile(r"(?<=\S) (?=[;:!?»])|« |(?<=\d) (?=\d{3}(?!\d))|(?<=\d) (?=%)")


@pytest.mark.parametrize("lang", [l for l in course.LANGS if course.words()[l]["typography"]["spacing"] == "french"])
def test_french_spaces_never_break(site, lang):
    from htmlpages import language_pages
    problems = []
    for page in language_pages(site, lang):
        for text in text_nodes(soup(page).body):   # the whole page: article, contents, navigation
            problems += [f"{page.relative_to(site)}: {text[max(0, m.start() - 20):m.end() + 10]!r}"
                         for m in BREAKABLE.finditer(text)]
    assert not problems, f"{len(problems)} breakable spaces, for example:\n" + "\n".join(problems[:10])


@pytest.mark.parametrize("lang", [l for l in course.LANGS if course.words()[l]["typography"]["quotes"] == "smart"])
def test_one_quote_style(site, lang):
    from htmlpages import language_pages
    for page in language_pages(site, lang):
        body = own_article(page)
        for other in body.select("[lang]"):   # a title quoted in another language keeps its marks
            other.decompose()
        for ref in body.select(".reference"):
            ref.decompose()
        text = " ".join(text_nodes(body))
        assert "«" not in text and "»" not in text, f"{page.relative_to(site)}: French quotes in {lang}"
        assert '"' not in text, f"{page.relative_to(site)}: a straight double quote"


@pytest.mark.parametrize("lang", course.LANGS)
def test_avoided_renderings_are_named_once_at_most(site, lang):
    chapters = [p for p in course.NAV if p not in (course.GLOSSARY_PAGE, course.BIBLIOGRAPHY_PAGE)]
    text = " ".join(" ".join(text_nodes(article(course.built(site, lang, p)))) for p in chapters).lower()
    checked = 0
    for entry in course.glossary().values():
        for avoided in (entry.get("avoid") or {}).get(lang) or []:
            count = len(re.findall(rf"(?<![\w-]){re.escape(avoided.lower())}(?![\w-])", text))
            assert count <= 1, f"{lang}: '{avoided}' {count} times (say '{entry['term'][lang]}')"
            checked += 1
    assert checked or not any((e.get("avoid") or {}).get(lang) for e in course.glossary().values())
