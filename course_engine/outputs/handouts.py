"""One-page handouts: for each chapter and language, one A4 page to hand out in the room, with
the chapter's title, its key points, each section's summary ("L'essentiel"), its key terms (front
matter `terms`) with the start of their glossary definition, and a QR code to the chapter
when the site's public address is known (SITE_URL). Made from the built pages (run by
scripts/build); the type is made smaller, step by step, until the handout fits on one page, and a
chapter whose handout still does not fit stops the build, named.

Usage: python -m course_engine.outputs.handouts SITE_DIR OUT_DIR [--lang CODE]..."""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import segno
from bs4 import BeautifulSoup
from weasyprint import CSS, HTML

from .. import frontmatter, site
from . import cli, download_names, plain_text

HERE = Path(__file__).resolve().parent
SIZES = (10, 9.5, 9, 8.5, 8)   # body type in pt, tried in turn
WORDS = 25            # at most this many words of a key term's definition
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"(]?[A-ZÀ-ÖØ-Þ])")


class HandoutTooLong(Exception):
    pass


@dataclass
class Handout:
    title: str
    duration: str = ""                              # "Durée : 90 min", as the page says it
    keypoints_title: str = ""
    keypoints: list[str] = field(default_factory=list)
    sections: list[tuple[str, list[str]]] = field(default_factory=list)   # (heading, summary items)
    terms: list[tuple[str, str]] = field(default_factory=list)            # (term, short definition)


text = plain_text


def short_definition(definition: str, words: int = WORDS) -> str:
    """The definition's first sentence; past `words` words, cut (with "…") after its last comma or
    semicolon within them that is not inside brackets, or kept whole when there is none."""
    sentence = SENTENCE_END.split(definition, maxsplit=1)[0]
    if len(sentence.split()) <= words:
        return sentence
    head = " ".join(sentence.split(" ")[:words])
    cuts = [i for i, char in enumerate(head) if char in ",;" and head.count("(", 0, i) == head.count(")", 0, i)]
    if not cuts or cuts[-1] < len(head) // 3:
        return sentence
    return head[:cuts[-1]].rstrip() + "\u00a0…"


def definitions(glossary_page: Path) -> dict[str, tuple[str, str]]:
    """{id: (term, definition)} from the built glossary page of a language."""
    soup = BeautifulSoup(glossary_page.read_text(encoding="utf-8"), "lxml")
    found = {}
    for heading in soup.select("h3.glossary-term[id]"):
        body = next((p for p in heading.find_next_siblings("p") if not p.get("class")), None)
        found[heading["id"]] = (text(heading), text(body) if body else "")
    return found


def read(page: Path, terms: list[str], glossary: dict[str, tuple[str, str]]) -> Handout:
    """A chapter's handout from its built page."""
    article = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").select_one("article")
    handout = Handout(title=text(article.find("h1")))
    duration = article.select_one(".lesson-header__duration")
    handout.duration = text(duration) if duration else ""
    keypoints = article.select_one(".lesson-keypoints")
    if keypoints:
        handout.keypoints_title = text(keypoints.find(["h2", "h3"]))
        handout.keypoints = [text(li) for li in keypoints.select("li")]
    for heading in article.find_all("h2", id=True):
        if heading.find_parent(class_=["lesson-header", "lesson-keypoints"]):
            continue
        summary = heading.find_next_sibling(class_="summary")
        if summary is not None and summary.find_previous_sibling("h2") is heading:
            handout.sections.append((text(heading), [text(li) for li in summary.select("li")]))
    for term in terms:
        name, definition = glossary[term]
        handout.terms.append((name, short_definition(definition)))
    return handout


def qr_code(url: str) -> str:
    """An SVG QR code of the address, as a data: URI (drawn by WeasyPrint, nothing fetched)."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0)


def render(handout: Handout, lang: site.Language, words: dict, url: str, stylesheets, base_url: str):
    """The handout at the largest type size of SIZES that fits on one page (found by halving)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True)

    def layout(size):
        html = env.get_template("handout.html").render(
            lang=lang.code, dir=lang.direction, course=lang.site_name, h=handout, s=words["pdf"], size=size,
            url=url, qr=qr_code(url) if url else "")
        return HTML(string=html, base_url=base_url).render(stylesheets=stylesheets, pdf_tags=True)

    fits, low, high = None, 0, len(SIZES) - 1
    while low <= high:
        middle = (low + high) // 2
        document = layout(SIZES[middle])
        if len(document.pages) == 1:
            fits, high = document, middle - 1
        else:
            low = middle + 1
    if fits is None:
        raise HandoutTooLong(f"handouts: the handout of \"{handout.title}\" ({lang.code}) does not fit on one "
                             f"page even at {SIZES[-1]} pt: shorten its key points or section summaries.")
    return fits


def main(argv: list[str] | None = None) -> int:
    args, config, languages, words, palette = cli.start(__doc__.splitlines()[0], argv, "handouts")
    stylesheets = [CSS(filename=str(palette)), CSS(filename=str(HERE / "handout.css"))]
    site_url = os.environ.get("SITE_URL", "")
    glossary_page = config.plugins["course-glossary"].config.page
    for lang in languages:
        glossary = definitions(site.built_page(args.site.resolve(), lang, glossary_page))
        for page in site.nav_pages(config.nav):
            meta = frontmatter.read(site.docs_folder(config, lang.code) / page).meta
            if "sequence" not in meta:
                continue
            built = site.built_page(args.site.resolve(), lang, page)
            handout = read(built, meta["terms"], glossary)
            url = site_url.rstrip("/") + "/" + site.page_url(lang, page) if site_url else ""
            name = download_names(config, lang.code, site.slug(page))["handout"]
            target = args.out / name
            try:
                document = render(handout, lang, words[lang.code], url, stylesheets, built.as_uri())
            except HandoutTooLong as error:
                print(error, file=sys.stderr)
                return 1
            document.write_pdf(target, pdf_identifier=name.encode(), pdf_tags=True)
            print(f"handouts: {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
