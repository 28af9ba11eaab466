"""What the scripts ask of the site's configuration: `python -m course_engine languages` prints
the built languages (default first); `python -m course_engine download zip` prints a download's
file name (pdf needs a language: `download pdf en`)."""
from __future__ import annotations

import sys

from mkdocs.config import load_config

from . import site
from .outputs import download_names


def main(argv: list[str]) -> int:
    config = load_config("mkdocs.yml")
    languages = site.languages(config)
    if argv[:1] == ["languages"]:
        print(" ".join(l.code for l in languages))
    elif argv[:1] == ["download"] and len(argv) in (2, 3):
        print(download_names(config, argv[2] if len(argv) == 3 else languages[0].code)[argv[1]])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
