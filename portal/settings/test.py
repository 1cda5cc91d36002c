"""Tests: as dev, plus speed-ups. ``DATABASE_URL`` and ``CELERY_BROKER_URL``
from the environment switch to PostgreSQL and Redis, as CI does."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key-never-used-in-production-0123456789")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SESSION_COOKIE_SECURE", "false")
os.environ.setdefault("CSRF_COOKIE_SECURE", "false")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
os.environ.setdefault("MITID_TEST_IDP_ENABLED", "true")
os.environ.setdefault("PORTAL_VAR_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "var", "test"))

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SMS_EMAIL_BACKEND = EMAIL_BACKEND
# Tests read static files through the finders, so no collectstatic is needed.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
# Tasks run in the caller, so a test sees the letter its submit queued. The
# worker tests (marked ``redis``) switch to the real broker and a real worker.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", True)  # noqa: F405

# Each pytest-xdist process gets a Redis database of its own (8, 9, …): a test
# that clears the cache (rate limits, throttles and lockouts count there) must
# not clear the counters of a test running in another process.
_xdist = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _xdist.startswith("gw"):  # noqa: F405
    from urllib.parse import urlsplit, urlunsplit

    _url = urlsplit(REDIS_URL)  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": urlunsplit(_url._replace(path=f"/{8 + int(_xdist[2:])}")),
        }
    }
