"""MitID login through the real OpenID Connect code path, and session expiry."""

from __future__ import annotations

import re

import pytest

from backend_core.registre.cpr import DEMO_PERSONER
from tests.browser.conftest import mitid_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PERSON = DEMO_PERSONER[0]
NAME = f"{PERSON.fornavn} {PERSON.efternavn}"


def test_a_citizen_logs_in_with_mitid_and_lands_on_min_side(phone, portal_url, assert_accessible):
    mitid_login(phone, portal_url, NAME)
    assert phone.url == portal_url + "/min-side/"
    assert phone.get_by_role("heading", level=1).inner_text() == "Min Side"
    assert NAME in phone.content()
    assert PERSON.cpr not in phone.url and PERSON.cpr not in phone.content()
    assert_accessible(phone, "min-side")


def test_login_returns_the_citizen_to_the_page_they_asked_for(phone, portal_url):
    phone.goto(portal_url + "/min-side/")
    assert "/login/" in phone.url
    phone.get_by_role("link", name="Log ind med MitID").click()
    phone.get_by_label(NAME, exact=False).check()
    phone.locator("#test-idp-login").click()
    phone.wait_for_load_state()
    assert phone.url == portal_url + "/min-side/"


def test_the_session_warning_appears_before_expiry_and_can_keep_the_session(phone, portal_url, settings):
    mitid_login(phone, portal_url, NAME)
    settings.SESSION_COOKIE_AGE = 123  # the warning shows 120 s before the end
    phone.reload()
    dialog = phone.locator("#session-warning")
    dialog.wait_for(state="visible", timeout=10_000)
    assert "logget ud" in dialog.inner_text()
    phone.get_by_role("button", name="Bliv logget ind").click()
    dialog.wait_for(state="hidden", timeout=5_000)


def test_when_the_session_runs_out_the_citizen_is_sent_to_log_in_and_back(phone, portal_url, settings):
    mitid_login(phone, portal_url, NAME)
    settings.SESSION_COOKIE_AGE = 3
    phone.reload()
    phone.wait_for_url(re.compile(r"/login/\?next=%2Fmin-side%2F$|/login/\?next=/min-side/$"), timeout=15_000)
    phone.get_by_role("link", name="Log ind med MitID").click()
    phone.wait_for_load_state()
    phone.get_by_label(NAME, exact=False).check()
    phone.locator("#test-idp-login").click()
    phone.wait_for_url(portal_url + "/min-side/")
