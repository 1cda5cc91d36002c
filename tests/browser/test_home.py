"""The front page on a phone, in Danish and in English."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def home(portal_url):
    return portal_url + "/"


def test_the_home_page_is_danish_by_default_and_accessible(phone, home, assert_accessible):
    phone.goto(home)
    assert phone.locator("html").get_attribute("lang") == "da"
    assert phone.locator("header.header").is_visible()
    assert phone.get_by_role("heading", level=1).inner_text() == "Ydelser fra din kommune"
    assert phone.get_by_role("link", name="Gå til sidens indhold").count() == 1
    assert_accessible(phone, "home-da")


def test_the_language_switch_turns_the_page_english_and_stays_accessible(phone, home, assert_accessible):
    phone.goto(home)
    phone.locator("form.language-switcher").get_by_role("button", name="English").click()
    phone.wait_for_load_state()
    assert phone.locator("html").get_attribute("lang") == "en"
    assert phone.get_by_role("heading", level=1).inner_text() == "Benefits from your municipality"
    assert_accessible(phone, "home-en")


def test_the_page_uses_the_subset_fonts_not_the_full_ones(phone, home):
    fonts = []
    phone.on("request", lambda request: fonts.append(request.url) if request.resource_type == "font" else None)
    phone.goto(home)
    phone.wait_for_load_state("networkidle")
    assert fonts, "the page loaded no web fonts"
    assert all("/static/portal/fonts/" in url for url in fonts), fonts
