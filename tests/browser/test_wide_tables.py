"""Wide tables on a phone: the page itself never scrolls sideways; a table wider than the screen
scrolls in its own box, which the Tab key reaches (the box, or a link inside it)."""
from __future__ import annotations

import pytest

import course

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
PATHS = [course.url(lang, page) for lang in course.LANGS for page in course.NAV]

WIDE = """() => [...document.querySelectorAll('article table')].map(table => {
  const box = table.closest('.md-typeset__scrollwrap');
  return {wide: table.scrollWidth > (box || table.parentElement).clientWidth + 1, boxed: !!box,
          scrolls: !!box && getComputedStyle(box).overflowX === 'auto'};
})"""

REACHED = """() => [...document.querySelectorAll('.md-typeset__scrollwrap')]
  .filter(box => box.scrollWidth > box.clientWidth + 1)
  .map(box => box.contains(document.activeElement))"""


@pytest.mark.parametrize("path", PATHS)
def test_wide_tables_scroll_in_a_box_the_keyboard_reaches(browser, base_url, path):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(base_url + path)
    page.wait_for_load_state("load")
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= 390, path
    tables = page.evaluate(WIDE)
    wide = [t for t in tables if t["wide"]]
    for table in wide:
        assert table["boxed"] and table["scrolls"], (path, table)
    if wide:
        reached = [False] * len(wide)
        for _ in range(400):
            page.keyboard.press("Tab")
            reached = [seen or now for seen, now in zip(reached, page.evaluate(REACHED))]
            if all(reached):
                break
        assert all(reached), f"/{path}: a wide table the Tab key never reaches"
    context.close()
