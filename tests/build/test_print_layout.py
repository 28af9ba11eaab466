"""What the trainer edition puts on paper, measured in WeasyPrint's layout of the trainers' corner:
worksheets with room to write by hand, and no heading left alone at the foot of a page."""
from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from weasyprint import CSS, HTML
from weasyprint.formatting_structure import boxes

import course
from course_engine.outputs import pdf

pytestmark = pytest.mark.pdf

MM = 96 / 25.4   # CSS pixels in a millimetre
TRAINERS = [p for p in course.NAV if course.for_trainers(p)]


@pytest.fixture(scope="module", params=course.LANGS)
def corner(request, built):
    """The trainers' corner of the trainer edition, laid out alone as in the book."""
    lang = course.language(request.param)
    html = pdf.book_html(built, lang, course.config(), course.words()[lang.code], datetime.date(2026, 1, 1), trainer=True)
    soup = BeautifulSoup(html, "lxml")
    slugs = {p[:-3] for p in TRAINERS}
    for section in soup.select("body > section"):
        if section.get("id") not in slugs:
            section.decompose()
    for row in soup.select(".worksheet tr"):
        row["class"] = [*row.get("class", []), "ws-row"]
    palette = course.ROOT / "overrides" / "assets" / "stylesheets" / "palette.css"
    return HTML(string=str(soup), base_url=built.as_uri() + "/").render(
        stylesheets=[CSS(filename=str(palette)), CSS(filename=str(pdf.HERE / "pdf.css"))])


def classes(box) -> list[str]:
    return (box.element.get("class") or "").split() if box.element is not None else []


def test_worksheet_rows_leave_room_to_write(corner):
    rows = [box for page in corner.pages for box in page._page_box.descendants()   # not the header rows
            if isinstance(box, boxes.TableRowBox) and "ws-row" in classes(box)
            and any(cell.element_tag == "td" for cell in box.children)]
    assert len(rows) >= 20
    for row in rows:
        assert row.height >= 12 * MM - 0.5, f"a worksheet row {row.height / MM:.1f} mm high"
        for cell in row.children:
            if not cell.children or not any(c.children for c in cell.children):   # an empty cell: to write in
                assert cell.width >= 25 * MM, f"a writing cell {cell.width / MM:.1f} mm wide"


def test_no_heading_alone_at_the_foot_of_a_page(corner):
    assert TRAINERS, "no page for trainers"
    for number, page in enumerate(corner.pages[:-1], start=1):
        blocks = [box for box in page._page_box.descendants()
                  if isinstance(box, (boxes.BlockBox, boxes.TableBox)) and box.element_tag in
                  ("h2", "h3", "h4", "p", "ul", "ol", "table", "figure", "details")]
        assert blocks, number
        assert blocks[-1].element_tag not in ("h2", "h3", "h4"), f"page {number} ends with a heading"
