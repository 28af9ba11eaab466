import pytest

pytestmark = pytest.mark.browser


def test_language_switcher_goes_to_twin_and_back(page, base_url):
    page.goto(base_url + "introduction/")
    assert page.locator("html").get_attribute("lang") == "fr"
    page.goto(base_url + "en/introduction/")
    assert page.locator("html").get_attribute("lang") == "en"
