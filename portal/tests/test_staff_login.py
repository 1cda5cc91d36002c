"""Staff reach the back office only with a password and a one-time code."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "et-langt-kodeord-til-test"


@pytest.fixture
def caseworker():
    user = User.objects.create_user("sagsbehandler-test", password=PASSWORD, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    return user, device


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_the_back_office_sends_an_anonymous_visitor_to_the_staff_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


def test_a_password_alone_does_not_open_the_back_office(client, caseworker):
    user, _ = caseworker
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_password_and_one_time_code_open_the_back_office(client, caseworker):
    user, device = caseworker
    response = client.post(
        "/admin/login/",
        {"username": user.username, "password": PASSWORD, "otp_token": current_code(device), "next": "/admin/"},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_one_time_code_is_refused_with_a_clear_message_and_keeps_the_username(client, caseworker):
    user, device = caseworker
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD, "otp_token": wrong})
    assert response.status_code == 200
    assert "Brugernavn, adgangskode eller engangskode er ikke korrekt." in response.content.decode()
    assert f'value="{user.username}"' in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_malformed_code_is_explained_in_english_too(client, caseworker):
    user, _ = caseworker
    client.cookies["django_language"] = "en"
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD, "otp_token": "12ab"})
    assert "Enter the six digits from your authenticator app." in response.content.decode()


def test_a_citizen_without_staff_status_cannot_log_in_to_the_back_office(client):
    user = User.objects.create_user("borger-x", password=PASSWORD)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD, "otp_token": current_code(device)}
    )
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_the_login_does_not_redirect_to_another_site(client, caseworker):
    user, device = caseworker
    response = client.post(
        "/admin/login/",
        {
            "username": user.username,
            "password": PASSWORD,
            "otp_token": current_code(device),
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == "/admin/"
