"""The serve plugin: while `scripts/serve` runs and the source is broken, every page of the preview
shows the author's mistake in plain words (MkDocs alone leaves the browser waiting); the preview
comes back by itself once the mistake is mended."""
from __future__ import annotations

import html
import logging
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin

log = logging.getLogger("mkdocs.plugins.course_engine")

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The course cannot be built</title></head>
<body style="font: 1.1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">
<h1>The course cannot be built</h1>
<p>Mend what this says, save, and this page comes back by itself.</p>
<pre style="white-space: pre-wrap; background: #fff3f0; border-left: 4px solid #b3261e; padding: 1rem">{message}</pre>
</body></html>
"""


class Errors(logging.Handler):
    """The error messages that MkDocs logs during one build."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


class ServePlugin(BasePlugin):
    def on_serve(self, server, config, builder):
        build, root = server.builder, Path(server.root)
        pages = [p.relative_to(root) for p in root.rglob("*.html")]   # after the first build

        def guarded():
            nonlocal pages
            errors = Errors()
            logging.getLogger("mkdocs").addHandler(errors)
            try:
                build()
                pages = [p.relative_to(root) for p in root.rglob("*.html")]
            except Abort:   # an author's mistake, already logged by MkDocs in plain words
                show(root, pages, "\n".join(errors.messages) or "The build stopped (see the terminal).")
            except Exception as error:   # a bug: the traceback helps whoever mends it
                log.exception("The build failed")
                show(root, pages, "\n".join([*errors.messages, f"{type(error).__name__}: {error}"]))
            finally:
                logging.getLogger("mkdocs").removeHandler(errors)
            # Returning normally lets the server reload the browsers, which then show the message.

        server.builder = guarded
        return server


def show(root: Path, pages: list[Path], message: str) -> None:
    """Every page the preview had becomes the message, so that any open page shows it (and
    reloads by itself when the source is mended); 404.html answers for the others."""
    page = PAGE.format(message=html.escape(message))
    for rel in {*pages, Path("404.html")}:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
