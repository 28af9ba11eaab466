"""The language switcher leads to the same page in the other language, and back."""
import pytest

pytestmark = pytest.mark.browser


def switch_to(page, lang):
    page.locator(".md-header .md-select").first.hover()
    page.locator(f'.md-header a[hreflang="{lang}"]').click()
    page.wait_for_load_state()


@pytest.mark.parametrize("path", ["introduction/", ""])
def test_switch_to_english_and_back(page, base_url, path):
    page.goto(base_url + path)
    assert page.locator("html").get_attribute("lang") == "fr"
    switch_to(page, "en")
    assert page.url == base_url + "en/" + path
    assert page.locator("html").get_attribute("lang") == "en"
    if path:
        assert page.locator("article h1").inner_text().startswith("Introduction: the great confusion")
    switch_to(page, "fr")
    assert page.url == base_url + path
    assert page.locator("html").get_attribute("lang") == "fr"
