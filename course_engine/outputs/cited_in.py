"""The bibliography's "Cité dans" on paper: each chapter it names is followed by the pages where
that chapter cites the reference ("Les politiques de clusters, p. 24, 31").

A list without repeats cannot be written into a placeholder of fixed width (page_numbers.py), so
the book is laid out in two pieces: first up to the bibliography, to learn on which page each
citation falls, then the bibliography and the parts after it, the numbers written in."""
from __future__ import annotations

from bs4 import BeautifulSoup

PLACEHOLDER = "cited-pages"


def mark(html: str) -> tuple[str, bool]:
    """Give every citation an anchor and put, after each chapter named under a reference, a
    placeholder listing the anchors of that chapter's citations of it. (html, any placeholder)."""
    soup = BeautifulSoup(html, "lxml")
    cites: dict[tuple[str, str], list[str]] = {}   # (chapter anchor, reference anchor) -> citation anchors
    for chapter in soup.select("section.chapter"):
        for n, link in enumerate(chapter.select("a.citation[href^='#']"), start=1):
            link["id"] = link.get("id") or f"{chapter['id']}--cite-{n}"
            cites.setdefault((chapter["id"], link["href"][1:]), []).append(link["id"])
    found = False
    for cited in soup.select(".reference__cited"):
        reference = cited.find_parent(class_="reference")
        for link in cited.select("a[href^='#']"):
            anchors = cites.get((link["href"][1:], reference.get("id", "")))
            if not anchors:
                continue
            span = soup.new_tag("span", attrs={"class": PLACEHOLDER, "data-anchors": " ".join(anchors)})
            link.insert_after(span)
            found = True
    return str(soup), found


def fill(html: str, page_of: dict[str, int], label: str) -> str:
    """The placeholders replaced by their page numbers, in order and without repeats."""
    soup = BeautifulSoup(html, "lxml")
    for span in soup.select(f"span.{PLACEHOLDER}"):
        pages = sorted({page_of[a] for a in span["data-anchors"].split() if a in page_of})
        span.string = f" ({label}\u00a0{', '.join(map(str, pages))})" if pages else ""
        del span["data-anchors"]
    return str(soup)


def split(html: str, first: int = 1) -> tuple[str, str]:
    """(the book up to the bibliography, the bibliography and the parts after it): each part starts
    on a new page, and the second piece's pages are numbered from `first`."""
    head, tail = BeautifulSoup(html, "lxml"), BeautifulSoup(html, "lxml")
    sections = [s for s in head.select("body > section")]
    start = next(i for i, s in enumerate(sections) if s.select_one(".reference__cited"))
    for section in sections[start:]:
        section.decompose()
    for section in tail.select("body > section")[:start]:
        section.decompose()
    style = tail.new_tag("style")
    style.string = f"@page :first {{ counter-reset: page {first}; }}"
    tail.head.append(style)
    return str(head), str(tail)
