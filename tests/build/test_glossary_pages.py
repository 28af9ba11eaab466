"""The generated glossary, panorama and bibliography pages; tooltips and first-mention links in the
page's language; citations; anchor checks; and broken data that stops the build before it writes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import course
from conftest import copy_project, mkdocs_build
from course_engine import frontmatter
from course_engine.citations.data import cited
from course_engine.glossary.data import KINDS, aliases, heading, sort_key
from course_engine.site import relative_link
from htmlpages import article, soup
from pages import definitions, every_text, link, matches, meta, plain, tooltip, trainers_page

ENTRIES = course.glossary()
BIBLIOGRAPHY = course.bibliography()
FORMS = [e["id"] for e in ENTRIES.values() if e["kind"] == "form"]
LANGS = course.LANGS
GLOSSARY, PANORAMA, BIB = course.GLOSSARY_PAGE, course.PANORAMA_PAGE, course.BIBLIOGRAPHY_PAGE
DATA = course.config().plugins["course-glossary"].config.file   # data/glossary.yml


def built(site: Path, lang: str, page: str) -> Path:
    return course.built(site, lang, page)


def words(lang: str) -> dict:
    return course.words()[lang]


def facts(site: Path, lang: str, eid: str):
    return article(built(site, lang, GLOSSARY)).find(id=eid).find_next_sibling("p", class_="glossary-facts")


# --- glossary page ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_glossary_page_shows_every_form_of_the_deck(site, lang):
    body = article(built(site, lang, GLOSSARY))
    assert len(FORMS) == 16
    for eid in FORMS:
        title = body.find(id=eid)
        assert title is not None and title.name == "h3", (lang, eid)
        assert plain(title.get_text(" ", strip=True)).startswith(plain(ENTRIES[eid]["term"][lang].split(" (")[0])), (lang, eid)
        definition = title.find_next_sibling("p", class_=lambda c: not c)
        assert plain(definition.get_text()).split()[:4] == plain(ENTRIES[eid]["definition"][lang]).split()[:4], (lang, eid)


def test_glossary_anchors_are_the_same_in_every_language(site):
    ids = {lang: {h["id"] for h in article(built(site, lang, GLOSSARY)).select("h3[id]")} for lang in LANGS}
    assert all(found == set(ENTRIES.entries) for found in ids.values()), ids


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_entries_are_grouped_by_kind_and_sorted_in_the_page_language(site, lang):
    body = article(built(site, lang, GLOSSARY))
    kinds = [h["id"] for h in body.select("h2[id]")]
    assert kinds == [f"kind-{k}" for k in KINDS]
    for h2 in body.select("h2[id]"):
        titles = []
        for sibling in h2.find_next_siblings():
            if sibling.name == "h2":
                break
            if sibling.name == "h3":
                titles.append(sibling.get_text("", strip=True).rstrip("#"))
        assert titles == sorted(titles, key=sort_key), (lang, h2["id"])


def test_the_languages_sort_differently(site):
    order = {lang: [h["id"] for h in article(built(site, lang, GLOSSARY)).select("h3[id]")] for lang in LANGS}
    # "Pôle de compétitivité" sorts under P in French, its English name under C: each language
    # puts the two entries where their names in that language sort.
    pair = ("pole-competitivite", "industrial-district")
    for lang in LANGS:
        before = sort_key(heading(ENTRIES[pair[0]], lang)) < sort_key(heading(ENTRIES[pair[1]], lang))
        assert (order[lang].index(pair[0]) < order[lang].index(pair[1])) == before, lang
    assert len({tuple(o) for o in order.values()}) > 1, "every language has the same order"


# Native names, by entry id (as written in the data), in the script and language they are written in.
NATIVE = {"keiretsu": ("系列", "ja"), "chaebol": ("재벌", "ko"), "apl": ("Arranjo Produtivo Local", "pt"),
          "kompetenznetze": ("Kompetenznetze", "de")}


@pytest.mark.parametrize("eid", list(NATIVE))
@pytest.mark.parametrize("lang", LANGS)
def test_native_names_are_shown_with_their_language(site, lang, eid):
    text, code = NATIVE[eid]
    assert code != lang, "a native name in the page's own language is not shown: pick another entry"
    native = facts(site, lang, eid).find("span", lang=code)
    assert native is not None and native.get_text() == text
    assert f"({words(lang)['languages'][code]})" in facts(site, lang, eid).get_text(), (lang, eid)


# Countries (as codes of data/strings) and date of an entry, by entry id.
COUNTRY_AND_DATE = {"keiretsu": ("JP", "1945")}


@pytest.mark.parametrize("eid", list(COUNTRY_AND_DATE))
@pytest.mark.parametrize("lang", LANGS)
def test_country_and_date_are_rendered_in_the_page_language(site, lang, eid):
    country, year = COUNTRY_AND_DATE[eid]
    text = plain(facts(site, lang, eid).get_text())
    assert plain(words(lang)["countries"][country]) in text and year in text, text


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_entries_link_to_related_entries_and_sources(site, lang):
    links = article(built(site, lang, GLOSSARY)).find(id="spl").find_next_sibling("p", class_="glossary-links")
    hrefs = [a["href"] for a in links.find_all("a")]
    assert {link(lang, GLOSSARY, GLOSSARY) + f"#{i}" for i in ENTRIES["spl"]["see"]} <= set(hrefs)
    assert {link(lang, GLOSSARY, BIB) + f"#{s}" for s in ENTRIES["spl"]["sources"]} <= set(hrefs)


# --- panorama -----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_panorama_table_has_a_row_per_form(site, lang):
    table = article(built(site, lang, PANORAMA)).select_one("table.panorama-table")
    rows = table.select("tbody tr")
    assert [r["id"] for r in rows] == [f"form-{eid}" for eid in FORMS]
    for row, eid in zip(rows, FORMS):
        entry_link = row.th.find("a")
        assert entry_link["href"] == link(lang, PANORAMA, GLOSSARY) + f"#{eid}"
        cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
        assert len(cells) == 5 and all(cells), (lang, eid)
        assert plain(cells[3]) == plain(ENTRIES[eid]["scale"][lang])


# Who initiates a form, by entry id (the keys of data/strings' panorama.initiators).
INITIATOR = {"grappe-industrielle": "public"}


@pytest.mark.parametrize("eid", list(INITIATOR))
@pytest.mark.parametrize("lang", LANGS)
def test_panorama_says_who_initiates_in_the_page_language(site, lang, eid):
    w = words(lang)["panorama"]
    cell = article(built(site, lang, PANORAMA)).find(id=f"form-{eid}").find_all("td")[2]
    assert plain(cell.get_text(strip=True)) == plain(w["initiators"][INITIATOR[eid]])
    # The label a phone shows before the cell: "Initiative :", "Initiated by:".
    assert plain(cell["data-label"]) == plain(w["columns"][3] + words(lang)["typography"]["colon"])


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_runs_in_order_from_marshall_to_smart_specialisation(site, lang):
    items = article(built(site, lang, PANORAMA)).select("ol.timeline > li")
    years = [int(li.select_one(".timeline__year").get_text()) for li in items]
    assert years == sorted(years) and years[0] == 1890 and 2009 in years
    first = items[0]
    assert first.select_one(".timeline__term a")["href"] == link(lang, PANORAMA, GLOSSARY) + "#external-economies"
    assert first.select_one("a.citation")["href"] == link(lang, PANORAMA, BIB) + "#marshall-1890"


# --- bibliography page -------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_bibliography_page_has_every_entry_with_its_anchor(site, lang):
    body = article(built(site, lang, BIB))
    anchored = [div["id"] for div in body.select("div.reference[id]")]
    assert sorted(anchored) == sorted(BIBLIOGRAPHY.entries)


@pytest.mark.parametrize("lang", LANGS)
def test_bibliography_follows_the_page_language(site, lang):
    w = words(lang)
    # An edited book (Pyke and others, eds) and an undated work, in the page's conventions.
    conventions = [f"{w['bibliography']['in']} F. Pyke", f"({w['bibliography']['eds']})",
                   f"({w['typography']['no_date']})"]
    text = plain(article(built(site, lang, BIB)).get_text(" "))
    for convention in conventions:
        assert plain(convention) in text, (lang, convention)


@pytest.mark.parametrize("lang", LANGS)
def test_bibliography_is_sorted_by_author(site, lang):
    # As the source writes the names (English curly quotes aside: "L’Usine" sorts as "L'Usine").
    refs = [plain(div.p.get_text("", strip=True)) for div in article(built(site, lang, BIB)).select("div.reference")]
    assert refs == sorted(refs, key=sort_key)


def citing(lang: str, eid: str) -> list[str]:
    """The nav pages of a language whose Markdown cites a bibliography entry."""
    return [p for p in course.NAV if p != BIB
            and eid in {i for _, i in cited(frontmatter.read(course.DOCS / lang / p).body)}]


@pytest.mark.parametrize("lang", LANGS)
def test_each_reference_shows_the_pages_that_cite_it(site, lang):
    body = article(built(site, lang, BIB))
    cited_in = body.find(id="bencharif-2014").select_one("p.reference__cited")
    assert plain(cited_in.get_text()).startswith(plain(words(lang)["bibliography"]["cited_in"]))
    pages = citing(lang, "bencharif-2014")
    assert pages, "no page cites bencharif-2014: nothing to check"
    assert {link(lang, BIB, p) for p in pages} <= {a["href"] for a in cited_in.find_all("a")}
    # The glossary cites its sources through the data.
    glossary_ref = body.find(id="gerlach-1992")
    assert link(lang, BIB, GLOSSARY) in [a["href"] for a in glossary_ref.select("p.reference__cited a")]


# --- tooltips and first mentions, on a page written for the test -------------------------------
PAGE = trainers_page()   # a page of the nav that the test's page replaces in every language
POLES = "pole-competitivite"   # an entry named by aliases: its first mention is linked, not the next


def fixture_page(lang: str) -> str:
    """A page in a language, made of the glossary's words for it: two abbreviations and a foreign
    term, citations, a heading and code that name an abbreviation, two aliases of an entry, links."""
    spl, syal = (ENTRIES[e]["abbr"][lang] for e in ("spl", "syal"))
    keiretsu = matches("keiretsu", lang)[0]
    plural, singular = aliases(ENTRIES[POLES], lang)[:2]
    front = meta(lang, PAGE)
    return f"""---
{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---

{spl}, {syal} [@porter-1998]. {spl}, {keiretsu}, Porter [-@porter-1998].

## {spl} {{#spl-france}}

`{spl}`. {plural[:1].upper() + plural[1:]}, {singular}.
[{syal}]({relative_link(GLOSSARY, PAGE)}#syal), [Porter]({relative_link(BIB, PAGE)}#porter-1998).
"""


def project_with_page(tmp_path: Path, pages: dict) -> Path:
    """The project with PAGE replaced in each language; the sections other pages link to are kept
    (as empty headings), so that the strict build finds every anchor."""
    project = copy_project(tmp_path / "project")
    for lang, text in pages.items():
        linked = sorted({m for p in (project / "docs" / lang).glob("*.md") if p.name != PAGE
                         for m in re.findall(rf"\]\({re.escape(PAGE)}#([\w-]+)\)", p.read_text(encoding="utf-8"))})
        text += "".join(f"\n## {anchor} {{#{anchor}}}\n" for anchor in linked)
        (project / "docs" / lang / PAGE).write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("tooltips")
    result = mkdocs_build(tmp / "site", project=project_with_page(tmp, {l: fixture_page(l) for l in LANGS}))
    assert result.returncode == 0, result.stderr
    return tmp / "site"


def texts(html) -> list[str]:
    """A page's text (the definitions it carries included) and every title of it, typography aside."""
    return [plain(every_text(html))] + [plain(t["title"]) for t in html.find_all(title=True)]


@pytest.mark.parametrize("lang", LANGS)
def test_abbreviations_carry_the_definition_of_the_page_language(fixture_site, lang):
    html = soup(built(fixture_site, lang, PAGE))
    spl = ENTRIES["spl"]["abbr"][lang]
    abbrs = [a for a in article(built(fixture_site, lang, PAGE)).find_all("abbr") if a.get_text() == spl]
    assert abbrs and all(a.get("data-glossary") == "spl" for a in abbrs)
    assert all(a.get("tabindex") == "0" for a in abbrs)          # reachable by keyboard and by tap
    assert plain(definitions(html)["spl"]) == plain(tooltip("spl", lang))   # what the popup shows
    for other in LANGS:
        if plain(tooltip("spl", other)) != plain(tooltip("spl", lang)):
            assert not [t for t in texts(html) if plain(tooltip("spl", other)) in t], other


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_mention_links_to_the_glossary(fixture_site, lang):
    body = article(built(fixture_site, lang, PAGE))
    links = body.select("a.glossary-link")
    targets = [a["href"] for a in links]
    glossary = link(lang, PAGE, GLOSSARY)
    assert targets[:3] == [f"{glossary}#spl", f"{glossary}#syal", f"{glossary}#keiretsu"]
    assert len(targets) == len(set(targets))                    # the first mention only
    assert links[0].get_text() == ENTRIES["spl"]["abbr"][lang] and links[0]["data-glossary"] == "spl"
    assert plain(definitions(soup(built(fixture_site, lang, PAGE)))["spl"]) == plain(tooltip("spl", lang))
    poles = [a for a in links if a["href"] == f"{glossary}#{POLES}"]
    assert len(poles) == 1 and plain(poles[0].get_text()).lower() == aliases(ENTRIES[POLES], lang)[0].lower()


@pytest.mark.parametrize("lang", LANGS)
def test_headings_and_code_are_left_alone(fixture_site, lang):
    body = article(built(fixture_site, lang, PAGE))
    spl = ENTRIES["spl"]["abbr"][lang]
    title = body.find(id="spl-france")
    assert title.find("a", class_="glossary-link") is None and title.find("abbr") is not None
    assert body.find("code").get_text() == spl and body.find("code").find("abbr") is None


@pytest.mark.parametrize("lang", LANGS)
def test_the_real_pages_carry_tooltips_in_their_own_language(site, lang):
    # "Système productif local (SPL) : …", "Local productive system (SPL): …"
    start = plain(heading(ENTRIES["spl"], lang) + words(lang)["typography"]["colon"] + " ")
    spl = ENTRIES["spl"]["abbr"][lang]
    naming = [p for p in [*course.chapters(), GLOSSARY, PANORAMA]
              if [a for a in article(built(site, lang, p)).find_all("abbr") if a.get_text() == spl]]
    assert naming, f"no page marks {spl}"
    for page in naming:
        assert plain(definitions(soup(built(site, lang, page)))["spl"]).startswith(start), page


@pytest.mark.parametrize("lang", LANGS)
def test_each_page_carries_the_definitions_of_the_terms_it_names_once(site, lang):
    more = words(lang)["glossary"]["open_entry"]
    for page in course.NAV:
        html = soup(built(site, lang, page))
        named = {el["data-glossary"] for el in article(built(site, lang, page)).select("[data-glossary]")}
        carried = definitions(html)           # (an entry carried twice fails there)
        assert set(carried) == named, (page, sorted(set(carried) ^ named))
        assert set(carried) <= set(ENTRIES.entries), page
        for template in html.select("template.glossary-definitions"):
            assert plain(template["data-more"]) == plain(more), page   # the popup's link to the entry


# --- citations ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_citations_link_to_the_bibliography_entry(fixture_site, lang):
    body = article(built(fixture_site, lang, PAGE))
    cites = body.select("a.citation")
    entry, target = BIBLIOGRAPHY["porter-1998"], link(lang, PAGE, BIB) + "#porter-1998"
    assert [(plain(a.get_text()), a["href"]) for a in cites[:2]] == [   # "Porter, 1998a", then "1998a"
        (plain(BIBLIOGRAPHY.label(entry, lang, words(lang))), target), (BIBLIOGRAPHY.year(entry, words(lang)), target)]
    # Rendered as "(<a class=citation>…</a>)" inside one span per citation.
    assert [plain(s.get_text()) for s in body.select("span.citations")][:2] == [
        f"({plain(a.get_text())})" for a in cites[:2]]
    reference = soup(built(fixture_site, lang, BIB)).find(id="porter-1998")
    assert reference is not None and plain(entry["title"]) in plain(reference.get_text())


def test_a_citation_to_an_unknown_id_stops_the_build(tmp_path):
    pages = {lang: fixture_page(lang).replace("[@porter-1998]", "[@nobody-2099]") for lang in LANGS}
    result = mkdocs_build(tmp_path / "site", project=project_with_page(tmp_path, pages))
    assert result.returncode != 0
    for lang in LANGS:   # every page that cites it, in one message
        assert re.search(rf"docs/{lang}/{re.escape(PAGE)}:\d+: cites 'nobody-2099'", result.stderr), result.stderr


# --- MkDocs' own anchor validation sees the generated anchors ---------------------------------
@pytest.mark.parametrize("target", [f"{GLOSSARY}#no-such-term", f"{BIB}#no-such-work"])
def test_a_link_to_a_missing_generated_anchor_stops_the_build(tmp_path, target):
    pages = {lang: fixture_page(lang) + f"\n[x]({relative_link(target, PAGE)})\n" for lang in LANGS}
    result = mkdocs_build(tmp_path / "site", project=project_with_page(tmp_path, pages))
    assert result.returncode != 0
    assert target.split("#")[1] in result.stderr and PAGE in result.stderr


# --- broken data: a message naming the file, entry and field, and nothing written ---------------
def _term_line(entry: str, languages=LANGS) -> str:
    """An entry's term as data/glossary.yml writes it on one line: {fr: "x", en: "x", …}."""
    term = ENTRIES[entry]["term"]
    return "term: {" + ", ".join(f'{lang}: "{term[lang]}"' for lang in languages) + "}"


def _empty_definition(lang: str):
    """The chaebol entry's definition, emptied in one language."""
    def apply(text: str) -> str:
        start = text.index("- id: chaebol")
        block = text.index(f"    {lang}: >-", start)
        after = [text.find(f"    {other}: >-", block + 1) for other in LANGS if other != lang]
        end = min(i for i in after if i > block)
        return text[:block] + f'    {lang}: ""\n' + text[end:]
    return apply


def _replace(old: str, new: str):
    def apply(text: str) -> str:
        assert text.count(old) == 1, old
        return text.replace(old, new)
    return apply


LAST = LANGS[-1]
FILE = re.escape(DATA)
BREAKAGES = {
    "malformed YAML": (
        _replace(_term_line("keiretsu"), _term_line("keiretsu")[:-1]),
        rf"{FILE}:\d+: is not valid YAML"),
    "missing language": (
        _replace(_term_line("chaebol"), _term_line("chaebol", [lang for lang in LANGS if lang != LAST])),
        rf"{FILE}:\d+: entry 'chaebol' field 'term' has no '{LAST}' text"),
    "duplicate id": (
        _replace("- id: chaebol\n", "- id: keiretsu\n"),
        rf"{FILE}:\d+: entry 'keiretsu' field 'id' duplicates the id first used at line \d+"),
    "unknown related id": (
        _replace("see: [keiretsu, cluster]", "see: [keiretsu, zaibatsu]"),
        rf"{FILE}:\d+: entry 'chaebol' field 'see' names an unknown glossary id 'zaibatsu'"),
    "unknown source id": (
        _replace("sources: [amsden-1989]", "sources: [amsden-1999]"),
        rf"{FILE}:\d+: entry 'chaebol' field 'sources' names 'amsden-1999', "
        r"which is not in the bibliography"),
    "empty definition": (
        _empty_definition(course.DEFAULT),
        rf"{FILE}:\d+: entry 'chaebol' field 'definition' is empty in '{course.DEFAULT}'"),
}


@pytest.mark.parametrize("kind", list(BREAKAGES))
def test_broken_glossary_data_stops_the_build_before_anything_is_written(tmp_path, kind):
    project = copy_project(tmp_path / "project")
    breakage, message = BREAKAGES[kind]
    path = project / DATA
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
