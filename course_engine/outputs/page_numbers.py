"""Page numbers printed after a link on paper ("voir p. 12"), written into the laid-out book.

CSS's target-counter would do it, but WeasyPrint then lays out every page that holds one a second
time (a third of the build). Instead the book is laid out once with a placeholder of two figures
in each reference, and each placeholder's text is then replaced by its page number: figures all
have the same width in the book's fonts, so nothing moves (a one-figure number is followed by a
figure space). A reference to a page past 99 needs a wider placeholder: fill() says so, and the
book is laid out again with three. A reference to nothing stops the build."""
from __future__ import annotations

from bs4 import BeautifulSoup
from weasyprint.formatting_structure import boxes

PLACEHOLDER = "88"
CLASS = "page-number"


class DeadReference(Exception):
    pass


class TooNarrow(Exception):
    """A page number has more figures than its placeholder."""


def reference(soup, target: str, after: str = ""):
    """A page number to print: the page where the element with id `target` starts, then `after`."""
    span = soup.new_tag("span", attrs={"class": CLASS, "data-target": target, "data-after": after})
    span.string = PLACEHOLDER + after
    return span


def html(target: str, after: str = "") -> str:
    """The same, as HTML text (target: an id; after: plain text, neither with a quote in it)."""
    return f'<span class="{CLASS}" data-target="{target}" data-after="{after}">{PLACEHOLDER}{after}</span>'


def widen(html: str) -> str:
    """The book with one more figure in each placeholder."""
    soup = BeautifulSoup(html, "lxml")
    for span in soup.select(f"span.{CLASS}"):
        span.string = "8" + span.get_text()
    return str(soup)


def anchors(document, first: int = 1) -> dict[str, int]:
    """{anchor: the page number where its element starts} of a laid-out document whose first page
    is numbered `first` (an element over several pages has its anchor on each of them)."""
    pages: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=first):
        for anchor in page.anchors:
            pages.setdefault(anchor, number)
    return pages


def fill(document, page_of: dict[str, int]) -> None:
    """Write each placeholder's page number into the laid-out document (before write_pdf)."""
    for page in document.pages:
        for box in page._page_box.descendants():   # no public API walks the laid-out boxes
            # the span's own text, not its ::before (the contents' leader dots)
            element = box.element if isinstance(box, boxes.TextBox) and "::" not in (box.element_tag or "") else None
            if element is None or CLASS not in (element.get("class") or "").split():
                continue
            target, after = element.get("data-target"), element.get("data-after") or ""
            if target not in page_of:
                raise DeadReference(f"pdf: a reference to #{target} ({box.text!r}) points at nothing in the book.")
            number = str(page_of[target])
            if len(number) > len(box.text) - len(after):
                raise TooNarrow(number)
            box.text = box.pango_layout.text = (number + after).ljust(len(box.text), "\u2007")  # drawn from pango_layout.text
