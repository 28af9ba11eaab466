"""Benchmark the course site (run by scripts/bench, never by the tests): build times, first-load
bytes of every page, and Lighthouse scores of every page (mobile and desktop presets), served on
loopback with gzip. Writes reports/benchmark.json and reports/benchmark.md, and the table in
README.md between its bench markers.

Usage: bench.py [--pages PATH ...] [--runs N] [--growth-only]   (PATH as in the address: '', 'notion/', 'en/')
--growth-only measures only how the build grows with the course (growth.py), and keeps the rest of
the last report.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import blocking
import growth
import gzip_server
import report
from mkdocs.config import load_config

from course_engine import frontmatter, site
from course_engine.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv" / "bin"
CONFIG = load_config(str(ROOT / "mkdocs.yml"))
LANGUAGES = site.languages(CONFIG)
LIGHTHOUSE = "lighthouse@12.2.3"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
KINDS = {"document": "html", "stylesheet": "css", "script": "js", "font": "fonts", "image": "images"}
EXTENSIONS = {".html": "html", ".css": "css", ".js": "js", ".woff": "fonts", ".woff2": "fonts",
              ".ttf": "fonts", ".otf": "fonts", ".svg": "images", ".png": "images", ".jpg": "images",
              ".jpeg": "images", ".webp": "images", ".gif": "images", ".ico": "images"}


def languages() -> list[str]:
    """The built languages, from mkdocs.yml (the build-time budget is per language)."""
    sys.path.insert(0, str(ROOT))
    from mkdocs.config import load_config
    from course_engine import site
    return [l.code for l in site.languages(load_config(str(ROOT / "mkdocs.yml")))]


def run(command: list[str], env: dict | None = None) -> float:
    """Run a command from the project root; return its wall-clock time in seconds."""
    start = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
                            capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"bench: {' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return round(time.monotonic() - start, 1)


def build_times(work: Path, site_url: str) -> dict[str, float]:
    """Each part on its own, then the whole of scripts/build (parts in parallel), into work/."""
    env = {"SITE_URL": site_url}
    mkdocs = [str(VENV / "mkdocs"), "build", "--strict", "-d"]
    times = {"site": run(mkdocs + [str(work / "site")], env),
             "offline copy": run(mkdocs + [str(work / "offline")], {**env, "OFFLINE": "true"})}
    outputs = [str(VENV / "python"), "-m"]
    for lang in LANGUAGES:
        for edition in ("trainee", "trainer"):
            times[f"PDF, {edition} edition ({lang.code})"] = run(
                outputs + ["course_engine.outputs.pdf", str(work / "site"), str(work / "pdf"),
                           "--lang", lang.code, "--edition", edition], env)
    for name, module in (("handouts", "handouts"), ("slides on paper", "slides"), ("EPUBs", "epub")):
        times[f"{name} (every language)"] = run(outputs + [f"course_engine.outputs.{module}", str(work / "site"),
                                                           str(work / "pdf")], env)
    times["scripts/build (all, in parallel)"] = run(["scripts/build", str(work / "full")], env)
    return times


def chapter_slugs() -> set[str]:
    """Chapters: the pages whose front matter has a sequence number."""
    folder = site.docs_folder(CONFIG, LANGUAGES[0].code)
    return {site.slug(p) for p in site.nav_pages(CONFIG.nav) if "sequence" in frontmatter.read(folder / p).meta}


def page_list(site: Path) -> list[dict]:
    chapters = chapter_slugs()
    found = []
    for page in sorted(site.rglob("index.html")):
        rel = page.relative_to(site)
        if rel.parts[0] in ("downloads", "assets", "search"):
            continue
        path = rel.as_posix().removesuffix("index.html")
        lang = next((l for l in LANGUAGES if not l.default and path.startswith(l.prefix)), LANGUAGES[0])
        slug = path.removeprefix(lang.prefix).strip("/") or "index"
        lang = lang.code
        found.append({"path": path, "lang": lang, "slug": slug, "chapter": slug in chapters})
    return found


def kind_of(url: str, resource_type: str) -> str:
    suffix = Path(urlsplit(url).path).suffix.lower()
    return EXTENSIONS.get(suffix) or KINDS.get(resource_type, "other")


def first_load_bytes(base: str, pages: list[dict]) -> None:
    """What each page downloads, compressed, with an empty cache, until the network is idle."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for page in pages:
            context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
            done = []
            context.on("requestfinished", lambda request: done.append(request))
            tab = context.new_page()
            tab.goto(base + page["path"], wait_until="networkidle")
            sizes = dict.fromkeys(("html", "css", "js", "fonts", "images", "other"), 0)
            for request in done:
                s = request.sizes()
                # Chromium does not report the body size of a worker's own script: the header does.
                body = s["responseBodySize"] or int(request.response().headers.get("content-length", 0))
                sizes[kind_of(request.url, request.resource_type)] += body + s["responseHeadersSize"]
            page["bytes"] = sizes
            page["requests"] = sorted({urlsplit(r.url).path for r in done})
            context.close()
        browser.close()


