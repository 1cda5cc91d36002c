"""Citizen login for any host and port (the test identity provider follows
the request), the municipal sites, single logout and the logged-out page."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest

from backend_core.tests.factories import BorgerFactory, UserFactory
from portal.login.test_idp.views import KID, _private_key

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("host", ["127.0.0.1:8153", "aarhus.localhost:8000", "localhost:9123"])
def test_the_login_goes_to_the_test_provider_at_the_requests_host_and_port(client, settings, host):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", ".localhost"]
    response = client.get("/oidc/authenticate/?next=/min-side/", HTTP_HOST=host)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"http://{host}/test-idp/authorize/"
    assert parse_qs(location.query)["redirect_uri"] == [f"http://{host}/oidc/callback/"]


def test_the_provider_page_lets_its_form_return_to_a_municipal_site(client, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", ".localhost"]
    response = client.get(
        "/test-idp/authorize/",
        {
            "client_id": settings.OIDC_RP_CLIENT_ID,
            "response_type": "code",
            "redirect_uri": "http://aarhus.localhost:8000/oidc/callback/",
        },
        HTTP_HOST="aarhus.localhost:8000",
    )
    assert response.status_code == 200
    form_action = next(d for d in response["Content-Security-Policy"].split(";") if "form-action" in d)
    assert "'self'" in form_action and "http://aarhus.localhost:8000" in form_action


def test_the_provider_refuses_to_send_a_code_to_a_foreign_host(client, settings):
    response = client.get(
        "/test-idp/authorize/",
        {"client_id": settings.OIDC_RP_CLIENT_ID, "redirect_uri": "https://evil.example/oidc/callback/"},
    )
    assert response.status_code == 400


def _id_token(settings) -> str:
    now = int(time.time())
    return jwt.encode(
        {"sub": "x", "aud": settings.OIDC_RP_CLIENT_ID, "iat": now, "exp": now + 60},
        _private_key(),
        algorithm="RS256",
        headers={"kid": KID},
    )


def test_logout_ends_the_mitid_session_too_and_lands_on_the_logged_out_page(client, settings):
    borger = BorgerFactory(user=UserFactory())
    client.force_login(borger.user)
    session = client.session
    session["oidc_id_token"] = _id_token(settings)
    session.save()
    response = client.post("/logout/")
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == "/test-idp/end-session/"
    query = parse_qs(location.query)
    # The ID token (it carries the CPR number) is never put in a URL.
    assert "id_token_hint" not in query and session["oidc_id_token"] not in response["Location"]
    assert query["client_id"] == [settings.OIDC_RP_CLIENT_ID]
    assert query["post_logout_redirect_uri"] == ["http://testserver/logget-af/"]
    back = client.get(response["Location"])
    assert back.status_code == 302 and back["Location"] == "http://testserver/logget-af/"
    page = client.get("/logget-af/")
    assert "Du er logget af" in page.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_end_session_endpoint_refuses_a_forged_hint(client):
    response = client.get(
        "/test-idp/end-session/",
        {"id_token_hint": "forged", "post_logout_redirect_uri": "http://testserver/logget-af/"},
    )
    assert response.status_code == 400


def test_the_end_session_endpoint_refuses_an_unknown_client(client):
    response = client.get(
        "/test-idp/end-session/",
        {"client_id": "someone-else", "post_logout_redirect_uri": "http://testserver/logget-af/"},
    )
    assert response.status_code == 400


def test_logout_without_a_mitid_session_is_local_and_shows_the_same_page(client):
    borger = BorgerFactory(user=UserFactory())
    client.force_login(borger.user)
    response = client.post("/logout/")
    assert response["Location"] == "http://testserver/logget-af/"


def _header(html: str) -> str:
    return html[html.index('<header class="header">') : html.index("</header>")]


def test_a_logged_in_citizen_has_min_side_and_log_out_in_the_header_in_danish_and_english(client):
    borger = BorgerFactory(user=UserFactory(first_name="Yasmin", last_name="Ali"))
    assert 'class="function-link portal-min-side-link' not in _header(client.get("/ansoeg/").content.decode())
    client.force_login(borger.user)
    header = _header(client.get("/ansoeg/").content.decode())
    # Both the desktop bar and the mobile drawer carry it, next to the log-out button.
    assert header.count('href="/min-side/">Min Side</a>') == 2
    assert header.count("Log af") == 2 and "Yasmin Ali" in header
    on_min_side = _header(client.get("/min-side/").content.decode())
    assert 'href="/min-side/" aria-current="page">Min Side</a>' in on_min_side
    client.cookies["django_language"] = "en"
    header_en = _header(client.get("/ansoeg/").content.decode())
    assert header_en.count('href="/min-side/">My page</a>') == 2 and "Log out" in header_en


def test_staff_have_no_min_side_link(client):
    client.force_login(UserFactory(is_staff=True, first_name="Sara", last_name="Holm"))
    assert "portal-min-side-link" not in _header(client.get("/ansoeg/").content.decode())
