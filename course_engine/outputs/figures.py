"""Figures on paper: each SVG is printed at the width where its smallest label reads at the size of
the body text, within the text width and a page's height; a figure whose labels would still print
under 8 pt stops the build, named."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

PT = 25.4 / 72          # millimetres in a point
LABEL_PT = 10           # the body text's size (pdf.css)
MIN_PT = 8
TEXT_WIDTH_MM = 170     # A4 less pdf.css's margins
MAX_HEIGHT_MM = 195     # leaves room on the page for the caption
FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)(px)?")


class FigureTooSmall(Exception):
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


def size(article) -> None:
    """Set the printed width of every SVG figure of a chapter (img src already file:// URLs)."""
    for image in article.find_all("img", src=True):
        parts = urlsplit(image["src"])
        if parts.scheme == "file" and parts.path.endswith(".svg"):
            width = print_width(Path(unquote(parts.path)))
            if width:
                image["style"] = f"width: {width:.1f}mm"
