"""Every download of the built site, made side by side (run by scripts/build):
`python -m course_engine.outputs SITE_DIR OUT_DIR`.

One job per PDF edition and language, then the slides, the handouts and the EPUBs, shared among
as many worker processes as the machine has cores. The workers are forked from this process after
WeasyPrint and MkDocs are imported, so no job pays for the imports again."""
from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from .. import site
from . import epub, figures, handouts, page_numbers, pdf, slides, wide

# Per language, the longest first, so that the cores finish together.
JOBS = [(pdf.main, ["--edition", "trainer"]), (pdf.main, ["--edition", "trainee"]),
        (slides.main, []), (handouts.main, []), (epub.main, [])]


# An author's mistake, said plainly (anything else keeps its traceback).
MISTAKES = (figures.FigureError, wide.TableTooWide, handouts.HandoutTooLong, page_numbers.DeadReference,
            PluginError)


def run(job) -> int:
    main, argv = job
    try:
        return main(argv)
    except MISTAKES as error:
        print(error, file=sys.stderr)
        return 1
    except Exception:   # printed here: not every exception survives the trip back from a worker
        traceback.print_exc()
        return 1


def main(argv: list[str] | None = None) -> int:
    site_dir, out = (argv or sys.argv[1:])[:2]
    languages = [l.code for l in site.languages(load_config("mkdocs.yml"))]
    jobs = [(main, [site_dir, out, *options, "--lang", code]) for main, options in JOBS for code in languages]
    Path(out).mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(os.cpu_count() or 1, mp_context=multiprocessing.get_context("fork")) as pool:
        codes = list(pool.map(run, jobs))
    return max(codes)


if __name__ == "__main__":
    sys.exit(main())
