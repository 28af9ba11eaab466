"""Render the course as one PDF per language, from the built site (run by scripts/build).

Usage: python -m course_engine.outputs.pdf SITE_DIR OUT_DIR [--lang CODE]... [--edition trainee|trainer]...
Two editions: the trainees' (answers in an appendix, no trainer notes) and the trainers' (editions.py).
Reads the languages and the nav from mkdocs.yml (and the site's address from SITE_URL, if set), then each built
page of a language in nav order; the home page (index.md) is left out (the cover and the contents
do its job on paper) and the glossary, the bibliography and (trainee edition) the answers come
last, as appendices. A page for trainers only (`audience: trainers`) is in the trainer edition only.
"""
from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import jinja2
from weasyprint import CSS, HTML

from .. import frontmatter, site
from ..typography import extension as typography
from . import cited_in, cli, download_names, editions, page_numbers, pdf_pages, wide

HERE = Path(__file__).resolve().parent
HOME = "index.md"
EDITIONS = {"trainee": False, "trainer": True}   # edition -> with the trainer's material
ANSWERS = "answers"  # the anchor of the trainee edition's answers appendix


def edition_date(root: Path) -> datetime.date:
    """SOURCE_DATE_EPOCH if set, else the date of the last commit (so a commit always gives
    the same PDF), else today."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.UTC).date()
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%cs"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return datetime.date.fromisoformat(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return datetime.date.today()


def long_date(date: datetime.date, words: dict) -> str:
    day = words["dates"]["first_day"] if date.day == 1 else str(date.day)
    return f"{day} {words['dates']['months'][date.month - 1]} {date.year}"


def appendices(config) -> list[str]:
    """The glossary and the bibliography pages, as the engine's plugins name them."""
    return [config.plugins["course-glossary"].config.page, config.plugins["course-bibliography"].config.page]


def for_trainers(config, lang: site.Language, page: str) -> bool:
    """A page written for trainers only (front matter `audience: trainers`): the trainers' corner."""
    return frontmatter.read(site.docs_folder(config, lang.code) / page).meta.get("audience") == "trainers"


def parts(site_dir: Path, lang: site.Language, config, words: dict, trainer: bool = False,
          paper: bool = True) -> list[pdf_pages.Chapter]:
    """The parts of the book in one language, in order, their bodies cleaned: the chapters, then
    the appendices (the glossary, the bibliography, the trainee edition's answers). `paper`: page
    numbers after links (the PDF), or none (the EPUB)."""
    site_url = os.environ.get("SITE_URL", "")  # never mkdocs.yml's placeholder on paper
    s = typeset_all(words)
    last = appendices(config)
    pages = [p for p in site.nav_pages(config.nav) if p != HOME and (trainer or not for_trainers(config, lang, p))]
    order = [p for p in pages if p not in last] + [p for p in last if p in pages]
    chapters = {p: pdf_pages.Chapter(slug=site.slug(p), url="/" + site.page_url(lang, p), title="") for p in order}
    chapters[last[0]].alphabetical = True   # the glossary
    articles = {p: pdf_pages.load(site_dir, chapters[p]) for p in order}
    for page in order:
        chapters[page].body = pdf_pages.clean(articles[page], chapters[page], chapters, site_dir, site_url,
                                              s, trainer=trainer, paper=paper)
        if trainer:
            chapters[page].body = editions.session_plan(chapters[page], s) + chapters[page].body
    book = [chapters[p] for p in order if p not in last]
    answers = editions.answers_page(book, s, paper=paper)
    book += [chapters[p] for p in order if p in last]
    if answers:  # the trainee edition's answers: the last appendix, so that A and B are the same in both editions
        book.append(pdf_pages.Chapter(slug=ANSWERS, url="", title=s["answers"], body=answers))
    letters = iter(words["pdf"]["appendix_letters"].split())
    for chapter in book:
        if chapter.slug == ANSWERS or chapter in (chapters[p] for p in last):
            chapter.appendix = next(letters)
            chapter.heading = s["appendix"].format(letter=chapter.appendix, title=chapter.title)
        else:
            chapter.heading = chapter.title
    return book


