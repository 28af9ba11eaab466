"""Helpers for the tests of scripts/build's outputs (PDFs, downloads, offline copy); the session
fixtures `built` and `offline` in conftest.py run it once per session."""
from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def full_build(dest: Path) -> Path:
    """Run scripts/build (site, PDFs, offline zip) into dest."""
    result = subprocess.run([str(ROOT / "scripts" / "build"), str(dest)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, f"scripts/build failed:\n{result.stdout}\n{result.stderr}"
    return dest


def config():
    return load_config(str(ROOT / "mkdocs.yml"))


def nav_slugs(nav) -> list[str]:
    """The pages of mkdocs.yml's nav, in order, as file names without .md."""
    slugs = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        slugs += nav_slugs(value) if isinstance(value, list) else [value.removesuffix(".md")]
    return slugs


def prefix(lang: str) -> str:
    """Where a language's pages live in the build: '' for French (the default), 'en/' for English."""
    return "" if lang == "fr" else f"{lang}/"


def built_page(site: Path, lang: str, slug: str) -> BeautifulSoup:
    path = site / prefix(lang) / ("" if slug == "index" else slug) / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def page_title(site: Path, lang: str, slug: str) -> str:
    """The h1 of a built page, as the reader sees it."""
    h1 = built_page(site, lang, slug).select_one("article h1")
    for link in h1.select("a.headerlink"):
        link.decompose()
    return " ".join(h1.get_text(" ", strip=True).split())


def unzip_offline(site: Path, dest: Path) -> Path:
    """The offline zip of a build, unzipped into dest: its top folder."""
    with zipfile.ZipFile(site / "downloads" / config().extra["downloads"]["zip"]) as zipped:
        zipped.extractall(dest)
    (top,) = [p for p in dest.iterdir() if p.is_dir()]
    return top
