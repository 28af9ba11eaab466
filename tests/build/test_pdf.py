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
import pdftext
from workshop_build import built_page, downloads, page_title

pytestmark = pytest.mark.pdf

MAX_BYTES = 3 * 1024 * 1024
APPENDICES = (course.GLOSSARY_PAGE, course.BIBLIOGRAPHY_PAGE)   # last, in this order
# A contents line: "La notion de cluster ........ 9" (leader dots, then the page number); right to
# left, pdftotext reads the number before the dots.
CONTENTS_LINE = re.compile(r"^(?P<title>.+?)\s*(?:\.{3,}\s*(?P<page>\d+)|(?P<before>\d+)\s*\.{3,})$")
# Native names in the CJK scripts that the glossary gives (entry id: name).
CJK = {"keiretsu": "系列", "chaebol": "재벌"}


squash = pdftext.squash


EDITIONS = {"pdf": False, "pdf-trainer": True}   # download kind -> with the trainer's material


@pytest.fixture(scope="session", params=[(lang, kind) for lang in course.LANGS for kind in EDITIONS],
                ids=lambda param: "-".join(param))
def pdf(request, built):
    """One edition of one language's PDF, its text page by page, and what the built site says it
    must hold: the trainee edition leaves out the trainers' corner and gathers the answers in an
    appendix; the trainer edition holds everything."""
    lang, kind = request.param
    trainer = EDITIONS[kind]
    path = built / "downloads" / downloads(lang)[kind]
    reader = PdfReader(path)
    texts = pdftext.pages(path)
    pages = [p for p in course.NAV if course.url(lang, p) != course.prefix(lang)  # not the home page
             and (trainer or not course.for_trainers(p))]
    order = [p for p in pages if p not in APPENDICES] + [p for p in APPENDICES if p in pages]
    others = [other for other in course.LANGS if other != lang]
    words = course.words()[lang]
    return SimpleNamespace(
        lang=lang, rtl=course.language(lang).direction == "rtl", trainer=trainer, site=built, path=path, reader=reader, texts=texts, all=squash("".join(texts)),
        order=order, titles={p: page_title(built, lang, p) for p in order},
        other_titles={other: {p: page_title(built, other, p) for p in order} for other in others},
        pages={p: built_page(built, lang, p) for p in order}, words=words,
        # the appendices as printed: the trainee edition's answers last (A and B alike in both editions)
        appendices=[page_title(built, lang, p) for p in APPENDICES] + ([] if trainer else [words["pdf"]["answers"]]),
    )


def contents(pdf) -> list[tuple[str, int]]:
    """(entry, page number) pairs read from the contents page, the page after the cover."""
    entries, pending = [], ""
    lines = pdf.texts[1].splitlines()
    heading = next(i for i, line in enumerate(lines) if squash(line) == squash(pdf.words["pdf"]["contents"]))
    for line in lines[heading + 1:]:
        pending = f"{pending} {line}".strip()
        match = CONTENTS_LINE.match(pending)
        if match:
            entries.append((" ".join(match["title"].split()), int(match["page"] or match["before"])))
            pending = ""
    return entries


def starts_with(text: str, heading: str, running: str = "") -> bool:
    """Whether a page opens with the heading (after the running header `running`, if any)."""
    return squash(text).removeprefix(squash(running)).startswith(squash(heading))


def test_size_within_budget(pdf):
    assert pdf.path.stat().st_size <= MAX_BYTES


def test_document_language_and_title(pdf):
    assert pdf.reader.trailer["/Root"]["/Lang"] == pdf.lang
    assert pdf.reader.metadata.title
    cover = squash(pdf.texts[0])   # the cover shows the title, and the edition
    assert squash(course.language(pdf.lang).site_name) in cover
    assert squash(pdf.reader.metadata.title).startswith(squash(course.language(pdf.lang).site_name))
    assert (squash(pdf.words["pdf"]["trainer_edition"]) in cover) == pdf.trainer
    assert (squash(pdf.words["pdf"]["trainer_edition"]) in squash(pdf.reader.metadata.title)) == pdf.trainer


def test_contents_lists_every_page_in_nav_order_with_appendices_last(pdf):
    entries = [title for title, _ in contents(pdf)]
    chapters = [p for p in pdf.order if p not in APPENDICES]
    assert len(entries) == len(chapters) + len(pdf.appendices), entries
    for entry, page in zip(entries, chapters):
        assert squash(entry) == squash(pdf.titles[page]), (entry, pdf.titles[page])
    for entry, letter, title in zip(entries[len(chapters):], pdf.words["pdf"]["appendix_letters"].split(), pdf.appendices):
        # "Annexe A — Corrigés", in the words of the PDF's language
        heading = pdf.words["pdf"]["appendix"].format(letter=letter, title=title)
        assert squash(entry) == squash(heading), (entry, heading)
    assert set(APPENDICES) <= set(pdf.order)
    assert pdf.trainer == any(course.for_trainers(p) for p in pdf.order)  # the trainers' corner


