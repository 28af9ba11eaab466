"""The course as one EPUB 3 per language, for phones and e-readers (run by scripts/build): the
trainee edition's parts (chapters, answers, glossary, bibliography), one XHTML file each, with
the figures, a cover, a table of contents, links between the parts and language metadata.
The tests check it with EPUBCheck. Its files are dated from the edition date, so that a commit
always gives the same EPUB.

Usage: python -m course_engine.outputs.epub SITE_DIR OUT_DIR [--lang CODE]..."""
from __future__ import annotations

import datetime
import sys
import uuid
import zipfile
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from ebooklib import epub

from .. import site
from . import cli, download_names, pdf

HERE = Path(__file__).resolve().parent


def file_name(slug: str) -> str:
    return f"{slug}.xhtml"


def relink(soup, here: str, files: dict[str, str]) -> None:
    """Links inside the book (#id) pointed at the file that holds the id."""
    for link in soup.select("a[href^='#']"):
        target = link["href"][1:]
        if target not in files:
            raise ValueError(f"epub: a link to #{target} points at nothing in the book.")
        if files[target] != here:
            link["href"] = f"{files[target]}#{target}"


def add_images(soup, book: epub.EpubBook, added: dict[str, str]) -> None:
    """Each image of the site (a file:// address after pdf_pages.clean) carried into the book."""
    for image in soup.find_all("img", src=True):
        parts = urlsplit(image["src"])
        if parts.scheme != "file":
            raise ValueError(f"epub: an image that is not part of the site: {image['src']}")
        source = Path(unquote(parts.path))
        name = added.setdefault(str(source), f"images/{len(added) + 1:02d}-{source.name}")
        if not book.get_item_with_href(name):
            media = "image/svg+xml" if source.suffix == ".svg" else f"image/{source.suffix.lstrip('.')}"
            book.add_item(epub.EpubItem(uid=name.replace("/", "-").replace(".", "-"), file_name=name,
                                        media_type=media, content=source.read_bytes()))
        image["src"] = name
        image.attrs.pop("style", None)


def cover(title: str, subtitle: str, after: str, edition: str, lang: str) -> bytes:
    """The cover, drawn as SVG: the course's name and edition (no raster image to make)."""
    lines = "".join(f'<tspan x="60" dy="{dy}">{escape(text)}</tspan>' for dy, text in subtitle)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 900" width="600" height="900" '
            f'xml:lang="{lang}" role="img"><title>{escape(title)}</title>'
            f'<rect width="600" height="900" fill="#0b5566"/><rect y="610" width="600" height="8" fill="#e0a030"/>'
            f'<text x="60" y="300" fill="#fff" font-family="DejaVu Sans, sans-serif" font-size="54" '
            f'font-weight="bold">{escape(title)}</text>'
            f'<text y="340" fill="#fff" font-family="DejaVu Sans, sans-serif" font-size="26">{lines}</text>'
            f'<text x="60" y="680" fill="#fff" font-family="DejaVu Sans, sans-serif" font-size="20">{escape(after)}</text>'
            f'<text x="60" y="840" fill="#fff" font-family="DejaVu Sans, sans-serif" font-size="20">{escape(edition)}</text>'
            '</svg>').encode()


def wrap(text: str, width: int = 38) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def make(site_dir: Path, lang: site.Language, config, words: dict, edition: datetime.date, target: Path) -> None:
    s = pdf.typeset_all(words)
    parts = pdf.parts(site_dir, lang, config, words, paper=False)
    book = epub.EpubBook()
    book.set_identifier(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, target.name)}")
    book.set_title(lang.site_name)
    book.set_language(lang.code)
    book.set_direction(lang.direction)   # the spine's page-progression-direction: rtl pages turn leftwards
    book.add_author(config.site_author)
    book.add_metadata("DC", "description", s["subtitle"])
    book.add_metadata("DC", "date", edition.isoformat())
    after = " ".join(BeautifulSoup(s["after"], "lxml").get_text(" ").split())
    label = s["edition"].format(date=pdf.long_date(edition, words))
    book.set_cover("cover.svg", cover(lang.site_name, [(34 if i else 0, l) for i, l in enumerate(wrap(s["subtitle"]))],
                                      after, label, lang.code), create_page=False)
    book.get_item_with_id("cover-img").media_type = "image/svg+xml"
    cover_page = epub.EpubHtml(uid="cover", title=lang.site_name, file_name="cover.xhtml", lang=lang.code,
                               direction=lang.direction)
    cover_page.content = f'<p><img src="cover.svg" alt="{escape(lang.site_name)} — {escape(s["subtitle"])}"/></p>'
    book.add_item(cover_page)
    style = epub.EpubItem(uid="style", file_name="style.css", media_type="text/css",
                          content=(HERE / "epub.css").read_bytes())
    book.add_item(style)
    soups = {part.slug: BeautifulSoup(f'<section id="{part.slug}"><h1>{escape(part.heading)}</h1>{part.body}</section>',
                                      "lxml") for part in parts}
    files = {element["id"]: file_name(slug) for slug, soup in soups.items() for element in soup.find_all(id=True)}
    images: dict[str, str] = {}
    chapters = []
    for part in parts:
        soup = soups[part.slug]
        relink(soup, file_name(part.slug), files)
        add_images(soup, book, images)
        item = epub.EpubHtml(title=part.heading, file_name=file_name(part.slug), lang=lang.code,
                             direction=lang.direction)
        item.content = soup.body.decode_contents()
        item.add_item(style)
        book.add_item(item)
        chapters.append(item)
    book.toc = [epub.Link(file_name(p.slug), p.heading, p.slug) for p in parts]
    book.add_item(epub.EpubNcx())
    nav = epub.EpubNav(title=s["contents"], direction=lang.direction)
    nav.add_item(style)
    book.add_item(nav)
    book.spine = [cover_page, "nav", *chapters]
    moment = datetime.datetime.combine(edition, datetime.time())
    epub.write_epub(str(target), book, {"mtime": moment, "epub3_pages": False})
    fix_dates(target, moment)


def fix_dates(path: Path, moment: datetime.datetime) -> None:
    """Every file of the zip dated `moment`, in the same order (mimetype first, stored)."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as out:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=moment.timetuple()[:6])
            fixed.compress_type, fixed.external_attr = info.compress_type, 0o644 << 16
            out.writestr(fixed, data)


def main(argv: list[str] | None = None) -> int:
    args, config, languages, words, _ = cli.start(__doc__.splitlines()[0], argv, "EPUBs")
    edition = pdf.edition_date(args.config.resolve().parent)
    for lang in languages:
        target = args.out / download_names(config, lang.code)["epub"]
        make(args.site.resolve(), lang, config, words[lang.code], edition, target)
        print(f"epub: {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
