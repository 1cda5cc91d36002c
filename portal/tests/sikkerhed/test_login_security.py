"""Staff cannot guess passwords or one-time codes, Wagtail's own password
login is gone, the citizen login is rate limited, and staff enrol their own
authenticator app and recovery codes in the admin."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.contrib.auth.models import Permission, User
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.login.enheder import indrulningskode_ny

pytestmark = pytest.mark.django_db

PASSWORD = "et-langt-kodeord-til-test"


@pytest.fixture
def staff():
    user = User.objects.create_user("koordinator-test", password=PASSWORD, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    return user, device


def code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def wrong_code(device: TOTPDevice) -> str:
    return f"{(int(code(device)) + 1) % 1_000_000:06d}"


def _login(client, user, password, otp):
    return client.post("/admin/login/", {"username": user.username, "password": password, "otp_token": otp})


def test_wrong_passwords_lock_the_account_out_even_for_the_right_password_and_code(client, staff, settings):
    user, device = staff
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _login(client, user, "forkert-kodeord-1234", code(device)).status_code == 200
    assert _login(client, user, "forkert-kodeord-1234", code(device)).status_code == 429
    locked = _login(client, user, PASSWORD, code(device))
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode() or "For mange forsøg" in locked.content.decode()
    assert client.get("/admin/").status_code == 302  # not logged in


def test_wrong_one_time_codes_count_toward_the_lockout(client, staff, settings):
    user, device = staff
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = _login(client, user, PASSWORD, wrong_code(device))
        assert response.status_code == 200
    assert _login(client, user, PASSWORD, wrong_code(device)).status_code == 429
    assert _login(client, user, PASSWORD, code(device)).status_code == 429


def test_the_lockout_also_holds_against_another_address(staff, settings):
    user, device = staff
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(attacker, user, PASSWORD, wrong_code(device))
    other = Client(REMOTE_ADDR="198.51.100.9")
    assert _login(other, user, PASSWORD, code(device)).status_code == 429


def test_one_address_guessing_many_usernames_is_locked_out(settings):
    attacker = Client(REMOTE_ADDR="203.0.113.8")
    for i in range(settings.AXES_FAILURE_LIMIT):
        attacker.post("/admin/login/", {"username": f"gaet-{i}", "password": "x" * 12, "otp_token": "123456"})
    response = attacker.post("/admin/login/", {"username": "endnu-en", "password": "x" * 12, "otp_token": "123456"})
    assert response.status_code == 429


def test_a_correct_login_still_works_below_the_limit(client, staff, settings):
    user, device = staff
    # (Wrong passwords: a wrong code also makes django-otp throttle the device for a few seconds.)
    for _ in range(settings.AXES_FAILURE_LIMIT - 2):
        _login(client, user, "forkert-kodeord-1234", code(device))
    response = _login(client, user, PASSWORD, code(device))
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_wagtails_frontend_password_login_sends_people_to_mitid(client, staff):
    user, _ = staff
    response = client.post("/_util/login/?next=/hemmelig-side/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/login/?next=")
    assert "_auth_user_id" not in client.session


@override_settings(CITIZEN_LOGIN_RATE="3/m")
def test_the_mitid_callback_is_rate_limited_per_address():
    # The decorator reads the rate when the URL module is imported; it is the
    # setting's default (20/m) here, so go past that.
    # The limit counts per fixed one-minute window: the clock stands still, so
    # a slow machine cannot carry the 25 requests over a window boundary.
    with time_machine.travel(dt.datetime(2026, 12, 1, 12, 0, 5, tzinfo=dt.UTC), tick=False):
        citizen = Client(REMOTE_ADDR="192.0.2.44")
        statuses = [citizen.get("/oidc/callback/?code=x&state=y").status_code for _ in range(25)]
        assert statuses[0] != 429
        assert statuses[-1] == 429
        assert Client(REMOTE_ADDR="192.0.2.45").get("/oidc/callback/?code=x&state=y").status_code != 429


def test_a_new_staff_member_enrols_an_authenticator_and_recovery_codes(client):
    user = User.objects.create_user("ny-medarbejder", password=PASSWORD, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))

    # The password alone opens nothing, not even the enrolment page.
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert client.get("/admin/tofaktor/opret/").status_code == 302
    # An administrator issues a one-time enrolment code, handed over in person.
    kode = indrulningskode_ny(user)
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD, "otp_token": kode})
    assert response.status_code == 302 and response["Location"] == "/admin/tofaktor/opret/"
    page = client.get("/admin/tofaktor/opret/")
    assert page.status_code == 200 and b"<svg" in page.content
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    wrong = client.post("/admin/tofaktor/opret/", {"otp_token": wrong_code(device)})
    assert wrong.status_code == 200 and not TOTPDevice.objects.get(pk=device.pk).confirmed
    # django-otp throttles the device for a moment after a wrong code; the person tries again after it.
    TOTPDevice.objects.get(pk=device.pk).throttle_reset()
    response = client.post("/admin/tofaktor/opret/", {"otp_token": code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200
    # The enrolment code is spent: it never opens the back office again.
    assert not StaticDevice.objects.filter(user=user, name="indrulning").exists()
    other = Client()
    again = other.post("/admin/login/", {"username": user.username, "password": PASSWORD, "otp_token": kode})
    assert again.status_code == 200 and "_auth_user_id" not in other.session

    codes_page = client.post("/admin/tofaktor/gendannelseskoder/").content.decode()
    codes = re.findall(r"<code>([a-z2-7]{8})</code>", codes_page)
    assert len(codes) == 10
    assert StaticDevice.objects.get(user=user).token_set.count() == 10

    # A recovery code logs in once, in place of the app's code.
    other = Client()
    assert _login(other, user, PASSWORD, codes[0]).status_code == 302
    assert (
        Client()
        .post("/admin/login/", {"username": user.username, "password": PASSWORD, "otp_token": codes[0]})
        .status_code
        == 200
    )


def test_with_a_device_the_password_alone_opens_neither_the_admin_nor_the_enrolment(client, staff):
    user, _ = staff
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 200
    client.force_login(user)
    assert client.get("/admin/tofaktor/opret/").status_code == 302
