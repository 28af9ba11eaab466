"""Point each page's search at the course's worker (course-search.js), told the page's language."""
from __future__ import annotations

import json
import re
from urllib.parse import quote

from mkdocs.plugins import event_priority

from coursedata import page_lang

WORKER = "course-search.js"  # overrides/assets/javascripts/workers/course-search.js
CONFIG_RE = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def worker_url(material_worker: str, lang: str) -> str:
    """Our worker next to Material's, told the page's language and which worker to wrap."""
    folder, _, name = material_worker.rpartition("/")
    return f"{folder + '/' if folder else ''}{WORKER}?lang={quote(lang)}&worker={quote(name)}"


def html_safe_json(value) -> str:
    """JSON that cannot end the script element, like Jinja's tojson filter."""
    text = json.dumps(value, sort_keys=True)
    for char in "<>&'":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


@event_priority(-50)  # before the Content-Security-Policy hook, which reads the final page
def on_post_page(output, page, config):
    def rewrite(match):
        settings = json.loads(match.group(2))
        if settings.get("search"):
            settings["search"] = worker_url(settings["search"], page_lang(config))
        return match.group(1) + html_safe_json(settings) + match.group(3)

    return CONFIG_RE.sub(rewrite, output, count=1)
