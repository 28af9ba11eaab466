"""Lessons: the front matter of every page, and the blocks (admonitions) a page may use."""


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    from .extension import LessonBlocksExtension
    return LessonBlocksExtension(**kwargs)
