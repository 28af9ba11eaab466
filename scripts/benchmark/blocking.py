"""Main-thread cost of the course's pages against a plain Material page with the same text
(run by `scripts/bench --blocking`): Lighthouse's Total Blocking Time, mobile preset, several
runs of each page, measured side by side in one run. Budget: every page's median at most 1.2×
the plain page's median, or at most 100 ms."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

PLAIN_CONFIG = """site_name: Plain
theme:
  name: material
  font: false
plugins: [search]
"""


def plain_site(work: Path, chapter_html: Path) -> Path:
    """A Material site of one page holding the chapter's text as plain paragraphs and headings."""
    article = BeautifulSoup(chapter_html.read_text(encoding="utf-8"), "lxml").select_one("article")
    for element in article.select("script, style, template, .md-content__button, .headerlink"):
        element.decompose()
    lines = []
    for block in article.find_all(["h1", "h2", "h3", "p", "li"]):
        text = " ".join(block.get_text(" ").split())
        if text:
            lines.append(("#" * int(block.name[1]) + " " if block.name[0] == "h" else "- " if block.name == "li" else "")
                         + text.replace("[", "(").replace("]", ")"))
    project = work / "plain"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    (project / "docs" / "index.md").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site")], cwd=project,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"bench: the plain page did not build:\n{result.stderr[-2000:]}")
    return project / "site"


def measure(urls: dict[str, str], plain_url: str, runs: int, lighthouse) -> dict:
    """Median TBT (ms) of each page and of the plain page; runs interleaved, page after page."""
    samples: dict[str, list[float]] = {name: [] for name in [*urls, "plain page"]}
    every = {**urls, "plain page": plain_url}
    for run in range(runs):
        for name, url in every.items():
            print(f"bench: blocking time, run {run + 1}/{runs}: {name}", flush=True)
            result = lighthouse(url)
            if result is not None:
                samples[name].append(result)
    return {name: round(statistics.median(values)) for name, values in samples.items() if values}


def misses(medians: dict[str, int]) -> list[str]:
    plain = medians.get("plain page")
    if plain is None:
        return ["blocking time: the plain page was not measured"]
    return [f"{name}: Total Blocking Time {tbt} ms, {tbt / max(plain, 1):.2f}× the plain page's {plain} ms "
            "(budget 1.2×, or at most 100 ms)"
            for name, tbt in medians.items() if name != "plain page" and tbt > 100 and tbt > 1.2 * plain]
