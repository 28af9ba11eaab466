"""Outputs made from the finished site: the PDFs (pdf.py), the slides on paper (slides.py), and
the names of every download."""
from __future__ import annotations

import re

SPACES = re.compile(r"[ \t\n\r\f\v]+")   # not the no-break spaces that typography put there


def plain_text(element) -> str:
    """An element's text as a reader sees it: inline parts joined as they are (no space before a
    comma after an abbreviation), runs of ordinary white space made one, no-break spaces kept,
    no permalink sign."""
    for link in element.select("a.headerlink"):
        link.decompose()
    return SPACES.sub(" ", element.get_text()).strip()


def download_names(config, lang: str, chapter: str = "{chapter}") -> dict[str, str]:
    """The files of site/downloads/ for a language, from mkdocs.yml's extra.downloads.name; a
    chapter's slides are named after its slug (the placeholder, for templates, when none is given)."""
    name = config.extra["downloads"]["name"]
    return {"pdf": f"{name}-{lang}.pdf", "pdf-trainer": f"{name}-trainer-{lang}.pdf", "zip": f"{name}-offline.zip",
            "slides": f"{name}-{chapter}-slides-{lang}.pdf", "handout": f"{name}-{chapter}-handout-{lang}.pdf",
            "epub": f"{name}-{lang}.epub"}