def lighthouse(url: str, preset: str, out: Path) -> dict:
    command = ["npx", "--yes", LIGHTHOUSE, url, "--quiet", "--output=json", f"--output-path={out}",
               f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"]
    if preset == "desktop":
        command.append("--preset=desktop")
    if preset == "blocking":   # the mobile preset, performance only: what the blocking time needs
        command[command.index(f"--only-categories={','.join(CATEGORIES)}")] = "--only-categories=performance"
    result = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
    if result.returncode or not out.exists():
        return {"error": (result.stderr or result.stdout).strip()[-500:]}
    lhr = json.loads(out.read_text(encoding="utf-8"))
    if preset == "blocking":
        return {"tbt_ms": lhr["audits"]["total-blocking-time"]["numericValue"]}
    scores, failing = {}, {}
    for name in CATEGORIES:
        category = lhr["categories"][name]
        scores[name] = round(category["score"] * 100) if category["score"] is not None else None
        failing[name] = [
            lhr["audits"][ref["id"]]["title"] + (f" ({lhr['audits'][ref['id']]['displayValue']})"
                                                if lhr["audits"][ref["id"]].get("displayValue") else "")
            for ref in category["auditRefs"]
            if ref.get("weight") and lhr["audits"][ref["id"]]["score"] is not None
            and lhr["audits"][ref["id"]]["score"] < 1]
    # Where the main thread's time went (the usual cause of a performance score under 100).
    cpu = lhr["audits"].get("bootup-time", {}).get("details", {}).get("items", [])
    busy = [f"{Path(urlsplit(i['url']).path).name or urlsplit(i['url']).path or i['url']} "
            f"{round(i['total'])} ms of CPU" for i in cpu[:3]]
    if failing["performance"] and busy:
        failing["performance"].append("main thread, 4× slowed: " + ", ".join(busy))
    return {"scores": scores, "failing": failing}


def median_run(url: str, preset: str, out: Path, runs: int) -> dict:
    """The run with the median performance score, of several (Lighthouse varies from run to run)."""
    results = [lighthouse(url, preset, out) for _ in range(runs)]
    ok = sorted((r for r in results if "scores" in r), key=lambda r: r["scores"]["performance"] or 0)
    return ok[len(ok) // 2] if ok else results[0]


def git(*args: str) -> str:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", nargs="*", help="only these pages (default: every page)")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page and preset (the median is kept)")
    parser.add_argument("--growth-only", action="store_true", help="only the growth of the build with the course")
    parser.add_argument("--blocking", type=int, metavar="RUNS", default=0,
                        help="only the Total Blocking Time of the pages (--pages) against a plain Material page, "
                             "RUNS runs each (5 for the budget)")
    args = parser.parse_args()
    if args.blocking:
        return measure_blocking(args)
    if args.growth_only:
        data = json.loads((ROOT / "reports" / "benchmark.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            data["growth"] = growth.measure(Path(tmp), gzip_server.free_port())
        data["budgets"], data["misses"] = report.BUDGETS, None
        data["misses"] = report.misses(data)
        report.write(data, ROOT)
        print(f"bench: {len(data['misses'])} budget(s) missed; see reports/benchmark.md")
        return
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        server, base = gzip_server.start(work / "full")   # the port first: the build needs the address
        print(f"bench: building (site, offline copy, PDFs, then scripts/build) for {base} ...", flush=True)
        builds = build_times(work, base)
        grew = growth.measure(work, gzip_server.free_port())
        pages = page_list(work / "full")
        if args.pages is not None:
            pages = [p for p in pages if p["path"] in args.pages]
        print(f"bench: first-load bytes of {len(pages)} pages ...", flush=True)
        first_load_bytes(base, pages)
        for page in pages:
            page["lighthouse"] = {}
            for preset in ("mobile", "desktop"):
                print(f"bench: Lighthouse {preset} /{page['path']}", flush=True)
                page["lighthouse"][preset] = median_run(base + page["path"], preset, work / "lh.json", args.runs)
        server.shutdown()
    data = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git("rev-parse", "--short", "HEAD") + (" (with uncommitted changes)" if git("status", "--porcelain") else ""),
        "machine": f"{os.cpu_count()} cores, {platform.system()} {platform.machine()}, Python {platform.python_version()}",
        "server": "Python http.server on 127.0.0.1, gzip level 9 for text files",
        "lighthouse": LIGHTHOUSE + f" with {CHROMIUM}" + (f", median of {args.runs} runs" if args.runs > 1 else ", one run"),
        "budgets": report.BUDGETS,
        "languages": len(languages()),
        "builds": builds,
        "growth": grew,
        "pages": pages,
    }
    last = ROOT / "reports" / "benchmark.json"   # the blocking times are measured on their own (--blocking)
    if last.is_file() and "blocking" in json.loads(last.read_text(encoding="utf-8")):
        data["blocking"] = json.loads(last.read_text(encoding="utf-8"))["blocking"]
    data["misses"] = report.misses(data)
    report.write(data, ROOT)
    print(f"bench: {len(data['misses'])} budget(s) missed; see reports/benchmark.md")


def measure_blocking(args) -> None:
    """Total Blocking Time of the course's pages and of a plain page, side by side; kept in the report."""
    data = json.loads((ROOT / "reports" / "benchmark.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        run([str(VENV / "mkdocs"), "build", "--strict", "-d", str(work / "site")])
        paths = args.pages if args.pages is not None else [p["path"] for p in page_list(work / "site")]
        chapter = next(p for p in page_list(work / "site") if p["chapter"])["path"]
        plain = blocking.plain_site(work, work / "site" / chapter / "index.html")
        server, base = gzip_server.start(work / "site")
        plain_server, plain_base = gzip_server.start(plain)

        def tbt(url):
            result = lighthouse(url, "blocking", work / "lh.json")
            return result.get("tbt_ms")

        medians = blocking.measure({f"/{p}": base + p for p in paths}, plain_base, args.blocking, tbt)
        server.shutdown()
        plain_server.shutdown()
    data["blocking"] = {"runs": args.blocking, "plain page": f"the text of /{chapter} on a plain Material page",
                        "medians_ms": medians}
    data["budgets"], data["misses"] = report.BUDGETS, None
    data["misses"] = report.misses(data)
    report.write(data, ROOT)
    print(f"bench: {len(data['misses'])} budget(s) missed; see reports/benchmark.md")


if __name__ == "__main__":
    main()
