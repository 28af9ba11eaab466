"""The bibliography data: stable ids, author-date labels, citation parsing, full references in each
language's conventions, and bad entries stopped with a message naming the file, entry and field."""
from __future__ import annotations

import textwrap

import pytest

import course
from course_engine.citations import references
from course_engine.citations.data import Bibliography, cited, letters
from course_engine.errors import DataError

W = course.words()

# The 30 core references of the course (its shared reference list), by their stable ids.
CORE_IDS = [
    "amsden-1989", "aydalot-1986", "bagnasco-1977", "becattini-1979", "becattini-1990", "blanc-2004",
    "boschma-2005", "brandenburger-nalebuff-1996", "cassiolato-lastres-2003", "castells-hall-1994",
    "colletis-pecqueur-1993", "courlet-2008", "enright-2003", "ec-2008", "foray-2009", "gerlach-1992",
    "humphrey-schmitz-1996", "krugman-1991", "markusen-1996", "marshall-1890", "martin-sunley-2003",
    "muchnik-2007", "oecd-2007", "piore-sabel-1984", "porter-1990", "porter-1998", "schmitz-1995",
    "solvell-2003", "torre-rallet-2005", "unido-2013",
]


@pytest.fixture(scope="module")
def entries():
    return course.bibliography().entries


def label(entry, lang):
    return course.bibliography().label(entry, lang, W[lang])


def full(entry, lang):
    return references.format_reference(course.bibliography(), entry, lang, W[lang])


def test_every_core_reference_has_its_stable_id(entries):
    assert set(CORE_IDS) <= set(entries)
    assert len(entries) >= 93


def test_labels_tell_two_works_of_one_author_and_year_apart(entries):
    assert label(entries["porter-1998"], "fr") == "Porter, 1998a"
    assert label(entries["porter-1998-on-competition"], "en") == "Porter, 1998b"
    assert label(entries["brandenburger-nalebuff-1996"], "fr") == "Brandenburger et Nalebuff, 1996"
    assert label(entries["brandenburger-nalebuff-1996"], "en") == "Brandenburger and Nalebuff, 1996"
    assert label(entries["muchnik-2007"], "en") == "Muchnik et al., 2007"
    assert label(entries["sem47"], "fr") == "SEM47, s.d."
    assert label(entries["sem47"], "en") == "SEM47, n.d."


def test_an_institution_is_cited_by_its_acronym_or_whole_name(entries):
    assert label(entries["mdeie-accord"], "en") == "MDEIE, n.d."
    assert label(entries["diact-2008"], "fr") == "DIACT, 2008"
    assert label(entries["lactimed-brochure"], "fr") == "ANIMA Investment Network, s.d."


def test_the_full_reference_keeps_the_institution_s_whole_name(entries):
    reference = full(entries["mdeie-accord"], "en")
    assert reference.startswith("Ministère du Développement économique, de l'Innovation et de l'Exportation")


def test_cited_ids_finds_every_form_of_citation():
    text = "As [@porter-1998, p. 78] and [@porter-1990; @krugman-1991] show, Porter [-@porter-1998]; [link](x.md)"
    assert [eid for _, eid in cited(text)] == ["porter-1998", "porter-1990", "krugman-1991", "porter-1998"]
    assert cited("a\n\nb [@x-1]")[0] == (3, "x-1")   # with its line


def test_full_references_follow_french_conventions(entries):
    chapter = full(entries["becattini-1990"], "fr")
    assert chapter.startswith("Becattini, G. (1990).")
    assert "Dans F. Pyke, G. Becattini et W. Sengenberger (éds)" in chapter and "(p. 37-51)" in chapter
    assert full(entries["aydalot-1986"], "fr").startswith("Aydalot, P. (éd.) (1986).")
    assert "(s.d.)" in full(entries["sem47"], "fr")
    assert "\\[Dépêche du 28 février 2005 sur la clôture" in full(entries["afp-2005"], "fr")
    assert "2 décembre 1991" in full(entries["mict-1991"], "fr")
    assert "2 December 1991" in full(entries["mict-1991"], "en")
    assert "Paris : GREMI" in full(entries["aydalot-1986"], "fr")