def book_html(site_dir: Path, lang: site.Language, config, words: dict, edition: datetime.date,
              trainer: bool = False) -> str:
    """The whole course in one language, as one HTML document: the trainee edition, or with
    trainer=True the trainer edition."""
    s = typeset_all(words)
    book = parts(site_dir, lang, config, words, trainer)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True)
    return env.get_template("book.html").render(
        lang=lang.code, dir=lang.direction, title=lang.site_name, s=s, chapters=book, trainer=trainer, page_number=page_numbers.html,
        author=config.site_author, description=s["subtitle"], logo=(site_dir / "assets" / "logo.svg").as_uri(), edition=edition,
        edition_label=s["edition"].format(date=long_date(edition, words)),
        # The site's address only when the build was told it (SITE_URL): never the placeholder.
        address=os.environ["SITE_URL"].rstrip("/") + "/" + lang.prefix if os.environ.get("SITE_URL") else "",
    )


def typeset_all(words: dict) -> dict:
    """The PDF's words (strings file, `pdf:`) with the language's typography, and its comma."""
    return {**{key: typeset(value, words) for key, value in words["pdf"].items()}, "comma": words["typography"]["comma"]}


def typeset(value, words: dict):
    """An interface string with the language's typography (French no-break spaces)."""
    if not isinstance(value, str):
        return value
    return typography.apply(value, words["typography"]["spacing"], words["typography"]["quotes"])


def render(html: str, base_url: str, stylesheets, words: dict):
    """The laid-out document, with the page numbers of its references (page_numbers.py) and of the
    bibliography's "Cité dans" (cited_in.py)."""
    source = html
    html, cited = cited_in.mark(html)
    if not cited:
        document = _layout(html, base_url, stylesheets)
        page_of = page_numbers.anchors(document)
    else:
        # The book up to the bibliography first, to learn on which page each citation falls; then
        # the bibliography and what follows it alone, numbers written in, from the next page.
        head, _ = cited_in.split(html)
        document = _layout(head, base_url, stylesheets)
        page_of = page_numbers.anchors(document)
        html = cited_in.fill(html, page_of, words["pdf"]["page_short"])
        first = len(document.pages) + 1
        part = _layout(cited_in.split(html, first)[1], base_url, stylesheets)
        page_of |= page_numbers.anchors(part, first=first)
        document = document.copy(document.pages + part.pages)
    try:
        page_numbers.fill(document, page_of)
    except page_numbers.TooNarrow:
        return render(page_numbers.widen(source), base_url, stylesheets, words)
    wide.check(document)
    return document


def _layout(html: str, base_url: str, stylesheets):
    return HTML(string=html, base_url=base_url).render(stylesheets=stylesheets, pdf_tags=True)


def _options(parser) -> None:
    parser.add_argument("--edition", action="append", choices=EDITIONS,
                        help="only this edition (repeatable; default: both)")


def main(argv: list[str] | None = None) -> int:
    args, config, languages, words, palette = cli.start(__doc__.splitlines()[0], argv, "PDFs", _options)
    edition = edition_date(args.config.resolve().parent)
    # The course's palette (shared with the web pages), then the paged-media layout.
    stylesheets = [CSS(filename=str(palette)), CSS(filename=str(HERE / "pdf.css"))]
    base_url = args.site.resolve().as_uri() + "/"
    for lang in languages:
        for trainer in [EDITIONS[e] for e in args.edition or EDITIONS]:
            html = book_html(args.site.resolve(), lang, config, words[lang.code], edition, trainer=trainer)
            name = download_names(config, lang.code)["pdf-trainer" if trainer else "pdf"]
            target = args.out / name
            render(html, base_url, stylesheets, words[lang.code]).write_pdf(
                target, pdf_identifier=name.encode(), pdf_tags=True)
            print(f"pdf: {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
