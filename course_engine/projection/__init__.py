"""Projection: the deck of a chapter, computed at build time from its structure (deck.py), written
into the page (extension.py), numbered for the trainers' corner (plugin.py)."""


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    from .extension import DeckExtension
    return DeckExtension(**kwargs)
