"""The platform the rest stands on: health check, security settings, Celery."""

from __future__ import annotations

import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from tests.services import in_ci


@pytest.mark.django_db
def test_healthz_reports_every_part_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"] == {"database": "ok", "cache": "ok", "broker": "ok"}
    assert body["failing"] == []


@pytest.mark.django_db
def test_healthz_names_the_broker_when_it_is_down(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_BROKER_CONNECTION_TIMEOUT = 1
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["broker"]
    assert response.json()["checks"]["broker"].startswith("fejl")


@pytest.mark.django_db
def test_healthz_names_the_cache_when_it_is_down(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    from django.core.cache import caches

    caches._settings = None  # noqa: SLF001 - let the override take effect
    try:
        del caches._connections.default  # noqa: SLF001
    except AttributeError:
        pass
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["cache"]


def test_ci_runs_on_postgresql_and_redis():
    """CI must exercise the real services, not the embedded defaults."""
    if not in_ci():
        assert connection.vendor in {"sqlite", "postgresql"}
        return
    assert connection.vendor == "postgresql"
    assert settings.CELERY_BROKER_URL.startswith("redis://")
    assert "postgres" in settings.INSTALLED_APPS[-1] or "django.contrib.postgres" in settings.INSTALLED_APPS


def test_production_settings_pass_the_deploy_check():
    from tests.production_env import production_env

    env = production_env()
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_the_test_identity_provider():
    from tests.production_env import production_env

    env = production_env(MITID_TEST_IDP_ENABLED="true")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert result.returncode != 0
    assert "test identity provider must never be enabled" in result.stderr


@pytest.mark.django_db
def test_security_headers_are_set(client):
    response = client.get("/healthz")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert len(response["X-Correlation-ID"]) == 32


def test_sessions_expire_after_inactivity_with_secure_cookies_in_production():
    from portal.settings import base

    # Renewed by SessionRenewalMiddleware at most once a minute (portal/tests/test_session_renewal.py).
    assert "portal.middleware.SessionRenewalMiddleware" in base.MIDDLEWARE
    assert 0 < base.SESSION_RENEW_INTERVAL <= 60
    assert 0 < settings.SESSION_COOKIE_AGE <= 60 * 60
    assert base.SESSION_COOKIE_HTTPONLY is True and base.CSRF_COOKIE_HTTPONLY is True
    # Secure cookies, HTTPS and HSTS in production are proven by the deploy check above.


@pytest.mark.redis
def test_a_task_round_trips_through_a_real_worker(celery_on_broker):
    from portal.celery import ping

    result = ping.delay()
    assert result.get(timeout=30)["svar"] == "pong"
    assert result.successful()


@pytest.mark.redis
def test_the_correlation_id_travels_with_the_task(celery_on_broker):
    from backend_core.korrelation import reset_correlation_id, set_correlation_id
    from portal.celery import ping

    token = set_correlation_id("abcdef0123456789abcdef0123456789")
    try:
        result = ping.delay()
    finally:
        reset_correlation_id(token)
    # The worker, another process, bound the id of the request that queued it.
    assert result.get(timeout=30)["correlation_id"] == "abcdef0123456789abcdef0123456789"


@pytest.mark.django_db
def test_livez_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/livez")
    assert response.status_code == 200 and response.content == b"ok"


def test_every_periodic_task_exists():
    from portal.celery import app

    app.loader.import_default_modules()
    for name, entry in settings.CELERY_BEAT_SCHEDULE.items():
        assert entry["task"] in app.tasks, name
