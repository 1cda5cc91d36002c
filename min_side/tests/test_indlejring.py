"""The borger.dk embed: who the citizen is in a cross-site frame, the
logged-out state, framing and caching headers, deep links."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from backend_core.tests.factories import SagFactory
from min_side.indlejring import COOKIE_NAME, COOKIE_PATH

pytestmark = pytest.mark.django_db


def _embed_cookie(client) -> str:
    client.get("/min-side/")
    morsel = client.cookies[COOKIE_NAME]
    assert morsel["samesite"] == "None" and morsel["secure"] and morsel["httponly"]
    assert morsel["path"] == COOKIE_PATH
    return morsel.value


def test_a_framed_request_with_only_the_embed_cookie_shows_the_citizens_cases(logged_in, borger):
    own, other = SagFactory(borger=borger), SagFactory()
    frame = Client()  # what the browser sends cross-site: no session cookie, only the embed cookie
    frame.cookies[COOKIE_NAME] = _embed_cookie(logged_in)
    html = frame.get("/min-side/indlejret/").content.decode()
    assert own.reference in html and other.reference not in html
    assert borger.kommune.navn in html


def test_the_embed_cookie_stops_working_when_the_citizen_logs_out(logged_in, borger):
    sag = SagFactory(borger=borger)
    frame = Client()
    frame.cookies[COOKIE_NAME] = _embed_cookie(logged_in)
    response = logged_in.post("/logout/")
    assert response.cookies[COOKIE_NAME].value == ""  # deleted
    html = frame.get("/min-side/indlejret/").content.decode()
    assert sag.reference not in html and 'target="_top"' in html


def test_a_forged_embed_cookie_is_ignored(borger):
    SagFactory(borger=borger)
    frame = Client()
    frame.cookies[COOKIE_NAME] = "not-signed"
    response = frame.get("/min-side/indlejret/")
    assert response.status_code == 200 and "Log ind" in response.content.decode()


def test_the_logged_out_embed_renders_in_the_frame_with_a_login_for_the_top_window(client, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://www.borger.dk"]
    response = client.get("/min-side/indlejret/", HTTP_REFERER="https://www.borger.dk/mit-overblik")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="indlejret-log-ind"' in html and 'target="_top"' in html
    assert "next=%2Fmin-side%2Findlejret%2Ftilbage%2F%3Ftil%3Dhttps%253A%252F%252Fwww.borger.dk" in html
    assert "frame-ancestors https://www.borger.dk" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response


def test_after_login_the_citizen_goes_back_to_borger_dk_but_never_elsewhere(logged_in):
    ok = logged_in.get("/min-side/indlejret/tilbage/?til=https://www.borger.dk/mit-overblik")
    assert ok.status_code == 302 and ok["Location"] == "https://www.borger.dk/mit-overblik"
    evil = logged_in.get("/min-side/indlejret/tilbage/?til=https://evil.example/")
    assert evil["Location"] == "/min-side/"


@pytest.mark.parametrize("path", ["/min-side/", "/min-side/indlejret/", "/min-side/besked-om-nyt/"])
def test_pages_with_personal_data_are_never_cached(logged_in, path):
    response = logged_in.get(path)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_case_page_and_the_logged_out_embed_are_never_cached(logged_in, borger, client):
    sag = SagFactory(borger=borger)
    assert logged_in.get(f"/min-side/sager/{sag.uuid}/")["Cache-Control"] == "private, no-store"
    assert Client().get("/min-side/indlejret/")["Cache-Control"] == "private, no-store"


def test_a_deep_link_to_a_case_goes_through_login_and_back_to_the_case(client, borger):
    sag = SagFactory(borger=borger)
    response = client.get(f"/min-side/sager/{sag.uuid}/")
    assert response.status_code == 302
    assert response["Location"] == f"/login/?next=/min-side/sager/{sag.uuid}/"


def test_a_deep_link_into_the_embed_highlights_the_case(logged_in, borger):
    sag = SagFactory(borger=borger)
    html = logged_in.get(f"/min-side/indlejret/?sag={sag.uuid}").content.decode()
    assert f'portal-card portal-card-fremhaevet" id="sag-{sag.uuid}"' in html


def test_every_link_in_the_embed_leaves_the_frame(logged_in, borger):
    """The portal's own pages refuse to be framed, so a link that opened
    inside borger.dk's frame would show an empty frame."""
    SagFactory(borger=borger)
    html = logged_in.get("/min-side/indlejret/").content.decode()
    assert '<base target="_top">' in html


