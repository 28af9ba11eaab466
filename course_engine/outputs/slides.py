"""Slides on paper: each chapter's deck, six slides to an A4 page, one PDF per chapter and
language (run by scripts/build). The slides are the deck the build wrote into the chapter's page,
as the room sees them: no trainer note, no answer.

Usage: python -m course_engine.outputs.slides SITE_DIR OUT_DIR [--lang CODE]..."""
from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from bs4 import BeautifulSoup
from weasyprint import CSS, HTML

from .. import site
from . import cli, download_names, figures, pdf_pages

HERE = Path(__file__).resolve().parent
COLUMNS = 2   # slides.css: two slides side by side


def deck(page: Path):
    """The chapter's title and slides, or None for a page without a deck."""
    html = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    template = html.select_one("template.projection-deck")
    if template is None:
        return None
    slides = BeautifulSoup(template.decode_contents(), "lxml").select("section.slide")
    for slide in slides:
        for hidden in slide.select(".slide__notes, .slide__answer, .headerlink"):
            hidden.decompose()
        for link in slide.find_all("a"):   # on paper a link leads nowhere (and would carry a local path)
            link.unwrap()
        figures.outline_images(slide, page.resolve().as_uri())
    title = html.select_one("article h1")
    return (title.get_text(" ", strip=True) if title else ""), slides


def document(lang: str, title: str, slides, words: dict, per_sheet: int = 6, direction: str = "ltr") -> str:
    cells = [f'<div class="cell"><p class="number">{slide["data-number"]}</p>'
             f'<div class="frame {" ".join(slide.get("class", []))}">{slide.decode_contents()}</div>'
             '<div class="lines"><span></span><span></span><span></span></div></div>' for slide in slides]
    if direction == "rtl":   # WeasyPrint's grid always fills from the left: each row of two, the other way
        rows = [cells[i:i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
        cells = [cell for row in rows for cell in (['<div class="cell"></div>'] * (COLUMNS - len(row)) + row[::-1])]
    sheets = "".join(f'<section class="sheet">{"".join(cells[i:i + per_sheet])}</section>'
                     for i in range(0, len(cells), per_sheet))
    return (f'<!doctype html><html lang="{escape(lang)}" dir="{direction}"><head><meta charset="utf-8">'
            f'<title>{escape(title)} — {escape(words["pdf"]["slides"])}</title></head>'
            f'<body><header class="running">{escape(title)} — {escape(words["pdf"]["slides"])}</header>'
            f'{sheets}</body></html>')


def main(argv: list[str] | None = None) -> int:
    args, config, languages, words, palette = cli.start(__doc__.splitlines()[0], argv, "PDFs")
    stylesheets = [CSS(filename=str(palette)), CSS(filename=str(HERE / "slides.css"))]
    for lang in languages:
        for page in site.nav_pages(config.nav):
            built = pdf_pages.page_file(args.site.resolve(), "/" + site.page_url(lang, page))
            found = deck(built) if built.is_file() else None
            if not found:
                continue
            title, slides = found
            name = download_names(config, lang.code, site.slug(page))["slides"]
            target = args.out / name
            HTML(string=document(lang.code, title, slides, words[lang.code], direction=lang.direction), base_url=built.as_uri()).write_pdf(
                target, stylesheets=stylesheets, pdf_identifier=name.encode(), pdf_tags=True)
            print(f"slides: {target} ({len(slides)} slides, {target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
