"""Render the course as one PDF per language, from the built site (run by scripts/build).

Usage: python -m course_engine.outputs.pdf SITE_DIR OUT_DIR [--lang CODE]...
Reads the languages, the nav and site_url (SITE_URL overrides it) from mkdocs.yml, then each built
page of a language in nav order; the home page (index.md) is left out (the cover and the contents
do its job on paper) and the glossary and the bibliography come last, as appendices.
"""
from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import jinja2
from weasyprint import CSS, HTML

from .. import site
from . import cli, download_names, pdf_pages

HERE = Path(__file__).resolve().parent
HOME = "index.md"


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


def book_html(site_dir: Path, lang: site.Language, config, words: dict, edition: datetime.date) -> str:
    """The whole course in one language, as one HTML document."""
    site_url = os.environ.get("SITE_URL") or config.site_url
    last = appendices(config)
    pages = [p for p in site.nav_pages(config.nav) if p != HOME]
    order = [p for p in pages if p not in last] + [p for p in last if p in pages]
    chapters = {p: pdf_pages.Chapter(slug=site.slug(p), url="/" + site.page_url(lang, p), title="") for p in order}
    articles = {p: pdf_pages.load(site_dir, chapters[p]) for p in order}
    letters = iter("ABCDEFGHIJ")
    for page in order:
        chapter = chapters[page]
        if page in last:
            chapter.appendix = next(letters)
            chapter.heading = words["pdf"]["appendix"].format(letter=chapter.appendix, title=chapter.title)
        else:
            chapter.heading = chapter.title
    for page in order:
        chapters[page].body = pdf_pages.clean(articles[page], chapters[page], chapters, site_dir, site_url)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True)
    return env.get_template("book.html").render(
        lang=lang.code, title=lang.site_name, s=words["pdf"], chapters=list(chapters.values()),
        author=config.site_author, description=words["pdf"]["subtitle"], logo=(site_dir / "assets" / "logo.svg").as_uri(), edition=edition,
        edition_label=words["pdf"]["edition"].format(date=long_date(edition, words)),
        # The site's address only when the build was told it (SITE_URL): never the placeholder.
        address=os.environ["SITE_URL"].rstrip("/") + "/" + lang.prefix if os.environ.get("SITE_URL") else "",
    )


def main(argv: list[str] | None = None) -> int:
    args, config, languages, words, palette = cli.start(__doc__.splitlines()[0], argv, "PDFs")
    edition = edition_date(args.config.resolve().parent)
    # The course's palette (shared with the web pages), then the paged-media layout.
    stylesheets = [CSS(filename=str(palette)), CSS(filename=str(HERE / "pdf.css"))]
    for lang in languages:
        html = book_html(args.site.resolve(), lang, config, words[lang.code], edition)
        name = download_names(config, lang.code)["pdf"]
        target = args.out / name
        HTML(string=html, base_url=args.site.resolve().as_uri() + "/").write_pdf(
            target, stylesheets=stylesheets, pdf_identifier=name.encode(), pdf_tags=True)
        print(f"pdf: {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
