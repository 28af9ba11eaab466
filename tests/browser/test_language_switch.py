"""The language switcher leads to the same page in another language, and back."""
import pytest

import course
from pages import home
from workshop_build import page_title

pytestmark = pytest.mark.browser


def switch_to(page, lang):
    page.locator(".md-header .md-select").first.hover()
    page.locator(f'.md-header a[hreflang="{lang}"]').click()
    page.wait_for_load_state()


@pytest.mark.parametrize("lang", course.LANGS[1:])
@pytest.mark.parametrize("source", [course.chapters()[0], home()])
def test_switch_to_another_language_and_back(page, base_url, site, source, lang):
    page.goto(base_url + course.url(course.DEFAULT, source))
    assert page.locator("html").get_attribute("lang") == course.DEFAULT
    switch_to(page, lang)
    assert page.url == base_url + course.url(lang, source)
    assert page.locator("html").get_attribute("lang") == lang
    if source != home():
        title = page_title(site, lang, source)
        assert title != page_title(site, course.DEFAULT, source), "the page's title is not translated"
        assert " ".join(page.locator("article h1").inner_text().split()) == title
    switch_to(page, course.DEFAULT)
    assert page.url == base_url + course.url(course.DEFAULT, source)
    assert page.locator("html").get_attribute("lang") == course.DEFAULT