def test_full_references_follow_english_conventions(entries):
    chapter = full(entries["becattini-1990"], "en")
    assert "In F. Pyke, G. Becattini and W. Sengenberger (eds)" in chapter and "(pp. 37-51)" in chapter
    assert full(entries["aydalot-1986"], "en").startswith("Aydalot, P. (ed.) (1986).")
    assert "(n.d.)" in full(entries["sem47"], "en")
    assert "\\[Dispatch of 28 February 2005 on the close" in full(entries["afp-2005"], "en")
    assert full(entries["afp-2005"], "en").endswith("<https://www.batiweb.com/actualites/dernieres-depeches-afp/"
                                                    "poles-de-competitivite-clos-lundi-l-appel-a-projets-depasse-par-son-2005-03-01-2790>")
    article = full(entries["porter-1998"], "en")
    assert article == ("Porter, M. E. (1998a). Clusters and the new economics of competition. "
                       "*Harvard Business Review*, 76(6), 77-90.")


def test_titles_in_another_language_are_marked(entries):
    assert '<span lang="it">' in full(entries["bagnasco-1977"], "fr")
    assert '<span lang="fr">' in full(entries["courlet-2008"], "en")
    assert "<span" not in full(entries["courlet-2008"], "fr")


def test_references_sort_by_author_then_year(entries):
    order = [e["id"] for e in sorted(entries.values(), key=lambda e: references.sort_key(e, "en", W["en"]))]
    assert order.index("porter-1990") < order.index("porter-1998") < order.index("porter-1998-on-competition")
    assert order.index("porter-2003") > order.index("porter-1998-on-competition")
    assert order.index("schmitz-1995") < order.index("solvell-2003")   # Sölvell sorts as Solvell


BAD = """\
- id: good-2000
  type: book
  authors: ["Good, A."]
  year: 2000
  title: "A title"
"""


def load(tmp_path, text: str) -> Bibliography:
    path = tmp_path / "bibliography.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return Bibliography(path, ["fr", "en"])


def error(tmp_path, text: str) -> str:
    with pytest.raises(DataError) as caught:
        load(tmp_path, text)
    return str(caught.value)


def test_a_duplicate_id_is_refused(tmp_path):
    assert "entry 'good-2000' field 'id' duplicates the id first used at line 1" in error(tmp_path, BAD + BAD)


def test_an_unknown_type_is_refused(tmp_path):
    assert "entry 'good-2000' field 'type' must be one of" in error(tmp_path, BAD.replace("type: book", "type: blog"))


def test_a_description_without_english_is_refused(tmp_path):
    text = BAD.replace('title: "A title"', 'description: {fr: "Une page"}')
    assert "entry 'good-2000' field 'description' has no 'en' text" in error(tmp_path, text)


def test_a_field_error_names_the_line_of_the_field(tmp_path):
    assert "bibliography.yml:4: entry 'good-2000' field 'year'" in error(tmp_path, BAD.replace("year: 2000", "year: 20O0"))


def test_many_works_of_one_author_and_year_get_letters_beyond_j(tmp_path):
    text = "".join(BAD.replace("good-2000", f"good-2000-{i:02}") for i in range(28))
    bib = load(tmp_path, text)
    years = [bib.year(bib[f"good-2000-{i:02}"], W["en"]) for i in range(28)]
    assert years[0] == "2000a" and years[9] == "2000j" and years[10] == "2000k"
    assert years[25] == "2000z" and years[26] == "2000aa" and years[27] == "2000ab"
    assert len(set(years)) == 28
    assert [letters(i) for i in (0, 25, 26, 51, 52)] == ["a", "z", "aa", "az", "ba"]
