"""Typography of the page's language: French no-break spaces, English curly quotes."""


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    from .extension import TypographyExtension
    return TypographyExtension(**kwargs)
