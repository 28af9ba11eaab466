"""The generated glossary, panorama and bibliography pages; tooltips and first-mention links in the
page's language; citations; anchor checks; and broken data that stops the build before it writes."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, mkdocs_build
from htmlpages import article, soup

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import bibliography  # noqa: E402
import glossary  # noqa: E402

ENTRIES = glossary.load()
FORMS = [e["id"] for e in ENTRIES.values() if e["kind"] == "form"]
LANGS = ("fr", "en")


def built(site: Path, lang: str, slug: str) -> Path:
    return site / ("en" if lang == "en" else "") / slug / "index.html"


# --- glossary page ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_glossary_page_shows_every_form_of_the_deck(site, lang):
    body = article(built(site, lang, "glossaire"))
    assert len(FORMS) == 16
    for eid in FORMS:
        heading = body.find(id=eid)
        assert heading is not None and heading.name == "h3", (lang, eid)
        assert heading.get_text(" ", strip=True).startswith(ENTRIES[eid]["term"][lang].split(" (")[0]), (lang, eid)
        definition = heading.find_next_sibling("p", class_=lambda c: not c)
        assert definition.get_text().split()[:4] == ENTRIES[eid]["definition"][lang].split()[:4], (lang, eid)


def test_glossary_anchors_are_the_same_in_both_languages(site):
    ids = {lang: {h["id"] for h in article(built(site, lang, "glossaire")).select("h3[id]")} for lang in LANGS}
    assert ids["fr"] == ids["en"] == set(ENTRIES)


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_entries_are_grouped_by_kind_and_sorted_in_the_page_language(site, lang):
    body = article(built(site, lang, "glossaire"))
    kinds = [h["id"] for h in body.select("h2[id]")]
    assert kinds == [f"kind-{k}" for k in glossary.KINDS]
    for h2 in body.select("h2[id]"):
        titles = []
        for sibling in h2.find_next_siblings():
            if sibling.name == "h2":
                break
            if sibling.name == "h3":
                titles.append(sibling.get_text("", strip=True).rstrip("#"))
        assert titles == sorted(titles, key=glossary.sort_key), (lang, h2["id"])


def test_the_two_languages_sort_differently(site):
    order = {lang: [h["id"] for h in article(built(site, lang, "glossaire")).select("h3[id]")] for lang in LANGS}
    # "Pôle de compétitivité" sorts under P in French, "Competitiveness pole" under C in English.
    assert order["fr"].index("pole-competitivite") > order["fr"].index("per")
    assert order["en"].index("pole-competitivite") < order["en"].index("industrial-district")


@pytest.mark.parametrize("lang, eid, text, code", [
    ("fr", "keiretsu", "系列", "ja"), ("en", "keiretsu", "系列", "ja"), ("fr", "chaebol", "재벌", "ko"),
    ("en", "apl", "Arranjo Produtivo Local", "pt"), ("fr", "kompetenznetze", "Kompetenznetze", "de"),
])
def test_native_names_are_shown_with_their_language(site, lang, eid, text, code):
    facts = article(built(site, lang, "glossaire")).find(id=eid).find_next_sibling("p", class_="glossary-facts")
    native = facts.find("span", lang=code)
    assert native is not None and native.get_text() == text


@pytest.mark.parametrize("lang, country, year", [("fr", "Japon", "1945"), ("en", "Japan", "1945")])
def test_country_and_date_are_rendered_in_the_page_language(site, lang, country, year):
    facts = article(built(site, lang, "glossaire")).find(id="keiretsu").find_next_sibling("p", class_="glossary-facts")
    assert country in facts.get_text() and year in facts.get_text()


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_entries_link_to_related_entries_and_sources(site, lang):
    links = article(built(site, lang, "glossaire")).find(id="spl").find_next_sibling("p", class_="glossary-links")
    hrefs = [a["href"] for a in links.find_all("a")]
    assert {f"./#{i}" for i in ENTRIES["spl"]["see"]} <= set(hrefs)
    assert {f"../bibliographie/#{s}" for s in ENTRIES["spl"]["sources"]} <= set(hrefs)


# --- panorama -----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_panorama_table_has_a_row_per_form(site, lang):
    table = article(built(site, lang, "panorama")).select_one("table.panorama-table")
    rows = table.select("tbody tr")
    assert [r["id"] for r in rows] == [f"form-{eid}" for eid in FORMS]
    for row, eid in zip(rows, FORMS):
        link = row.th.find("a")
        assert link["href"] == f"../glossaire/#{eid}"
        cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
        assert len(cells) == 5 and all(cells), (lang, eid)
        assert cells[3] == ENTRIES[eid]["scale"][lang]


@pytest.mark.parametrize("lang, initiator", [("fr", "Pouvoirs publics"), ("en", "Public authorities")])
def test_panorama_says_who_initiates_in_the_page_language(site, lang, initiator):
    row = article(built(site, lang, "panorama")).find(id="form-grappe-industrielle")
    assert row.find_all("td")[2].get_text(strip=True) == initiator
    assert row.find_all("td")[2]["data-label"] == ("Initiative" if lang == "fr" else "Initiated by")


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_runs_in_order_from_marshall_to_smart_specialisation(site, lang):
    items = article(built(site, lang, "panorama")).select("ol.timeline > li")
    years = [int(li.select_one(".timeline__year").get_text()) for li in items]
    assert years == sorted(years) and years[0] == 1890 and 2009 in years
    first = items[0]
    assert first.select_one(".timeline__term a")["href"] == "../glossaire/#external-economies"
    assert first.select_one("a.citation")["href"] == "../bibliographie/#marshall-1890"


# --- bibliography page -------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_bibliography_page_has_every_entry_with_its_anchor(site, lang):
    body = article(built(site, lang, "bibliographie"))
    anchored = [div["id"] for div in body.select("div.reference[id]")]
    assert sorted(anchored) == sorted(bibliography.load())


@pytest.mark.parametrize("lang, conventions", [
    ("fr", ["Dans F. Pyke", "(éds)", "(s.d.)"]), ("en", ["In F. Pyke", "(eds)", "(n.d.)"]),
])
def test_bibliography_follows_the_page_language(site, lang, conventions):
    text = article(built(site, lang, "bibliographie")).get_text(" ")
    for convention in conventions:
        assert convention in text, (lang, convention)


@pytest.mark.parametrize("lang", LANGS)
def test_bibliography_is_sorted_by_author(site, lang):
    refs = [div.p.get_text("", strip=True) for div in article(built(site, lang, "bibliographie")).select("div.reference")]
    assert refs == sorted(refs, key=glossary.sort_key)


@pytest.mark.parametrize("lang, label", [("fr", "Cité dans :"), ("en", "Cited in:")])
def test_each_reference_shows_the_pages_that_cite_it(site, lang, label):
    ref = article(built(site, lang, "bibliographie")).find(id="bencharif-2014")
    cited = ref.select_one("p.reference__cited")
    assert cited.get_text().startswith(label)
    assert "../introduction/" in [a["href"] for a in cited.find_all("a")]
    glossary_ref = article(built(site, lang, "bibliographie")).find(id="gerlach-1992")
    assert "../glossaire/" in [a["href"] for a in glossary_ref.select("p.reference__cited a")]


# --- tooltips and first mentions, on a page written for the test -------------------------------
FIXTURE = {
    "fr": """---
