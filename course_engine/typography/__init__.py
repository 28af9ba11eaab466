"""Typography of the page's language: French no-break spaces, English curly quotes, and the
direction of a text (Arabic right to left)."""
import unicodedata


def direction(text: str) -> str:
    """'ltr' or 'rtl', from a text's first letter: a reference or a citation in Latin letters reads
    left to right in an Arabic page too (its URL included)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return "ltr" if kind == "L" else "rtl"
    return "ltr"


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    from .extension import TypographyExtension
    return TypographyExtension(**kwargs)
