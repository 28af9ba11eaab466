"""Wide tables on paper: a table of many columns is printed on a landscape page in smaller type,
and a table that still does not fit between the margins stops the build, named, instead of being
cut at the page's edge."""
from __future__ import annotations

from weasyprint.formatting_structure import boxes

LANDSCAPE = 6    # columns from which a table gets a landscape page of its own
SMALL = 9        # columns from which its type is smaller still


class TableTooWide(Exception):
    pass


def columns(table) -> int:
    row = table.find("tr")
    return sum(int(cell.get("colspan", 1)) for cell in row.find_all(["th", "td"])) if row else 0


def mark(article) -> None:
    """Class the wide tables of a chapter, for pdf.css."""
    for table in article.find_all("table"):
        n = columns(table)
        if n >= LANDSCAPE:
            table["class"] = [*table.get("class", []), "wide-table"] + (["wide-table--small"] if n >= SMALL else [])


def _name(element) -> str:
    """A table as an author finds it: its caption, else the cells of its first row."""
    def text(node) -> str:
        return " ".join("".join(node.itertext()).split())
    caption, row = element.find(".//caption"), element.find(".//tr")
    if caption is not None:
        return text(caption)[:120]
    return " | ".join(text(cell) for cell in row)[:120] if row is not None else "(empty table)"


def check(document) -> None:
    """Stop if a table runs past the right margin of its page (WeasyPrint would cut it silently)."""
    for number, page in enumerate(document.pages, start=1):
        page_box = page._page_box   # WeasyPrint's layout of the page: no public API gives boxes
        right = page_box.content_box_x() + page_box.width
        for box in page_box.descendants():
            if isinstance(box, boxes.TableBox) and box.position_x + box.margin_width() > right + 1:
                over = (box.position_x + box.margin_width() - right) * 25.4 / 96
                raise TableTooWide(
                    f"pdf: the table \"{_name(box.element)}\" (page {number}) is {over:.0f} mm wider than the "
                    "page, even on a landscape page in small type: split it, or shorten its columns.")