title: "Coin des formateurs"
---

Les SPL et les SYAL se ressemblent [@porter-1998]. Un SPL n'est pas un keiretsu, dit Porter [-@porter-1998].

## Les SPL en France {#spl-france}

Le code `SPL` reste tel quel. Les pôles de compétitivité puis un pôle de compétitivité.
Liens : [SYAL](glossaire.md#syal) et [Porter](bibliographie.md#porter-1998).
""",
    "en": """---
title: "Trainers' corner"
---

SPL and SYAL look alike [@porter-1998]. An SPL is not a keiretsu, says Porter [-@porter-1998].

## SPL in France {#spl-france}

The code `SPL` stays as it is. Competitiveness poles, then a competitiveness pole.
Links: [SYAL](glossaire.md#syal) and [Porter](bibliographie.md#porter-1998).
""",
}


def project_with_page(tmp_path: Path, pages: dict) -> Path:
    project = copy_project(tmp_path / "project")
    for lang, text in pages.items():
        (project / "docs" / lang / "formateurs.md").write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("tooltips")
    result = mkdocs_build(tmp / "site", project=project_with_page(tmp, FIXTURE))
    assert result.returncode == 0, result.stderr
    return tmp / "site"


@pytest.mark.parametrize("lang", LANGS)
def test_abbreviations_carry_the_definition_of_the_page_language(fixture_site, lang):
    body = article(built(fixture_site, lang, "formateurs"))
    expected = glossary.tooltip(ENTRIES["spl"], lang)
    other = glossary.tooltip(ENTRIES["spl"], "en" if lang == "fr" else "fr")
    abbrs = [a for a in body.find_all("abbr") if a.get_text() == "SPL"]
    assert abbrs and all(a["title"] == expected for a in abbrs)
    assert all(a.get("tabindex") == "0" for a in abbrs)          # reachable by keyboard and by tap
    assert other not in str(body)


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_mention_links_to_the_glossary(fixture_site, lang):
    body = article(built(fixture_site, lang, "formateurs"))
    links = body.select("a.glossary-link")
    targets = [a["href"] for a in links]
    assert targets[:3] == ["../glossaire/#spl", "../glossaire/#syal", "../glossaire/#keiretsu"]
    assert len(targets) == len(set(targets))                    # the first mention only
    assert links[0].get_text() == "SPL" and links[0]["title"] == glossary.tooltip(ENTRIES["spl"], lang)
    poles = [a for a in links if a["href"] == "../glossaire/#pole-competitivite"]
    assert len(poles) == 1 and poles[0].get_text().lower().startswith(("pôles", "competitiveness poles"))


@pytest.mark.parametrize("lang", LANGS)
def test_headings_and_code_are_left_alone(fixture_site, lang):
    body = article(built(fixture_site, lang, "formateurs"))
    heading = body.find(id="spl-france")
    assert heading.find("a", class_="glossary-link") is None and heading.find("abbr") is not None
    assert body.find("code").get_text() == "SPL" and body.find("code").find("abbr") is None


@pytest.mark.parametrize("lang, page_title", [
    ("fr", "Système productif local (SPL) : "), ("en", "Local productive system (SPL): "),
])
def test_the_real_pages_carry_tooltips_in_their_own_language(site, lang, page_title):
    abbrs = [a for p in ("introduction", "glossaire", "panorama") for a in article(built(site, lang, p)).find_all("abbr")
             if a.get_text() == "SPL"]
    assert abbrs and all(a["title"].startswith(page_title) for a in abbrs)


# --- citations ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_citations_link_to_the_bibliography_entry(fixture_site, lang):
    cites = article(built(fixture_site, lang, "formateurs")).select("a.citation")
    assert [(a.get_text(), a["href"]) for a in cites[:2]] == [
        ("Porter, 1998a", "../bibliographie/#porter-1998"), ("1998a", "../bibliographie/#porter-1998")]
    target = soup(built(fixture_site, lang, "bibliographie")).find(id="porter-1998")
    assert target is not None and "Clusters and the new economics of competition" in target.get_text()


def test_a_citation_to_an_unknown_id_stops_the_build(tmp_path):
    pages = {lang: text.replace("[@porter-1998]", "[@nobody-2099]") for lang, text in FIXTURE.items()}
    result = mkdocs_build(tmp_path / "site", project=project_with_page(tmp_path, pages))
    assert result.returncode != 0
    assert re.search(r"docs/fr/formateurs\.md:\d+: cites 'nobody-2099'", result.stderr), result.stderr


# --- MkDocs' own anchor validation sees the generated anchors ---------------------------------
@pytest.mark.parametrize("target", ["glossaire.md#no-such-term", "bibliographie.md#no-such-work"])
def test_a_link_to_a_missing_generated_anchor_stops_the_build(tmp_path, target):
    pages = {lang: text + f"\n[x]({target})\n" for lang, text in FIXTURE.items()}
    result = mkdocs_build(tmp_path / "site", project=project_with_page(tmp_path, pages))
    assert result.returncode != 0
    assert target.split("#")[1] in result.stderr and "formateurs.md" in result.stderr


# --- broken data: a message naming the file, entry and field, and nothing written ---------------
def _empty_french_definition(text: str) -> str:
    start = text.index("- id: chaebol")
    fr = text.index("    fr: >-", start)
    return text[:fr] + '    fr: ""\n' + text[text.index("    en: >-", fr):]


def _replace(old: str, new: str):
    def apply(text: str) -> str:
        assert text.count(old) == 1, old
        return text.replace(old, new)
    return apply


BREAKAGES = {
    "malformed YAML": (
        _replace('term: {fr: "Keiretsu", en: "Keiretsu"}', 'term: {fr: "Keiretsu", en: "Keiretsu"'),
        r"data/glossary\.yml:\d+: is not valid YAML"),
    "missing language": (
        _replace('term: {fr: "Chaebol", en: "Chaebol"}', 'term: {fr: "Chaebol"}'),
        r"data/glossary\.yml:\d+: entry 'chaebol' field 'term' has no 'en' text"),
    "duplicate id": (
        _replace("- id: chaebol\n", "- id: keiretsu\n"),
        r"data/glossary\.yml:\d+: entry 'keiretsu' field 'id' duplicates the id first used at line \d+"),
    "unknown related id": (
        _replace("see: [keiretsu, cluster]", "see: [keiretsu, zaibatsu]"),
        r"data/glossary\.yml:\d+: entry 'chaebol' field 'see' names an unknown glossary id 'zaibatsu'"),
    "unknown source id": (
        _replace("sources: [amsden-1989]", "sources: [amsden-1999]"),
        r"data/glossary\.yml:\d+: entry 'chaebol' field 'sources' names 'amsden-1999', "
        r"which is not in data/bibliography\.yml"),
    "empty definition": (
        _empty_french_definition,
        r"data/glossary\.yml:\d+: entry 'chaebol' field 'definition' is empty in 'fr'"),
}


@pytest.mark.parametrize("kind", list(BREAKAGES))
def test_broken_glossary_data_stops_the_build_before_anything_is_written(tmp_path, kind):
    project = copy_project(tmp_path / "project")
    breakage, message = BREAKAGES[kind]
    path = project / "data" / "glossary.yml"
    path.write_text(breakage(path.read_text(encoding="utf-8")), encoding="utf-8")
    dest = tmp_path / "site"
    dest.mkdir()
    (dest / "index.html").write_text("previous build", encoding="utf-8")
    result = mkdocs_build(dest, project=project)
    assert result.returncode != 0
    assert re.search(message, result.stderr), result.stderr
    # Stopped before MkDocs cleans the output folder: the previous build is untouched, nothing new.
    assert [p.relative_to(dest).as_posix() for p in dest.rglob("*")] == ["index.html"]
    assert (dest / "index.html").read_text(encoding="utf-8") == "previous build"