def _efter_login(html: str) -> tuple[str, dict]:
    """Where the embed's "Log ind" link sends the citizen after the login."""
    href = unescape(re.search(r'id="indlejret-log-ind" href="([^"]+)"', html).group(1))
    efter = parse_qs(urlsplit(href).query)["next"][0]
    return urlsplit(efter).path, {k: v[0] for k, v in parse_qs(urlsplit(efter).query).items()}


def test_a_logged_out_deep_link_into_the_embed_logs_in_and_returns_to_the_case(client, settings):
    """The frame's Referer carries only borger.dk's origin, so without an
    explicit ``?retur=`` the citizen goes to the case itself after login."""
    settings.EMBED_FRAME_ANCESTORS = ["https://www.borger.dk"]
    sag = "3f0e0c8e-2b4f-4a53-9a55-6f1d0c6b1a01"
    html = client.get(f"/min-side/indlejret/?sag={sag}", HTTP_REFERER="https://www.borger.dk/").content.decode()
    assert _efter_login(html) == ("/min-side/indlejret/tilbage/", {"sag": sag})
    named = client.get(
        f"/min-side/indlejret/?sag={sag}&retur=https://www.borger.dk/mit-overblik",
        HTTP_REFERER="https://www.borger.dk/",
    ).content.decode()
    assert _efter_login(named)[1] == {"til": "https://www.borger.dk/mit-overblik", "sag": sag}
    plain = client.get("/min-side/indlejret/", HTTP_REFERER="https://www.borger.dk/").content.decode()
    assert _efter_login(plain)[1] == {"til": "https://www.borger.dk/"}


def test_after_login_from_a_deep_link_the_citizen_lands_on_the_case(logged_in, borger):
    sag = SagFactory(borger=borger)
    response = logged_in.get(f"/min-side/indlejret/tilbage/?sag={sag.uuid}")
    assert response.status_code == 302 and response["Location"] == f"/min-side/sager/{sag.uuid}/"
    assert logged_in.get(response["Location"]).status_code == 200
    named = logged_in.get(f"/min-side/indlejret/tilbage/?til=https://www.borger.dk/mit-overblik&sag={sag.uuid}")
    assert named["Location"] == "https://www.borger.dk/mit-overblik"


@pytest.mark.parametrize("sag", ["not-a-uuid", "../../login/", "%00"])
def test_a_malformed_case_in_the_embed_deep_link_is_ignored(logged_in, client, sag):
    assert client.get(f"/min-side/indlejret/?sag={sag}").status_code == 200
    assert logged_in.get(f"/min-side/indlejret/?sag={sag}").status_code == 200
    assert logged_in.get(f"/min-side/indlejret/tilbage/?sag={sag}")["Location"] == "/min-side/"


@pytest.mark.parametrize(
    ("adgang", "origin", "beder"),
    [
        ("inactive", "https://www.borger.dk", True),  # allowed before, not yet active: retry with cookies
        ("active", "https://www.borger.dk", False),  # the retry itself: never loop
        ("none", "https://www.borger.dk", False),  # no permission: only the button can ask
        ("inactive", "https://evil.example", False),  # not a framing origin we allow
        ("inactive", "", False),
    ],
)
def test_a_browser_holding_the_citizens_permission_is_asked_to_retry_with_the_cookie(
    client, settings, adgang, origin, beder
):
    settings.EMBED_FRAME_ANCESTORS = ["https://www.borger.dk"]
    headers = {"HTTP_SEC_FETCH_STORAGE_ACCESS": adgang} | ({"HTTP_ORIGIN": origin} if origin else {})
    response = client.get("/min-side/indlejret/", **headers)
    assert response.status_code == 200
    if beder:
        assert response["Activate-Storage-Access"] == 'retry; allowed-origin="https://www.borger.dk"'
    else:
        assert "Activate-Storage-Access" not in response


def test_a_logged_in_embed_never_asks_for_storage_access(logged_in, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://www.borger.dk"]
    response = logged_in.get(
        "/min-side/indlejret/", HTTP_SEC_FETCH_STORAGE_ACCESS="inactive", HTTP_ORIGIN="https://www.borger.dk"
    )
    assert "Activate-Storage-Access" not in response
