"""Write one Zensical configuration per language of mkdocs.yml (run by scripts/zensical-trial).

Zensical reads mkdocs.yml's settings and runs Python-Markdown extensions, but not MkDocs plugins:
no static-i18n, so each language is a site of its own, and the options that the engine's plugins set
per language (the language, its typography, the data files) are written out here.
Usage: zensical_configs.py OUT_FOLDER  -> prints "<lang> <config file> <site folder>" per language."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml
from mkdocs.config import load_config

from course_engine import site
from course_engine.languages import strings as strings_file

ENGINE = ("course_engine.citations", "course_engine.glossary", "course_engine.typography", "course_engine.lessons")


def main(out: Path) -> int:
    config = load_config("mkdocs.yml")
    languages = site.languages(config)
    plugins = config.plugins
    folder = plugins["course-languages"].config.strings
    words = strings_file.load(Path(folder), [l.code for l in languages])
    data = {"bibliography": plugins["course-bibliography"].config.file,
            "glossary": plugins["course-glossary"].config.file, "strings": folder}
    for lang in languages:
        rules = words[lang.code]["typography"]
        options = {
            "course_engine.citations": {"lang": lang.code, "bibliography": data["bibliography"], "strings": folder,
                                        "bibliography_page": plugins["course-bibliography"].config.page},
            "course_engine.glossary": {"lang": lang.code, **data, "glossary_page": plugins["course-glossary"].config.page},
            "course_engine.typography": {"spacing": rules["spacing"], "quotes": rules["quotes"]},
            "course_engine.lessons": {"blocks": list(plugins["course-lessons"].config.blocks)},
        }
        extensions = [{name: options[name]} for name in ENGINE] + [
            {name: config.mdx_configs[name]} if name in config.mdx_configs else name
            for name in config.markdown_extensions if isinstance(name, str) and name not in ENGINE]
        built = out / lang.code
        trial = {
            "site_name": lang.site_name, "site_url": config.site_url, "docs_dir": f"docs/{lang.code}",
            "site_dir": str(built), "use_directory_urls": True,
            # Not the course's overrides/: Zensical's template engine cannot render Material's MkDocs
            # templates that they extend (scripts/zensical-trial tried: "string has no method named t").
            "theme": {"name": "material", "language": lang.code, "font": False,
                      "features": list(config.theme["features"])},
            "nav": config.nav, "markdown_extensions": extensions,
        }
        path = Path(f"zensical-trial.{lang.code}.yml")   # at the project's root: Zensical wants it there
        path.write_text(yaml.safe_dump(trial, allow_unicode=True, sort_keys=False), encoding="utf-8")
        print(lang.code, path, built)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
