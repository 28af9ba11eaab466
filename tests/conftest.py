"""Shared fixtures: a strict build of the site, a local web server, and Debian's Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from course import DOCS, LANGS, ROOT  # noqa: F401 (the tests import them from here too)
from course_engine.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402,F401


def mkdocs_build(dest: Path, *args: str, env: dict | None = None,
                 project: Path = ROOT) -> subprocess.CompletedProcess:
    """Run a strict build of the site (or of a project copy) into dest; the result holds the
    output for assertions."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(dest), *args],
        cwd=project, env=full_env, capture_output=True, text=True,
    )


def copy_project(dest: Path) -> Path:
    """A copy of everything the build reads (config, docs, data, overrides), to break on purpose."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "data", "overrides"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, dest / name)
    return dest


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test session (per xdist worker) with --strict."""
    dest = tmp_path_factory.mktemp("build") / "site"
    result = mkdocs_build(dest)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return dest


def pages(site: Path) -> list[Path]:
    """Every built HTML page except the 404 pages."""
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path):
    """Serve a folder on a free loopback port; returns (server, base_url)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The output of scripts/build (site, every download), built once per test run: the first
    xdist worker to ask builds it into the run's shared folder, the others wait and reuse it."""
    import fcntl
    from workshop_build import full_build
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base   # this run's, not an earlier one's
    dest = shared / "workshop" / "site"
    dest.parent.mkdir(exist_ok=True)
    with open(shared / "workshop.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (dest / "downloads" / "manifest.json").is_file():
            full_build(dest)
    return dest


@pytest.fixture(scope="session")
def offline(built, tmp_path_factory) -> Path:
    """The offline copy from that build, unzipped: the folder a trainer opens from a USB stick."""
    from workshop_build import unzip_offline
    return unzip_offline(built, tmp_path_factory.mktemp("offline"))


@pytest.fixture(scope="session")
def base_url(site):
    """The built site served over HTTP on loopback."""
    server, url = serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser); Playwright gives it
    a fresh, empty profile."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/test, which installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser page (own context), closed after the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()
