"""Project-level views: the health check and the CSRF failure page."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def _database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure means "down"
        return type(exc).__name__
    return None


def _cache() -> str | None:
    try:
        cache.set("healthz", "ok", 5)
        if cache.get("healthz") != "ok":
            return "cache did not return the value it was given"
    except Exception as exc:  # noqa: BLE001
        return type(exc).__name__
    return None


def _broker() -> str | None:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return None
    from portal.celery import app

    try:
        with app.connection_for_write(settings.CELERY_BROKER_URL) as conn:
            conn.ensure_connection(max_retries=1, timeout=settings.CELERY_BROKER_CONNECTION_TIMEOUT)
    except Exception as exc:  # noqa: BLE001
        return type(exc).__name__
    return None


@never_cache
@require_GET
def healthz(request):
    """``200`` with each part's status when all are up, ``503`` naming the
    failing part otherwise. Says nothing about data, so it needs no login."""
    checks = {"database": _database(), "cache": _cache(), "broker": _broker()}
    failing = sorted(name for name, error in checks.items() if error)
    body = {
        "status": "ok" if not failing else "fejl",
        "checks": {name: ("ok" if error is None else f"fejl: {error}") for name, error in checks.items()},
        "failing": failing,
        "celery_eager": settings.CELERY_TASK_ALWAYS_EAGER,
    }
    if failing:
        logger.warning("healthz failing parts=%s", ",".join(failing))
    return JsonResponse(body, status=503 if failing else 200)


@never_cache
def livez(request):
    """Liveness: the process answers. Touches nothing else, so a load balancer
    can tell a hung worker from a database outage (that is ``/healthz``)."""
    return HttpResponse("ok", content_type="text/plain")


def csrf_failure(request, reason: str = ""):
    """A form sent after the page's security token expired (for instance an
    expired session). The person is told what happened; a draft saved on the
    server is not lost, so they can go back and send again."""
    return render(request, "portal/csrf_failure.html", status=403)
