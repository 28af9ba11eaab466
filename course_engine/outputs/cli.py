"""What every output script starts from: its arguments, the site's configuration, the languages
and their words, and the course's palette (shared with the web pages)."""
from __future__ import annotations

import argparse
from pathlib import Path

from mkdocs.config import load_config

from .. import site
from ..languages import strings as strings_file


def start(description: str, argv: list[str] | None, outputs: str, options=None):
    """(args, config, languages, words by language, palette.css path) for `prog SITE OUT [--lang X]...`;
    `options(parser)` adds a script's own arguments."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("site", type=Path, help="the built site (mkdocs build)")
    parser.add_argument("out", type=Path, help=f"folder that receives the {outputs}")
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    if options:
        options(parser)
    args = parser.parse_args(argv)
    config = load_config(str(args.config))
    languages = [l for l in site.languages(config) if not args.lang or l.code in args.lang]
    words = strings_file.load(args.config.resolve().parent / config.plugins["course-languages"].config.strings,
                              [l.code for l in site.languages(config)])
    args.out.mkdir(parents=True, exist_ok=True)
    palette = Path(config.theme.custom_dir) / "assets" / "stylesheets" / "palette.css"
    return args, config, languages, words, palette
