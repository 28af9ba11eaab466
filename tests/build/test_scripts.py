"""The scripts work from anywhere, also through a symlink (they find the project from their own
real path, not from the path they were called by)."""
from __future__ import annotations

import os
import subprocess

from conftest import ROOT


def test_scripts_work_through_a_symlink_from_another_folder(tmp_path):
    link = tmp_path / "bootstrap"
    link.symlink_to(ROOT / "scripts" / "bootstrap")
    result = subprocess.run([str(link)], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / ".venv").exists(), "it worked on the folder it was called from"


def test_every_script_resolves_its_own_path():
    for script in sorted((ROOT / "scripts").iterdir()):
        if script.is_file() and os.access(script, os.X_OK) and script.suffix == "":
            text = script.read_text(encoding="utf-8")
            assert 'cd "$(dirname "$0")' not in text, f"{script.name} breaks when called through a symlink"
