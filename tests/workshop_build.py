"""Helpers for the tests of scripts/build's outputs (PDFs, downloads, offline copy); the session
fixtures `built` and `offline` in conftest.py run it once per session."""
from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

from bs4 import BeautifulSoup

import course
from course_engine.outputs import download_names


def full_build(dest: Path) -> Path:
    """Run scripts/build (site, PDFs, offline zip) into dest."""
    result = subprocess.run([str(course.ROOT / "scripts" / "build"), str(dest)],
                            cwd=course.ROOT, capture_output=True, text=True)
    assert result.returncode == 0, f"scripts/build failed:\n{result.stdout}\n{result.stderr}"
    return dest


def downloads(lang: str) -> dict[str, str]:
    """The download file names of a language: {'pdf': ..., 'zip': ...}."""
    return download_names(course.config(), lang)


def built_page(site: Path, lang: str, page: str) -> BeautifulSoup:
    return BeautifulSoup(course.built(site, lang, page).read_text(encoding="utf-8"), "lxml")


def page_title(site: Path, lang: str, page: str) -> str:
    """The h1 of a built page, as the reader sees it."""
    h1 = built_page(site, lang, page).select_one("article h1")
    for link in h1.select("a.headerlink"):
        link.decompose()
    return " ".join(h1.get_text(" ", strip=True).split())


def unzip_offline(site: Path, dest: Path) -> Path:
    """The offline zip of a build, unzipped into dest: its top folder."""
    with zipfile.ZipFile(site / "downloads" / downloads(course.DEFAULT)["zip"]) as zipped:
        zipped.extractall(dest)
    (top,) = [p for p in dest.iterdir() if p.is_dir()]
    return top
