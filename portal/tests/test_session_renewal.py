"""The inactivity timer: renewed at most once a minute, never extended beyond
SESSION_COOKIE_AGE after the last request, and at once by "stay logged in"."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from backend_core.tests.factories import BorgerFactory
from portal import middleware

pytestmark = pytest.mark.django_db


@pytest.fixture
def borger_client(client):
    client.force_login(BorgerFactory().user)
    return client


def _session_writes(client, path="/min-side/besked-om-nyt/", method="get") -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = getattr(client, method)(path)
    assert response.status_code in (200, 204)
    return sum(
        1
        for q in ctx.captured_queries
        if q["sql"].startswith(('UPDATE "django_session"', 'INSERT INTO "django_session"'))
    )


def _expiry(client) -> dt.datetime:
    return Session.objects.get(pk=client.cookies["sessionid"].value).expire_date


def test_a_request_renews_the_timer_only_when_the_last_renewal_is_a_minute_old(borger_client, monkeypatch, settings):
    settings.SESSION_RENEW_INTERVAL = 60
    nu = [1_900_000_000]
    monkeypatch.setattr(middleware.time, "time", lambda: nu[0])
    assert _session_writes(borger_client) == 1  # the first renewal after login
    nu[0] += 30
    assert _session_writes(borger_client) == 0
    assert _session_writes(borger_client) == 0
    nu[0] += 31
    foer = _expiry(borger_client)
    assert _session_writes(borger_client) == 1
    assert _expiry(borger_client) > foer
    assert abs((_expiry(borger_client) - timezone.now()).total_seconds() - settings.SESSION_COOKIE_AGE) < 5


def test_the_session_never_outlives_the_inactivity_limit(borger_client, settings):
    borger_client.get("/min-side/besked-om-nyt/")
    # Whatever was skipped, the stored expiry is at most SESSION_COOKIE_AGE away.
    assert (_expiry(borger_client) - timezone.now()).total_seconds() <= settings.SESSION_COOKIE_AGE
    Session.objects.filter(pk=borger_client.cookies["sessionid"].value).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    response = borger_client.get("/min-side/")
    assert response.status_code == 302 and "/login/" in response.url


def test_stay_logged_in_renews_at_once_and_the_page_knows_what_is_left(borger_client, monkeypatch, settings):
    nu = [1_900_000_000]
    monkeypatch.setattr(middleware.time, "time", lambda: nu[0])
    borger_client.get("/min-side/besked-om-nyt/")
    nu[0] += 45
    html = borger_client.get("/min-side/besked-om-nyt/").content.decode()
    assert f'data-seconds="{settings.SESSION_COOKIE_AGE - 45}"' in html
    assert f'data-renewed-seconds="{settings.SESSION_COOKIE_AGE}"' in html
    assert _session_writes(borger_client, "/session/forny/", "post") == 1
    html = borger_client.get("/min-side/besked-om-nyt/").content.decode()
    assert f'data-seconds="{settings.SESSION_COOKIE_AGE}"' in html


def test_a_visitor_without_a_session_gets_none(client):
    assert _session_writes(client, "/login/") == 0
    client.cookies["sessionid"] = "ukendt-noegle-0123456789abcdef"
    assert _session_writes(client, "/login/") == 0
    assert Session.objects.count() == 0


def test_a_short_or_changed_limit_renews_soon_enough(borger_client, monkeypatch, settings):
    nu = [1_900_000_000]
    monkeypatch.setattr(middleware.time, "time", lambda: nu[0])
    borger_client.get("/min-side/besked-om-nyt/")
    settings.SESSION_COOKIE_AGE = 100  # renewed at once, then every 10 s (a tenth of the limit)
    assert _session_writes(borger_client) == 1
    assert abs((_expiry(borger_client) - timezone.now()).total_seconds() - 100) < 5
    nu[0] += 9
    assert _session_writes(borger_client) == 0
    nu[0] += 1
    assert _session_writes(borger_client) == 1
