"""Production: hardening only, never features. Every secret comes from the
environment; the base profile already defaults to secure cookies, HTTPS and
HSTS.

Production refuses to start on the embedded defaults: it needs PostgreSQL
(``DATABASE_URL``), a real broker (``CELERY_BROKER_URL``), a shared cache
(``REDIS_URL``: lockouts, rate limits and throttles must count across web
servers), object storage for documents (``DOCUMENT_STORAGE=s3``), MitID, and
each outside system configured (``USE_<X>=true`` with its URL). A fake may be
kept only by naming it in ``PRODUCTION_FAKES`` (comma-separated: ``cpr``,
``eindkomst``, ``pension``, ``digital_post``, ``udbetaling``, ``beskedfordeler``,
``sagsindeks``, ``clamav``, ``storage``), and every such opt-out is logged at
start-up (``portal.apps``).
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_list

DEBUG = False
if MITID_TEST_IDP_ENABLED:  # noqa: F405
    raise ImproperlyConfigured("The test identity provider must never be enabled in production.")

INTEGRATIONS = {
    "cpr": USE_CPR,  # noqa: F405
    "eindkomst": USE_EINDKOMST,  # noqa: F405
    "pension": USE_PENSION,  # noqa: F405
    "digital_post": USE_DIGITAL_POST,  # noqa: F405
    "udbetaling": USE_UDBETALING,  # noqa: F405
    "beskedfordeler": USE_BESKEDFORDELER,  # noqa: F405
    "sagsindeks": USE_SAGSINDEKS,  # noqa: F405
    "clamav": USE_CLAMAV,  # noqa: F405
    "storage": DOCUMENT_STORAGE == "s3",  # noqa: F405
}
PRODUCTION_FAKES = [name.lower() for name in env_list("PRODUCTION_FAKES", [])]
"""Integrations that run on their fake in this installation, on purpose."""


def _refusals() -> list[str]:
    problems = []
    if not USING_POSTGRES:  # noqa: F405
        problems.append("DATABASE_URL must point to PostgreSQL (not the embedded SQLite).")
    if CELERY_BROKER_URL.startswith("memory://") or CELERY_TASK_ALWAYS_EAGER:  # noqa: F405
        problems.append("CELERY_BROKER_URL must point to a real broker, and tasks must not run eagerly.")
    if not REDIS_URL:  # noqa: F405
        problems.append("REDIS_URL must be set (a cache shared by all web servers).")
    if not USE_MITID:  # noqa: F405
        problems.append("USE_MITID must be true (citizens log in with MitID).")
    unknown = sorted(set(PRODUCTION_FAKES) - set(INTEGRATIONS))
    if unknown:
        problems.append(f"PRODUCTION_FAKES names unknown integrations: {', '.join(unknown)}.")
    for name, configured in INTEGRATIONS.items():
        if not configured and name not in PRODUCTION_FAKES:
            flag = "DOCUMENT_STORAGE=s3" if name == "storage" else f"USE_{name.upper()}=true"
            problems.append(f"{name}: set {flag} and its configuration, or name it in PRODUCTION_FAKES.")
    return problems


_problems = _refusals()
if _problems:
    raise ImproperlyConfigured(
        "Production refuses to start on embedded defaults or fakes:\n  - " + "\n  - ".join(_problems)
    )
PRODUCTION_FAKES = [name for name in PRODUCTION_FAKES if not INTEGRATIONS[name]]
