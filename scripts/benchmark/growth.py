"""How the build grows with the course (run by scripts/bench): the site build of today's course
against a generated larger one (the taught sequences ×5, the glossary ×4), and the time
`scripts/serve` takes to rebuild after a save."""
from __future__ import annotations

import copy
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml
from mkdocs.config import load_config

from course_engine import frontmatter, site

ROOT = Path(__file__).resolve().parents[2]
SEQUENCES, GLOSSARY = 5, 4   # how many times each taught sequence, and the glossary
RUNS = 3                     # builds of each size; the fastest counts (the others met other work)


def project(dest: Path, sequences: int = 1, glossary: int = 1) -> Path:
    """A copy of the course with every taught sequence and every glossary entry repeated."""
    for name in ("mkdocs.yml", "docs", "data", "overrides"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, dest / name)
    config = load_config(str(ROOT / "mkdocs.yml"))
    languages = [l.code for l in site.languages(config)]
    text = (dest / "mkdocs.yml").read_text(encoding="utf-8")
    for page in site.nav_pages(config.nav):
        if frontmatter.read(ROOT / "docs" / languages[0] / page).meta.get("sequence", 0) < 1:
            continue
        copies = [page.replace(".md", f"-{n}.md") for n in range(2, sequences + 1)]
        for lang in languages:
            for name in copies:
                shutil.copy(dest / "docs" / lang / page, dest / "docs" / lang / name)
        text = re.sub(rf"^(\s+)- {re.escape(page)}$", lambda m: "\n".join(
            [m.group(0)] + [f"{m.group(1)}- {c}" for c in copies]), text, flags=re.M)
    (dest / "mkdocs.yml").write_text(text, encoding="utf-8")
    if glossary > 1:
        path = dest / "data" / "glossary.yml"
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        grown = list(entries)
        for n in range(2, glossary + 1):
            for entry in entries:
                grown.append(variant(entry, n))
        path.write_text(yaml.safe_dump(grown, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return dest


def variant(entry: dict, n: int) -> dict:
    """Another entry like this one: its own id, term, abbreviations and aliases."""
    other = copy.deepcopy(entry)
    other["id"] = f"{entry['id']}-v{n}"
    other["term"] = {lang: f"{term} {n}" for lang, term in entry["term"].items()}
    for field in ("match", "aliases"):
        if field in other:
            other[field] = {lang: [f"{text}{n}" for text in texts or []] for lang, texts in other[field].items()}
    return other


def build_time(folder: Path) -> float:
    """CPU seconds (user and system) of one strict build: steadier than the wall clock on a busy machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(folder / "out")],
                            cwd=folder, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"bench: the build of {folder.name} failed:\n{result.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 2)


def rebuild_time(folder: Path, port: int) -> float:
    """Seconds from saving a chapter to `mkdocs serve` reloading the browsers."""
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
                              cwd=folder, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_line(server, "Serving on")
        config = load_config(str(folder / "mkdocs.yml"))
        page = folder / "docs" / site.languages(config)[0].code / site.nav_pages(config.nav)[1]
        time.sleep(1)   # let the watcher settle
        start = time.monotonic()
        page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        wait_for_line(server, "Reloading browsers")
        # the server waits build_delay (about 0.25 s) for more changes before it rebuilds
        return round(time.monotonic() - start, 2)
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_for_line(process, text: str) -> None:
    for line in process.stdout:
        if text in line:
            return
        if "ERROR" in line:
            sys.exit(f"bench: mkdocs serve: {line}")
    sys.exit(f"bench: mkdocs serve stopped before '{text}'")


def measure(work: Path, port: int) -> dict:
    sizes = {"today's course": (1, 1), f"sequences ×{SEQUENCES}": (SEQUENCES, 1),
             f"glossary ×{GLOSSARY}": (1, GLOSSARY), f"sequences ×{SEQUENCES}, glossary ×{GLOSSARY}": (SEQUENCES, GLOSSARY)}
    results = {}
    for name, (sequences, glossary) in sizes.items():
        folder = work / f"growth-{sequences}-{glossary}"
        folder.mkdir()
        project(folder, sequences, glossary)
        pages = sum(1 for _ in (folder / "docs").rglob("*.md"))
        print(f"bench: growth: {name} ({pages} pages) ...", flush=True)
        results[name] = {"pages": pages, "build_s": min(build_time(folder) for _ in range(RUNS)),
                         "rebuild_s": rebuild_time(folder, port)}
    return results
