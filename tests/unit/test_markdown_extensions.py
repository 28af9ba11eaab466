"""The engine's text-level features run in plain Python-Markdown, without MkDocs (as in Zensical):
citations, glossary tooltips and first-mention links, typography, lesson blocks."""
from __future__ import annotations

import markdown
import pytest

import course
from course_engine.errors import DataError

DATA = {"bibliography": str(course.ROOT / "data" / "bibliography.yml"),
        "glossary": str(course.ROOT / "data" / "glossary.yml"),
        "strings": str(course.ROOT / "data" / "strings")}


def render(text: str, lang: str, **typography) -> str:
    return markdown.markdown(text, extensions=[
        "course_engine.citations", "course_engine.glossary", "course_engine.typography", "course_engine.lessons",
        "admonition", "attr_list"], extension_configs={
        "course_engine.citations": {"lang": lang, "bibliography": DATA["bibliography"], "strings": DATA["strings"]},
        "course_engine.glossary": {"lang": lang, **DATA},
        "course_engine.typography": typography,
    })


@pytest.mark.parametrize("lang", course.LANGS)
def test_a_chapter_gets_its_citations_in_the_language(lang):
    chapter = (course.DOCS / lang / course.chapters()[1]).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    html = render(chapter + "\n\nSee [@brandenburger-nalebuff-1996; @porter-1998, p. 78].\n", lang)
    assert "[@" not in html
    word = course.words()[lang]["typography"]["and"]
    ltr = ' dir="ltr"' if course.language(lang).direction == "rtl" else ""   # Latin names, left to right
    assert f'<a class="citation"{ltr} href="bibliographie.md#brandenburger-nalebuff-1996">Brandenburger {word} Nalebuff,\u00a01996</a>' \
        .replace("bibliographie.md", course.BIBLIOGRAPHY_PAGE) in html
    assert f'href="{course.BIBLIOGRAPHY_PAGE}#porter-1998">Porter,\u00a01998a, p. 78</a>)' in html   # the year glued to the name
    assert html.count('class="citation"') >= 15


@pytest.mark.parametrize("lang", course.LANGS)
def test_glossary_terms_get_their_definition_and_a_first_link(lang):
    spl = course.glossary()["spl"]
    html = render("Les SPL et les SPL.\n\n`SPL` in code.", lang)
    assert f'<a class="glossary-link" data-glossary="spl" href="{course.GLOSSARY_PAGE}#spl">SPL</a>' in html
    assert '<abbr data-glossary="spl" tabindex="0">SPL</abbr>' in html   # the second mention
    assert "<code>SPL</code>" in html                                    # never inside code
    # the definition travels once, in the page's language, for the popup
    template = html[html.index("<template"):]
    assert html.count("<template") == 1 and template.count('data-entry="spl"') == 1
    assert spl["definition"][lang].split()[0] in template
    assert 'data-more="' + course.words()[lang]["glossary"]["open_entry"].split()[0] in template


def test_french_spacing_and_english_quotes():
    html = render("Quoi ? « Oui » : 4 000 000 et 33 % ; `a : b`", "fr", spacing="french")
    assert "Quoi\u202f?" in html and "«\u202fOui\u202f»\u00a0:" in html
    assert "4\u00a0000\u00a0000" in html and "33\u00a0%\u202f;" in html
    assert "<code>a : b</code>" in html
    html = render('He said "yes" and it\'s done.', "en", quotes="smart")
    assert "&ldquo;yes&rdquo;" in html and "it&rsquo;s" in html


def test_numbers_spacing_joins_a_number_and_nothing_else():
    """Arabic: no French spaces, but a number's groups and its unit stay joined (right to left, a
    plain space would let "200 000" show as "000 200")."""
    html = render("العمالة 200 000 و1,5 % : نعم ؟", "ar", spacing="numbers")
    assert "200\u00a0000" in html and "1,5\u00a0%" in html
    assert "\u202f" not in html and " : " in html and " ؟" in html
    with pytest.raises(ValueError, match="unknown spacing"):
        render("x", "fr", spacing="arabic")


def test_an_unknown_block_type_stops_the_rendering():
    with pytest.raises(DataError, match="'trainers', which is not a known block type"):
        render('??? trainers "Note"\n\n    Text.', course.DEFAULT)


def test_an_unknown_citation_stops_the_rendering():
    with pytest.raises(DataError, match="cites 'nobody-2099'"):
        render("As [@nobody-2099] says.", course.DEFAULT)
