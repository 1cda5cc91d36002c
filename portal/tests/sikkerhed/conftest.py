"""Fixtures for the security tests: staff of two municipalities, logged in
with a verified one-time code, and citizens."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from backend_core.constants import Rolle
from backend_core.tests.factories import KommuneFactory, MedarbejderFactory

KOMMUNIKATOR_PERMS = [
    "wagtailadmin.access_admin",
    "backend_core.add_brevtekst",
    "backend_core.change_brevtekst",
    "backend_core.view_brevtekst",
    "backend_core.delete_brevtekst",
]


@pytest.fixture(autouse=True)
def _clean_cache():
    """Rate limits and throttles count in the cache; each test starts at zero."""
    cache.clear()
    yield
    cache.clear()


def _perm(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@pytest.fixture
def staff_login(client):
    """Log ``client`` in as a staff member of ``kommune`` with a verified
    one-time code; returns the ``Medarbejder``."""

    def login(kommune=None, rolle=Rolle.KOMMUNIKATOR, perms=KOMMUNIKATOR_PERMS, c=None):
        c = c or client
        medarbejder = MedarbejderFactory(kommune=kommune or KommuneFactory(), rolle=rolle)
        user = medarbejder.user
        user.is_staff = True
        user.save()
        user.user_permissions.add(*[_perm(p) for p in perms])
        device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
        c.force_login(user)
        session = c.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return medarbejder

    return login
