"""The workshop PDFs, one per language, as scripts/build makes them, read back with pypdf.

Generic on purpose: the chapters, their titles and the nav come from mkdocs.yml and the build,
so the tests keep holding while the content is being written."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

import course
from workshop_build import built_page, downloads, page_title

pytestmark = pytest.mark.pdf

MAX_BYTES = 3 * 1024 * 1024
APPENDICES = (course.GLOSSARY_PAGE, course.BIBLIOGRAPHY_PAGE)   # last, in this order
# A contents line: "La notion de cluster ........ 9" (leader dots, then the page number).
CONTENTS_LINE = re.compile(r"^(?P<title>.+?)\s*\.{3,}\s*(?P<page>\d+)$")
# Native names in the CJK scripts that the glossary gives (entry id: name).
CJK = {"keiretsu": "系列", "chaebol": "재벌"}


def squash(text: str) -> str:
    """Letters and digits only, lower case: survives line breaks and hyphenation in the PDF."""
    return re.sub(r"[\W_]+", "", text).lower()


@pytest.fixture(scope="session", params=course.LANGS)
def pdf(request, built):
    """One language's PDF, its text page by page, and what the built site says it must hold."""
    lang = request.param
    path = built / "downloads" / downloads(lang)["pdf"]
    reader = PdfReader(path)
    texts = [page.extract_text() for page in reader.pages]
    pages = [p for p in course.NAV if course.url(lang, p) != course.prefix(lang)]  # not the home page
    order = [p for p in pages if p not in APPENDICES] + [p for p in APPENDICES if p in pages]
    others = [other for other in course.LANGS if other != lang]
    return SimpleNamespace(
        lang=lang, path=path, reader=reader, texts=texts, all=squash("".join(texts)),
        order=order, titles={p: page_title(built, lang, p) for p in order},
        other_titles={other: {p: page_title(built, other, p) for p in order} for other in others},
        pages={p: built_page(built, lang, p) for p in order}, words=course.words()[lang],
    )


def contents(pdf) -> list[tuple[str, int]]:
    """(entry, page number) pairs read from the contents page, the page after the cover."""
    entries, pending = [], ""
    for line in pdf.texts[1].splitlines()[1:]:
        pending = f"{pending} {line}".strip()
        match = CONTENTS_LINE.match(pending)
        if match:
            entries.append((" ".join(match["title"].split()), int(match["page"])))
            pending = ""
    return entries


def starts_with(text: str, heading: str) -> bool:
    return squash(text).startswith(squash(heading))


def test_size_within_budget(pdf):
    assert pdf.path.stat().st_size <= MAX_BYTES


def test_document_language_and_title(pdf):
    assert pdf.reader.trailer["/Root"]["/Lang"] == pdf.lang
    assert pdf.reader.metadata.title
    assert squash(pdf.reader.metadata.title) in squash(pdf.texts[0])  # the cover shows the title


def test_contents_lists_every_page_in_nav_order_with_appendices_last(pdf):
    entries = [title for title, _ in contents(pdf)]
    assert len(entries) == len(pdf.order), entries
    letters = iter("ABCDEFGHIJ")
    for entry, page in zip(entries, pdf.order):
        assert squash(entry).endswith(squash(pdf.titles[page])), (entry, pdf.titles[page])
        if page in APPENDICES:   # "Annexe A — Glossaire", in the words of the PDF's language
            heading = pdf.words["pdf"]["appendix"].format(letter=next(letters), title=pdf.titles[page])
            assert squash(entry) == squash(heading), (entry, heading)
    assert set(APPENDICES) <= set(pdf.order)


def test_each_listed_page_number_is_where_that_part_starts(pdf):
    total = len(pdf.texts)
    outline = {squash(item.title): pdf.reader.get_destination_page_number(item)
               for item in pdf.reader.outline if not isinstance(item, list)}
    for entry, number in contents(pdf):
        start = pdf.texts[number - 1]
        assert starts_with(start, entry), f"page {number} does not open with {entry!r}"
        assert not starts_with(pdf.texts[number - 2], entry), f"{entry!r} already starts before page {number}"
        assert f"page {number} / {total}" in start  # the printed footer agrees
        assert outline[squash(entry)] == number - 1  # and so does the PDF's own outline


