"""How the tests and the benchmark start Debian's Chromium (never a downloaded browser): without
these flags, it tries to reach Google's hosts at every start, which this machine's network refuses."""
from __future__ import annotations

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
