"""Page numbers written into the laid-out book (page_numbers.py) and wide tables (wide.py), on
small documents laid out by WeasyPrint and read back from the PDF."""
from __future__ import annotations

import io

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from weasyprint import HTML

from course_engine.outputs import page_numbers, pdf, wide

STYLE = "<style>@page { size: A6; } h2 { break-before: page; } .page-number { white-space: nowrap; }</style>"


def book(pages: int, refs: list[str]) -> str:
    body = "".join(f'<p>See {page_numbers.html(target, ")")}</p>' for target in refs)
    body += "".join(f'<h2 id="part-{n}">Part {n}</h2><p>Text.</p>' for n in range(2, pages + 1))
    return f"<html><head>{STYLE}</head><body>{body}</body></html>"


def printed(document) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(document.write_pdf())).pages]


def test_references_print_the_page_where_their_target_starts():
    document = HTML(string=book(12, ["part-3", "part-12"])).render()
    page_numbers.fill(document, page_numbers.anchors(document))
    first = printed(document)[0]
    assert "See 3)" in first and "See 12)" in first and "88" not in first


def test_a_reference_to_nothing_stops_the_build():
    document = HTML(string=book(3, ["part-9"])).render()
    with pytest.raises(page_numbers.DeadReference, match="part-9"):
        page_numbers.fill(document, page_numbers.anchors(document))


def test_a_three_figure_page_needs_a_wider_placeholder():
    document = HTML(string=book(101, ["part-101"])).render()
    with pytest.raises(page_numbers.TooNarrow):
        page_numbers.fill(document, page_numbers.anchors(document))
    document = HTML(string=page_numbers.widen(book(101, ["part-101"]))).render()
    page_numbers.fill(document, page_numbers.anchors(document))
    assert "See 101)" in printed(document)[0]


def table(columns: int, cell: str) -> str:
    row = "".join(f"<td>{cell}</td>" for _ in range(columns))
    return f"<table><caption>Forms</caption><tr>{row}</tr><tr>{row}</tr></table>"


def layout(html: str):
    soup = BeautifulSoup(f"<html><body><section>{html}</section></body></html>", "lxml")
    wide.mark(soup)
    return HTML(string=str(soup)).render(stylesheets=[pdf.HERE / "pdf.css"])


def test_a_twelve_column_table_fits_on_a_landscape_page():
    document = layout(table(12, "Royaume-Uni"))
    wide.check(document)   # no exception: it fits
    assert any(page.width > page.height for page in document.pages)


def test_a_table_too_wide_even_in_landscape_stops_the_build_naming_it():
    with pytest.raises(wide.TableTooWide, match="Forms"):
        wide.check(layout(table(30, "Anticonstitutionnellement")))


def test_every_course_figure_prints_its_labels_at_8_pt_at_least():
    import course
    from course_engine.outputs import figures
    svgs = sorted(course.DOCS.glob("*/figures/*.svg"))
    assert svgs
    for svg in svgs:
        width = figures.print_width(svg)
        assert width and 40 <= width <= figures.TEXT_WIDTH_MM, svg


def test_a_figure_with_tiny_labels_stops_the_build(tmp_path):
    from course_engine.outputs import figures
    svg = tmp_path / "tiny.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3000 200">'
                   '<text x="0" y="100" font-size="12">a label</text></svg>')
    with pytest.raises(figures.FigureTooSmall, match="tiny.svg"):
        figures.print_width(svg)


def test_a_figure_with_arabic_labels_prints_from_outlines(tmp_path):
    """WeasyPrint draws an SVG's text letter by letter (Arabic would be unjoined): such a figure is
    printed from a copy whose labels are shaped outlines; a figure in Latin letters is left alone."""
    from course_engine.outputs import figures
    arabic, latin = tmp_path / "ar.svg", tmp_path / "fr.svg"
    for path, label in ((arabic, "العناقيد"), (latin, "les grappes")):
        path.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">'
                        f'<text x="10" y="50" font-size="20">{label}</text></svg>', encoding="utf-8")
    assert figures.needs_outlines(arabic) and not figures.needs_outlines(latin)
    outlined = figures.outlined(arabic).read_text(encoding="utf-8")
    assert "<text" not in outlined and "العناقيد" not in outlined and "<path" in outlined
