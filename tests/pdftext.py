"""The text of a PDF, page by page, as poppler's pdftotext reads it: in reading order, right to left
included (pypdf gives a right-to-left line's runs in visual order). `letters` makes a text from the
PDF and the text it was made from comparable."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

# Directional marks that pdftotext adds around right-to-left runs, and the tatweel (ـ), which a
# stretched Arabic glyph reads back as.
UNSEEN = re.compile("[\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# pdftotext reads the lam-alef ligatures (لا لأ لإ لآ) backwards (ال ال…), and Amiri's lam-kaf
# ligature with one lam too many (اللكبير): the order inside a run of lam and alef letters, and how
# many lams follow each other, are not compared.
LAMS = re.compile("\u0644+")
LAM_ALEF = re.compile("[\u0644\u0622\u0623\u0625\u0627]{2,}")
# Right to left, pdftotext reads a run of numbers joined by punctuation backwards (2014-2020 as
# 2020-2014): the numbers of such a run are compared, not their order.
NUMBERS = re.compile(r"\d+(?:[-\u2010-\u2015/.:,]\d+)+")


def pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [UNSEEN.sub("", page) for page in out.split("\f")[:-1]]   # each page ends with a form feed


def letters(text: str) -> str:
    """The text with what cannot be compared left out (marks, tatweel, lam-alef order)."""
    text = LAM_ALEF.sub(lambda m: "".join(sorted(m.group())), UNSEEN.sub("", text))
    text = LAMS.sub("\u0644", text)
    return NUMBERS.sub(lambda m: "-".join(sorted(re.findall(r"\d+", m.group()))), text)


def squash(text: str) -> str:
    """Letters and digits only, lower case: survives line breaks and hyphenation in the PDF."""
    return re.sub(r"[\W_]+", "", letters(text)).lower()


ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def runs(text: str) -> list[str]:
    """A text cut where its script changes (Arabic letters, digits, other letters), each run squashed:
    right to left, a line's runs are laid out, and read back, in an order of their own."""
    found, current, kind = [], "", None
    for char in squash(text):
        this = "arabic" if ARABIC.match(char) else "digit" if char.isdigit() else "other"
        if this != kind and current:
            found.append(current)
            current = ""
        current, kind = current + char, this
    return found + ([current] if current else [])


def printed(source: str, squashed: str, rtl: bool, limit: int | None = None) -> bool:
    """Whether the PDF's text (squashed) holds the source text (its first `limit` letters): as one
    sequence left to right; right to left, as each of its runs."""
    if not rtl:
        return squash(source)[:limit] in squashed
    wanted, total = [], 0
    for run in runs(source):
        if limit is not None and total >= limit:
            break
        wanted.append(run if limit is None else run[:limit - total])
        total += len(run)
    return bool(wanted) and all(run in squashed for run in wanted)
