"""site/downloads/manifest.json, written last by scripts/build: every download, with its path
(relative to downloads/), language (`all` for the zip), kind, chapter (handouts and slides), title,
size and SHA-256. The list of files comes from the configuration (the languages, the chapters, the
names of extra.downloads), not from the folder: a missing file stops the build, and so does a file
nobody asked for.

Usage: python -m course_engine.outputs.manifest SITE_DIR"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from mkdocs.config import load_config

from .. import frontmatter, site
from ..languages import strings as strings_file
from . import download_names

NAME = "manifest.json"
KINDS = ("pdf", "pdf-trainer", "epub")     # per language; each a key of download_names()
CHAPTER_KINDS = ("handout", "slides")       # per chapter and language


class DownloadsMismatch(Exception):
    pass


def chapters(config, lang: site.Language) -> list[str]:
    """The pages with a handout and slides: the chapters (front matter `sequence`)."""
    return [p for p in site.nav_pages(config.nav)
            if "sequence" in frontmatter.read(site.docs_folder(config, lang.code) / p).meta]


def per_language(config, lang: site.Language, words: dict) -> list[dict]:
    """The downloads of one language, from the configuration: path, lang, kind, chapter, title
    (the words of the strings file's `manifest:`, the chapter's title from its front matter)."""
    s, names = words["manifest"], download_names(config, lang.code)
    files = [{"path": names[kind], "lang": lang.code, "kind": kind, "title": s[kind].format(course=lang.site_name)}
             for kind in KINDS]
    for page in chapters(config, lang):
        chapter = site.slug(page)
        heading = frontmatter.read(site.docs_folder(config, lang.code) / page).meta["title"]
        names = download_names(config, lang.code, chapter)
        files += [{"path": names[kind], "lang": lang.code, "kind": kind, "chapter": chapter,
                   "title": s[kind].format(chapter=heading)} for kind in CHAPTER_KINDS]
    return files


def expected(config, words: dict) -> list[dict]:
    """Every download a build must make."""
    languages = site.languages(config)
    files = [f for lang in languages for f in per_language(config, lang, words[lang.code])]
    default = languages[0].code
    files.append({"path": download_names(config, default)["zip"], "lang": "all", "kind": "zip",
                  "title": words[default]["manifest"]["zip"].format(course=languages[0].site_name)})
    return files


def write(site_dir: Path, config, words: dict) -> Path:
    folder = site_dir / "downloads"
    files = expected(config, words)
    present = {p.name for p in folder.iterdir() if p.is_file() and p.name != NAME}
    missing = [f["path"] for f in files if f["path"] not in present]
    extra = sorted(present - {f["path"] for f in files})
    if missing or extra:
        raise DownloadsMismatch(f"manifest: downloads missing: {missing or 'none'}; not expected: {extra or 'none'}")
    for entry in files:
        data = (folder / entry["path"]).read_bytes()
        entry["bytes"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    target = folder / NAME
    target.write_text(json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    site_dir = Path((argv or sys.argv[1:])[0])
    config = load_config("mkdocs.yml")
    words = strings_file.load(Path(config.config_file_path).parent / config.plugins["course-languages"].config.strings,
                              [l.code for l in site.languages(config)])
    try:
        target = write(site_dir, config, words)
    except DownloadsMismatch as error:
        print(error, file=sys.stderr)
        return 1
    print(f"manifest: {target} ({len(json.loads(target.read_text())['files'])} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
