"""Production: hardening only, never features. Every secret comes from the
environment; the base profile already defaults to secure cookies, HTTPS and
HSTS."""

from .base import *  # noqa: F403

DEBUG = False
if MITID_TEST_IDP_ENABLED:  # noqa: F405
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("The test identity provider must never be enabled in production.")
