"""scripts/serve while the author works: a mistake shows on the page, in plain words, and the
preview comes back once it is mended."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import course
from conftest import copy_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, seconds: float = 120) -> str:
    """The page once it holds the text (polled: the server rebuilds in the background)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if text in page:
            return page
        time.sleep(0.5)
    raise AssertionError(f"{url} never showed {text!r}; last:\n{page[:500]}")


def test_a_mistake_shows_on_the_page_and_the_preview_recovers(tmp_path):
    project = copy_project(tmp_path / "project")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        chapter = course.chapters()[-1]
        url = f"http://127.0.0.1:{port}/{course.url(course.DEFAULT, chapter)}"
        title = course.config().site_name
        wait_for(url, title)
        page = project / "docs" / course.DEFAULT / chapter
        text = page.read_text(encoding="utf-8")
        page.write_text(text + "\n\nSee [@nobody-2099].\n", encoding="utf-8")
        broken = wait_for(url, "The course cannot be built")
        assert f"docs/{course.DEFAULT}/{chapter}" in broken and "nobody-2099" in broken, broken[:1500]
        assert "livereload" in broken, "the page reloads by itself when the source is mended"
        page.write_text(text, encoding="utf-8")
        assert "cannot be built" not in wait_for(url, title)
    finally:
        server.terminate()
        log, _ = server.communicate(timeout=30)
    assert "Traceback" not in log, log[-3000:]
