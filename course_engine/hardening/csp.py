"""Content-Security-Policy: only the site's own files, and only the page's own inline scripts and
styles, allowed by their hashes. Computed on the finished page, so it is always exact."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html import escape, unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
CHARSET_RE = re.compile(r"<meta charset=[^>]*>", re.I)
CONFIG_RE = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


# One pass over the page: comments, script and style elements (their text is raw up to the first
# closing tag, as in HTML), and every other start tag for its style attribute. A regular expression
# scan: an HTMLParser walk took a tenth of the build.
QUOTED = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
TOKEN_RE = re.compile(rf"<!--.*?-->|<(script|style)\b({QUOTED})>(.*?)</\1\s*>|<[a-zA-Z][^\s/>]*({QUOTED})>", re.S | re.I)
ATTRIBUTE_RE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")


def attributes(text: str) -> dict[str, str | None]:
    found = {}
    for match in ATTRIBUTE_RE.finditer(text):
        value = next((v for v in match.groups()[1:] if v is not None), None)
        found.setdefault(match.group(1).lower(), None if value is None else unescape(value))
    return found


class InlineCode:
    """The inline scripts, styles and style attributes of a page, and its script addresses."""

    def __init__(self, output: str):
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.style_attributes: list[str] = []
        self.sources: list[str] = []
        for match in TOKEN_RE.finditer(output):
            tag, element_attrs, text, tag_attrs = match.groups()
            if not tag and "style" not in (tag_attrs or "").lower():
                continue
            attrs = attributes(element_attrs if tag else tag_attrs or "")
            if attrs.get("style") is not None:
                self.style_attributes.append(attrs["style"])
            if not tag:
                continue
            if tag.lower() == "style":
                self.styles.append(text)
            elif attrs.get("src"):
                self.sources.append(attrs["src"])
            elif (attrs.get("type") or "").lower() in SCRIPT_TYPES:
                self.scripts.append(text)


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def unique(items):
    return list(dict.fromkeys(items))


def iframe_worker_script(shim: str, worker_url: str) -> str | None:
    """The inline script that the iframe-worker shim (offline copy, search from file://) writes
    into its iframe, which inherits this policy: its text is fixed by the shim and the worker."""
    template = re.search(r"<script>(.*?)<\\/script>", shim, re.S)
    if not template:
        return None

    def value(match):
        name = match.group(1)
        start = shim.find(f"function {name}(")
        if start < 0:
            return worker_url  # the only placeholder that is not a function: the worker's address
        depth = 0
        for end in range(shim.index("{", start), len(shim)):
            depth += {"{": 1, "}": -1}.get(shim[end], 0)
            if depth == 0:
                return shim[start:end + 1]
        return match.group(0)

    text = re.sub(r"\$\{(\w+)\}", value, template.group(1))
    return re.sub(r"\\(.)", r"\1", text)  # template-literal escapes such as \/


def shim_hashes(parsed: InlineCode, output: str, page, files) -> list[str]:
    config_json = CONFIG_RE.search(output)
    worker = json.loads(config_json.group(1)).get("search") if config_json else None
    hashes = []
    for src in parsed.sources:
        if "iframe-worker" not in src or not worker or urlsplit(src).scheme:
            continue
        shim = files.get_file_from_path(urlsplit(urljoin(page.url if page else '', src)).path)
        script = iframe_worker_script(Path(shim.abs_src_path).read_text(encoding="utf-8"), worker) if shim else None
        if script:
            hashes.append(sha256(script))
    return hashes


def policy(parsed: InlineCode, extra_script_hashes: list[str], offline: bool) -> str:
    # Browsers differ on whether 'self' covers other files when a page is opened from file://:
    # the offline copy also allows local files, which are no other host.
    own = "'self' file:" if offline else "'self'"
    scripts = unique([sha256(s) for s in parsed.scripts] + extra_script_hashes)
    styles = unique(sha256(s) for s in parsed.styles)
    directives = [
        "default-src 'none'",
        " ".join([f"script-src {own}", *scripts]),
        " ".join([f"style-src {own}", *styles]),
        f"img-src {own} data:",  # Material's icons are data: SVG masks in its CSS
        f"font-src {own}",
        f"connect-src {own}",
        f"worker-src {own}",
        f"manifest-src {own}",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    if parsed.style_attributes:
        attributes = unique(sha256(s) for s in parsed.style_attributes)
        directives.append(" ".join(["style-src-attr 'unsafe-hashes'", *attributes]))
    return "; ".join(directives)


def meta_element(output: str, page, files, offline: bool) -> str:
    """The page with its policy in a <meta> element, right after the charset."""
    parsed = InlineCode(output)
    content = policy(parsed, shim_hashes(parsed, output, page, files), offline)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{escape(content, quote=False)}">'
    found = CHARSET_RE.search(output)
    if not found:
        return output.replace("<head>", "<head>" + meta, 1)
    return output[:found.end()] + meta + output[found.end():]
