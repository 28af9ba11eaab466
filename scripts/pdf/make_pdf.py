"""Render the course as one PDF per language, from the built site (run by scripts/build).

Usage: make_pdf.py SITE_DIR OUT_DIR [--lang fr] [--lang en]
Reads the nav, the languages and site_url (SITE_URL overrides it) from mkdocs.yml, then each
built page of a language in nav order; the home page is left out (the cover and the contents
do its job on paper) and the glossary and the bibliography come last, as appendices.
"""
from __future__ import annotations

import argparse
import datetime
import os
import subprocess
import sys
from pathlib import Path

import jinja2
import yaml
from mkdocs.config import load_config
from weasyprint import CSS, HTML

import pages

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SKIP = ("index",)
APPENDICES = ("glossaire", "bibliographie")


def nav_slugs(nav) -> list[str]:
    """The pages of mkdocs.yml's nav, in order, as slugs (file names without .md)."""
    slugs = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            slugs += nav_slugs(value)
        elif isinstance(value, str) and value.endswith(".md"):
            slugs.append(value.removesuffix(".md"))
    return slugs


def edition_date() -> datetime.date:
    """SOURCE_DATE_EPOCH if set, else the date of the last commit (so a commit always gives
    the same PDF), else today."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.UTC).date()
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%cs"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return datetime.date.fromisoformat(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return datetime.date.today()


def long_date(date: datetime.date, words: dict) -> str:
    day = words["first_day"] if date.day == 1 else str(date.day)
    return f"{day} {words['months'][date.month - 1]} {date.year}"


def languages(config) -> list[dict]:
    """Each built language of the i18n plugin: code, URL prefix, site name."""
    found = []
    for lang in config.plugins["i18n"].config.languages:
        if lang.build:
            found.append({"code": lang.locale, "prefix": lang.link if lang.link.endswith("/") else lang.link + "/",
                          "name": lang.site_name or config.site_name})
    return found


def book_html(site: Path, lang: dict, config, words: dict, edition: datetime.date) -> str:
    """The whole course in one language, as one HTML document."""
    site_url = os.environ.get("SITE_URL") or config.site_url
    slugs = [s for s in nav_slugs(config.nav) if s not in SKIP]
    order = [s for s in slugs if s not in APPENDICES] + [s for s in APPENDICES if s in slugs]
    chapters = {s: pages.Chapter(slug=s, url=pages.page_url(lang["prefix"], s), title="") for s in order}
    articles = {s: pages.load(site, chapters[s]) for s in order}
    letters = iter("ABCDEFGHIJ")
    for slug in order:
        chapter = chapters[slug]
        if slug in APPENDICES:
            chapter.appendix = next(letters)
            chapter.heading = words["appendix"].format(letter=chapter.appendix, title=chapter.title)
        else:
            chapter.heading = chapter.title
    for slug in order:
        chapters[slug].body = pages.clean(articles[slug], chapters[slug], chapters, site, site_url)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True)
    return env.get_template("book.html").render(
        lang=lang["code"], title=lang["name"], s=words, chapters=list(chapters.values()),
        author=config.site_author, description=words["subtitle"],
        logo=(site / "assets" / "logo.svg").as_uri(), edition=edition,
        edition_label=words["edition"].format(date=long_date(edition, words)),
        address=site_url.rstrip("/") + lang["prefix"],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site (mkdocs build)")
    parser.add_argument("out", type=Path, help="folder that receives the PDFs")
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    args = parser.parse_args(argv)
    config = load_config(str(ROOT / "mkdocs.yml"))
    strings = yaml.safe_load((HERE / "strings.yml").read_text(encoding="utf-8"))
    names = config.extra["downloads"]["pdf"]
    edition = edition_date()
    args.out.mkdir(parents=True, exist_ok=True)
    stylesheet = CSS(filename=str(HERE / "pdf.css"))
    for lang in languages(config):
        if args.lang and lang["code"] not in args.lang:
            continue
        html = book_html(args.site.resolve(), lang, config, strings[lang["code"]], edition)
        target = args.out / names[lang["code"]]
        HTML(string=html, base_url=args.site.resolve().as_uri() + "/").write_pdf(
            target, stylesheets=[stylesheet], pdf_identifier=names[lang["code"]].encode(),
            pdf_tags=True)
        print(f"make_pdf: {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