def test_each_listed_page_number_is_where_that_part_starts(pdf):
    outline = {squash(item.title): pdf.reader.get_destination_page_number(item)
               for item in pdf.reader.outline if not isinstance(item, list)}
    for entry, number in contents(pdf):
        start = pdf.texts[number - 1]
        header = pdf.words["pdf"]["trainer_edition"] if pdf.trainer else ""
        assert starts_with(start, entry, header), f"page {number} does not open with {entry!r}"
        assert not starts_with(pdf.texts[number - 2], entry, header), f"{entry!r} already starts before page {number}"
        assert re.search(rf"\b{pdf.words['pdf']['page']} {number}\b", start)  # the printed footer agrees
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
            if (paragraph.find_parent(class_="trainer") is None and "screen-only" not in paragraph.get("class", [])
                    and len(squash(paragraph.get_text())) > 20):
                assert pdftext.printed(paragraph.get_text(), pdf.all, pdf.rtl, 80), f"{page}: {paragraph.get_text()[:80]!r}"
                break


def test_self_check_answers_are_printed(pdf):
    """Under their questions in the trainer edition; in the trainee edition only in the answers
    appendix, after every chapter, so that a printout does not give them away."""
    appendix = answers_page(pdf)
    asked = 0
    for page in pdf.order:
        for question in pdf.pages[page].select(".admonition.question"):
            answer = question.select_one("details.answer")
            summary = answer.find("summary")
            body = answer.get_text(" ", strip=True).removeprefix(summary.get_text(" ", strip=True))
            title = question.select_one(".admonition-title").get_text()
            # (an answer may run over a page break: each page is read with the one before)
            found = [n for n, text in enumerate(pdf.texts, start=1)
                     if pdftext.printed(body, squash((pdf.texts[n - 2] if n > 1 else "") + text), pdf.rtl, 80)]
            assert found, f"{page}: the answer to {title!r} is not printed"
            if pdf.trainer:
                assert any(pdftext.printed(title, squash(pdf.texts[max(n - 2, 0)] + pdf.texts[n - 1]), pdf.rtl)
                           for n in found), title
            else:
                assert appendix and min(found) >= appendix, f"{page}: the answer to {title!r} is printed before the answers"
            asked += 1
    assert asked >= 10


def answers_page(pdf) -> int:
    """Where the answers are: the trainee edition's last appendix; the trainer edition has none
    (then the page after the last one)."""
    if pdf.trainer:
        return len(pdf.texts) + 1
    letter = pdf.words["pdf"]["appendix_letters"].split()[len(pdf.appendices) - 1]
    heading = pdf.words["pdf"]["appendix"].format(letter=letter, title=pdf.appendices[-1])
    return {squash(title): number for title, number in contents(pdf)}[squash(heading)]


def test_trainer_notes_only_in_the_trainer_edition(pdf):
    notes = [note for page in course.NAV if course.url(pdf.lang, page) != course.prefix(pdf.lang)
             for note in built_page(pdf.site, pdf.lang, page).select(".trainer")]
    assert notes, "the pages hold no trainer note: nothing to check"
    for note in notes:
        title = note.find(["summary", "p"])
        body = note.get_text(" ", strip=True).removeprefix(title.get_text(" ", strip=True))
        assert pdftext.printed(title.get_text(), pdf.all, pdf.rtl) == pdf.trainer, title.get_text()
        assert pdftext.printed(body, pdf.all, pdf.rtl, 60) == pdf.trainer, body


def test_trainer_edition_says_so_on_every_page(pdf):
    label = squash(pdf.words["pdf"]["trainer_edition"])
    marked = [label in squash(text) for text in pdf.texts[1:]]   # the cover says it in its own words
    if pdf.trainer:   # the running header
        assert all(marked)
    else:             # only where the text speaks of it (the about page lists the editions)
        assert sum(marked) <= len(marked) // 10, sum(marked)


def test_answer_references_give_the_right_page(pdf):
    """"Réponse : voir p. 52" under a question: page 52, in the answers appendix, holds answers.
    The trainer edition, with each answer under its question, has no such reference."""
    appendix = answers_page(pdf)
    titles = [squash(q.select_one(".admonition-title").get_text()) for page in pdf.order
              for q in pdf.pages[page].select(".admonition.question")]
    checked = 0
    words = pdftext.letters(pdf.words["pdf"]["answer_ref"]).replace(":", " : ").split()
    reference = re.compile(r"\s*".join(re.escape(w) for w in words) + r"\s*(\d+)")
    for number, text in enumerate(pdf.texts, start=1):
        for match in reference.finditer(pdftext.letters(text)):
            target = int(match.group(1))
            assert appendix <= target <= len(pdf.texts), (number, target)
            assert any(title in squash(pdf.texts[target - 1]) for title in titles), (number, target)
            checked += 1
    assert len(titles) >= 10
    assert checked == (0 if pdf.trainer else len(titles))


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
    assert len(on_contents) == len(contents(pdf)) == len(pdf.order) + (0 if pdf.trainer else 1)   # + the answers


def test_external_addresses_are_printed(pdf):
    uris = [a["/A"]["/URI"] for _, a in _annotations(pdf.reader)
            if "/A" in a and str(a["/A"].get("/URI", "")).startswith("http")]
    assert uris  # the cover shows the site's address, at least
    for uri in uris:
        # right to left, a long address broken over two lines reads back in pieces: each part is checked
        parts = [p for p in re.split(r"\W+", uri) if p] if pdf.rtl else [uri]
        assert all(pdftext.printed(part, pdf.all, pdf.rtl) for part in parts), uri
