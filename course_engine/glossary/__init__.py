"""Glossary: data/glossary.yml, the terms' tooltips and first-mention links, the glossary and
panorama pages."""


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    from .extension import GlossaryExtension
    return GlossaryExtension(**kwargs)
