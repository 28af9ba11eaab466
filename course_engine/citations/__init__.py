"""Citations and bibliography: `[@id]` in the Markdown, data/bibliography.yml, the bibliography page."""


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    from .extension import CitationsExtension
    return CitationsExtension(**kwargs)