def test_text_is_in_its_own_language(pdf):
    entries = {squash(title) for title, _ in contents(pdf)}
    for page in pdf.order:
        own = squash(pdf.titles[page])
        assert any(entry.endswith(own) for entry in entries), pdf.titles[page]
        for titles in pdf.other_titles.values():
            if squash(titles[page]) != own:
                assert not any(entry.endswith(squash(titles[page])) for entry in entries), titles[page]
                assert not any(starts_with(text, titles[page]) for text in pdf.texts), titles[page]


def test_every_page_is_printed(pdf):
    for page in pdf.order:
        article = pdf.pages[page].select_one("article")
        for paragraph in article.find_all("p"):
            if paragraph.find_parent(class_="trainer") is None and len(squash(paragraph.get_text())) > 20:
                assert squash(paragraph.get_text())[:80] in pdf.all, f"{page}: {paragraph.get_text()[:80]!r}"
                break


def test_self_check_answers_are_printed(pdf):
    for page in pdf.order:
        for question in pdf.pages[page].select("details.question"):
            summary = question.find("summary")
            answer = question.get_text(" ", strip=True).removeprefix(summary.get_text(" ", strip=True))
            assert squash(summary.get_text())[:60] in pdf.all
            assert squash(answer)[:80] in pdf.all, f"{page}: answer to {summary.get_text()!r} missing"


def test_no_trainer_note_is_printed(pdf):
    notes = [note for page in pdf.order for note in pdf.pages[page].select(".trainer")]
    assert notes, "the chapters hold no trainer note: nothing to check"
    for note in notes:
        title = note.find(["summary", "p"])
        body = note.get_text(" ", strip=True).removeprefix(title.get_text(" ", strip=True))
        assert squash(title.get_text()) not in pdf.all, title.get_text()
        assert squash(body)[:60] not in pdf.all, body[:60]


def test_no_screen_furniture(pdf):
    lines = [line.strip() for text in pdf.texts for line in text.splitlines()]
    assert not [line for line in lines if line.endswith("#")]  # permalink anchors of headings


def _resources(reader):
    """Every resource dictionary of the document, including those of form XObjects (figures)."""
    seen, stack = set(), [page.get("/Resources") for page in reader.pages]
    while stack:
        res = stack.pop()
        if isinstance(res, IndirectObject):
            if res.idnum in seen:
                continue
            seen.add(res.idnum)
        res = res.get_object() if res is not None else None
        if not res:
            continue
        yield res
        for xobject in (res.get("/XObject") or {}).values():
            stack.append(xobject.get_object().get("/Resources"))


def _fonts(reader):
    for res in _resources(reader):
        for font in (res.get("/Font") or {}).values():
            font = font.get_object()
            for face in font.get("/DescendantFonts") or [font]:
                yield face.get_object()


def test_fonts_are_embedded(pdf):
    fonts = list(_fonts(pdf.reader))
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]


def test_cjk_text_has_a_cjk_font(pdf):
    text = "".join(pdf.texts)
    # the glossary gives keiretsu (系列) and chaebol (재벌) in their own scripts
    assert all(name in text for name in CJK.values()), CJK
    assert any("CJK" in str(font["/BaseFont"]) for font in _fonts(pdf.reader))


def test_figures_are_vectors(pdf):
    for res in _resources(pdf.reader):
        for xobject in (res.get("/XObject") or {}).values():
            assert xobject.get_object().get("/Subtype") != "/Image", "a raster image in the PDF"


def _annotations(reader):
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            yield number, annotation.get_object()


def test_links_inside_the_pdf_land_somewhere(pdf):
    names = pdf.reader.named_destinations
    internal = [a["/Dest"] for _, a in _annotations(pdf.reader) if "/Dest" in a]
    assert internal, "no link inside the PDF"
    dangling = sorted({str(dest) for dest in internal if str(dest) not in names})
    assert not dangling
    # the contents page links to every part it lists
    on_contents = {str(a["/Dest"]) for number, a in _annotations(pdf.reader) if number == 1 and "/Dest" in a}
    assert len(on_contents) == len(pdf.order)


def test_external_addresses_are_printed(pdf):
    uris = [a["/A"]["/URI"] for _, a in _annotations(pdf.reader)
            if "/A" in a and str(a["/A"].get("/URI", "")).startswith("http")]
    assert uris  # the cover shows the site's address, at least
    for uri in uris:
        assert squash(uri) in pdf.all, uri
