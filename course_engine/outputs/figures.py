"""Figures on paper: each SVG is printed at the width where its smallest label reads at the size of
the body text, within the text width and a page's height; a figure whose labels would still print
under 8 pt stops the build, named. WeasyPrint draws an SVG's text letter by letter, so Arabic
labels would print unjoined: such a figure is printed from a copy whose text librsvg (Debian's
librsvg2-bin, through Pango) has turned into shaped outlines."""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

PT = 25.4 / 72          # millimetres in a point
LABEL_PT = 10           # the body text's size (pdf.css)
MIN_PT = 8
TEXT_WIDTH_MM = 170     # A4 less pdf.css's margins
MAX_HEIGHT_MM = 195     # leaves room on the page for the caption
FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)(px)?")


class FigureError(Exception):
    """A figure that cannot be printed as it is."""


class FigureTooSmall(FigureError):
    pass


def smallest_font(svg: ElementTree.Element) -> float | None:
    """The smallest font size used in an SVG, in its user units (attributes and style rules)."""
    sizes = []
    for element in svg.iter():
        if element.get("font-size"):
            sizes.append(float(element.get("font-size").removesuffix("px")))
        sizes += [float(m.group(1)) for m in FONT_SIZE.finditer(element.get("style", ""))]
        if element.tag.endswith("style") and element.text:
            sizes += [float(m.group(1)) for m in FONT_SIZE.finditer(element.text)]
    return min(sizes) if sizes else None


def print_width(path: Path) -> float | None:
    """The width in mm at which to print an SVG, or None when it holds no text."""
    svg = ElementTree.parse(path).getroot()
    box = [float(v) for v in (svg.get("viewBox") or f"0 0 {svg.get('width')} {svg.get('height')}").split()]
    width, height = box[2], box[3]
    font = smallest_font(svg)
    if not font:
        return None
    mm_per_unit = min(LABEL_PT * PT / font, TEXT_WIDTH_MM / width, MAX_HEIGHT_MM / height)
    label = font * mm_per_unit / PT
    if label < MIN_PT:
        raise FigureTooSmall(f"pdf: {path}: its smallest label would print at {label:.1f} pt (at least "
                             f"{MIN_PT} pt): make the text larger or the drawing smaller.")
    return width * mm_per_unit


def needs_outlines(path: Path) -> bool:
    """Whether the SVG's text holds right-to-left letters (Arabic, Hebrew), which need shaping."""
    text = "".join(ElementTree.parse(path).getroot().itertext())
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def outlined(path: Path) -> Path:
    """A copy of the SVG with its text as shaped outlines (kept between runs, named by content)."""
    data = path.read_bytes()
    target = Path(tempfile.gettempdir()) / "course-figures" / f"{hashlib.sha256(data).hexdigest()[:20]}.svg"
    if not target.is_file():
        target.parent.mkdir(exist_ok=True)
        part = target.with_name(f"{target.stem}.{os.getpid()}.part")
        try:
            subprocess.run(["rsvg-convert", "--format", "svg", "--output", str(part), str(path)],
                           check=True, capture_output=True)
        except FileNotFoundError:
            raise FigureError(f"pdf: {path}: its right-to-left labels need rsvg-convert (Debian's "
                              "librsvg2-bin, installed by scripts/build)") from None
        part.replace(target)
    return target


def size(article) -> None:
    """Set the printed width of every SVG figure (img src already file:// URLs), and print a
    figure with right-to-left labels from its outlined copy."""
    for image in article.find_all("img", src=True):
        parts = urlsplit(image["src"])
        if parts.scheme == "file" and parts.path.endswith(".svg"):
            path = Path(unquote(parts.path))
            width = print_width(path)
            if width:
                image["style"] = f"width: {width:.1f}mm"
            if needs_outlines(path):
                image["src"] = outlined(path).as_uri()


def outline_images(soup, base_uri: str) -> None:
    """Print every SVG image with right-to-left labels from its outlined copy (src relative to base_uri)."""
    for image in soup.find_all("img", src=True):
        parts = urlsplit(urljoin(base_uri, image["src"]))
        if parts.scheme == "file" and parts.path.endswith(".svg") and needs_outlines(Path(unquote(parts.path))):
            image["src"] = outlined(Path(unquote(parts.path))).as_uri()
