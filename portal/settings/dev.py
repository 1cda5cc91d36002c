"""Local development and the demo: SQLite, Celery eager, the test identity
provider, console e-mail, plain HTTP on 127.0.0.1. Only environment defaults."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-never-used-in-production-0123456789")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("SESSION_COOKIE_SECURE", "false")
os.environ.setdefault("CSRF_COOKIE_SECURE", "false")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
os.environ.setdefault("MITID_TEST_IDP_ENABLED", "true")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,.localhost")

from .base import *  # noqa: E402,F403
