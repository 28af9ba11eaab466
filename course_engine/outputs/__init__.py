"""Outputs made from the finished site: the PDFs (pdf.py), and the names of every download."""
from __future__ import annotations


def download_names(config, lang: str) -> dict[str, str]:
    """The files of site/downloads/ for a language, from mkdocs.yml's extra.downloads.name."""
    name = config.extra["downloads"]["name"]
    return {"pdf": f"{name}-{lang}.pdf", "zip": f"{name}-offline.zip"}
