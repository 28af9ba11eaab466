"""Two builds of the same sources give the same site, byte for byte: built from two folders, with
different hash seeds (set and dict order) and on different dates. Only the sitemaps' <lastmod>
carries the build date (MkDocs takes it from SOURCE_DATE_EPOCH when set)."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

from conftest import copy_project, mkdocs_build

LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def build(tmp_path: Path, name: str, seed: str, date: str) -> Path:
    project = copy_project(tmp_path / name / "project")
    dest = tmp_path / name / "site"
    result = mkdocs_build(dest, project=project, env={"PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": date})
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return dest


def content(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.startswith("sitemap.xml"):
        data = gzip.decompress(data) if path.suffix == ".gz" else data
        data = LASTMOD.sub(b"<lastmod/>", data)
    return data


def test_two_builds_give_the_same_files(tmp_path):
    first = build(tmp_path, "first", seed="1", date="1396396800")   # 2 April 2014
    second = build(tmp_path, "second", seed="2", date="1767225600")  # 1 January 2026
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file()) == files
    assert sum(1 for f in files if f.suffix == ".html") >= 20
    differ = [str(f) for f in files if content(first / f) != content(second / f)]
    assert not differ, f"these files differ between two builds: {differ}"
