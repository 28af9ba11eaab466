"""The workshop downloads besides the course PDFs (test_pdf.py): the manifest, the one-page
handouts, the EPUBs and the offline zip, as scripts/build makes them, read back and compared with
the built pages they come from."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

import course
import pdftext
from course_engine import frontmatter
from course_engine.outputs import download_names, handouts
from workshop_build import built_page, page_title

pytestmark = pytest.mark.pdf

EPUBCHECK = "/usr/share/java/epubcheck.jar"   # Debian's epubcheck (its /usr/bin wrapper is broken)
PLACEHOLDER_HOST = "example.org"


squash = pdftext.squash


def rtl(lang: str) -> bool:
    return course.language(lang).direction == "rtl"


def manifest(site: Path) -> list[dict]:
    return json.loads((site / "downloads" / "manifest.json").read_text(encoding="utf-8"))["files"]


def test_manifest_lists_every_download_from_the_configuration(built):
    files = manifest(built)
    folder = built / "downloads"
    assert sorted(f["path"] for f in files) == sorted(p.name for p in folder.iterdir() if p.name != "manifest.json")
    for entry in files:
        data = (folder / entry["path"]).read_bytes()
        assert entry["bytes"] == len(data) and entry["sha256"] == hashlib.sha256(data).hexdigest(), entry["path"]
        assert entry["title"] and "{" not in entry["title"], entry
    kinds = {(f["lang"], f["kind"], f.get("chapter")) for f in files}
    chapters = [course.url(course.DEFAULT, p).strip("/") for p in course.chapters()]
    expected = {("all", "zip", None)}
    for lang in course.LANGS:
        expected |= {(lang, kind, None) for kind in ("pdf", "pdf-trainer", "epub")}
        expected |= {(lang, kind, chapter) for kind in ("handout", "slides") for chapter in chapters}
    assert kinds == expected
    assert (folder / download_names(course.config(), course.DEFAULT)["zip"]).stat().st_size <= 15 * 1024 * 1024


def test_two_builds_give_the_same_downloads(built, tmp_path):
    from workshop_build import full_build
    again = full_build(tmp_path / "site")
    first = {f["path"]: f["sha256"] for f in manifest(built)}
    second = {f["path"]: f["sha256"] for f in manifest(again)}
    assert first == second, [path for path in first if first[path] != second.get(path)]


def texts_of(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return pdftext.pages(path)
    with zipfile.ZipFile(path) as packed:
        return [packed.read(name).decode("utf-8", "replace") for name in packed.namelist()
                if not name.endswith((".pdf", ".epub", ".png", ".woff2"))]


def test_no_placeholder_address_in_any_download(built):
    for entry in manifest(built):
        path = built / "downloads" / entry["path"]
        assert not [t for t in texts_of(path) if PLACEHOLDER_HOST in t], entry["path"]
    with zipfile.ZipFile(built / "downloads" / download_names(course.config(), course.DEFAULT)["zip"]) as packed:
        inside = {Path(n).name for n in packed.namelist()}
    # the zip holds every other download (not itself, nor the manifest that lists it)
    assert {f["path"] for f in manifest(built) if f["kind"] != "zip"} <= inside


# --- Handouts --------------------------------------------------------------------------------

@pytest.fixture(scope="module", params=[(lang, page) for lang in course.LANGS for page in course.chapters()],
                ids=lambda param: f"{param[0]}-{param[1][:-3]}")
def handout(request, built):
    lang, page = request.param
    slug = page[:-3]
    path = built / "downloads" / download_names(course.config(), lang, slug)["handout"]
    reader = PdfReader(path)
    return lang, page, reader, squash("".join(pdftext.pages(path)))


def test_handout_is_one_page_in_its_language(handout, built):
    lang, page, reader, _ = handout
    assert len(reader.pages) == 1
    assert reader.trailer["/Root"]["/Lang"] == lang
    path = built / "downloads" / download_names(course.config(), lang, page[:-3])["handout"]
    assert pdftext.printed(page_title(built, lang, page), squash(pdftext.pages(path)[0]), rtl(lang))


def test_handout_holds_key_points_summaries_and_key_terms(handout, built):
    lang, page, _, text = handout
    article = built_page(built, lang, page).select_one("article")
    keypoints = [li.get_text(" ", strip=True) for li in article.select(".lesson-keypoints li")]
    summaries = [li.get_text(" ", strip=True) for li in article.select(".admonition.summary li")]
    assert keypoints and summaries
    for item in keypoints + summaries:   # every word, in order (right to left: each run in order)
        assert pdftext.printed(item, text, rtl(lang)), item
    glossary = handouts.definitions(course.built(built, lang, course.GLOSSARY_PAGE))
    terms = frontmatter.read(course.DOCS / lang / page).meta["terms"]
    assert 5 <= len(terms) <= 8
    for term in terms:
        name, definition = glossary[term]
        assert pdftext.printed(name, text, rtl(lang)), name
        start = handouts.short_definition(definition).removesuffix("\u00a0…")
        assert definition.startswith(start) and pdftext.printed(start, text, rtl(lang)), term


def path_segments(page) -> int:
    """How many straight segments a page draws (a QR code is hundreds of them)."""
    return len(re.findall(rb"(?m) l$", page.get_contents().get_data()))


def test_handout_qr_code_only_with_a_public_address(handout, built, tmp_path):
    lang, page, reader, text = handout
    label = squash(course.words()[lang]["pdf"]["handout_online"])
    assert label not in text and "http" not in text   # built without SITE_URL: no QR code, no address
    # with an address: the QR code and the address, still on one page
    import io
    from weasyprint import CSS
    from course_engine.outputs import pdf
    url = "https://training.invalid/cluster/" + course.url(lang, page)
    palette = course.ROOT / "overrides" / "assets" / "stylesheets" / "palette.css"
    read = handouts.read(course.built(built, lang, page), frontmatter.read(course.DOCS / lang / page).meta["terms"],
                         handouts.definitions(course.built(built, lang, course.GLOSSARY_PAGE)))
    document = handouts.render(read, course.language(lang), course.words()[lang], url,
                               [CSS(filename=str(palette)), CSS(filename=str(pdf.HERE / "handout.css"))],
                               course.built(built, lang, page).as_uri())
    data = document.write_pdf()
    with_qr = PdfReader(io.BytesIO(data)).pages
    assert len(with_qr) == 1
    (tmp_path / "qr.pdf").write_bytes(data)
    text = squash(pdftext.pages(tmp_path / "qr.pdf")[0])
    assert label in text and squash(url) in text
    assert path_segments(with_qr[0]) > path_segments(reader.pages[0]) + 100


def test_short_definition_is_the_start_of_the_definition():
    long = "Une phrase, avec une virgule tôt, puis " + "très " * 40 + "longue. Puis une autre."
    short = handouts.short_definition(long, words=12)
    assert short == "Une phrase, avec une virgule tôt\u00a0…"
    bracketed = "Un début (avec, entre parenthèses, des virgules " + "très " * 40 + "longues) et la fin."
    assert handouts.short_definition(bracketed, words=12) == bracketed   # no cut inside brackets
    assert handouts.short_definition("Courte. Puis une autre.") == "Courte."


# --- EPUB ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", course.LANGS)
def test_epub_passes_epubcheck_and_holds_the_course(built, lang):
    path = built / "downloads" / download_names(course.config(), lang)["epub"]
    assert path.stat().st_size <= 3 * 1024 * 1024
    result = subprocess.run(["java", "-jar", EPUBCHECK, str(path)], capture_output=True, text=True)
    summary = re.search(r"Messages: (\d+) fatals / (\d+) errors / (\d+) warnings", result.stdout + result.stderr)
    assert summary and summary.groups() == ("0", "0", "0"), result.stdout[-3000:] + result.stderr[-2000:]
    with zipfile.ZipFile(path) as packed:
        names = packed.namelist()
        assert names[0] == "mimetype"
        opf = next(n for n in names if n.endswith(".opf"))
        assert f"<dc:language>{lang}</dc:language>" in packed.read(opf).decode()
        text = squash(" ".join(BeautifulSoup(packed.read(n), "lxml").get_text(" ") for n in names if n.endswith(".xhtml")))
        assert any(n.endswith(".svg") and "cover" not in n for n in names)   # the figures
    for page in course.NAV:
        if course.url(lang, page) == course.prefix(lang) or course.for_trainers(page):
            continue
        assert squash(page_title(built, lang, page)) in text, page
        for paragraph in built_page(built, lang, page).select("article > p:not(.screen-only)")[:3]:
            assert squash(paragraph.get_text())[:60] in text, paragraph.get_text()[:60]
    notes = built_page(built, lang, "notion.md").select(".trainer")
    assert notes and all(squash(n.get_text())[20:80] not in text for n in notes)   # the trainees' edition


@pytest.mark.parametrize("lang", course.LANGS)
def test_trainers_corner_lists_every_download_of_its_language(built, lang):
    (page,) = [p for p in course.NAV if course.for_trainers(p)]
    links = {Path(a["href"]).name: a.get_text(" ", strip=True)
             for a in built_page(built, lang, page).select("ul.downloads-list a[href]")}
    expected = {f["path"]: f for f in manifest(built) if f["lang"] in (lang, "all")}
    assert set(links) == set(expected)
    for name, text in links.items():
        if expected[name]["lang"] == lang:
            assert squash(text) == squash(expected[name]["title"]), name
