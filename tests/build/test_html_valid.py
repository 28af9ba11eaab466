"""Valid HTML: the W3C Nu HTML checker (scripts/check-html, offline) finds no error on any built
page, in either language, 404 page included."""
from __future__ import annotations

import subprocess

import pytest

from conftest import ROOT


def test_every_built_page_is_valid_html(site):
    result = subprocess.run([str(ROOT / "scripts" / "check-html"), str(site)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode != 2, f"the HTML checker could not run:\n{result.stderr}"
    errors = result.stdout.splitlines()
    if errors or result.returncode != 0:
        pytest.fail(f"{len(errors)} HTML errors (file:line: message):\n" + "\n".join(errors)
                    + "\n" + result.stderr, pytrace=False)
