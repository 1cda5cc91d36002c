"""Staff one-time-code devices (django-otp): an authenticator app (TOTP) and
a set of recovery codes (static tokens), each used once."""

from __future__ import annotations

import logging

from django.db import transaction
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger(__name__)

GENDANNELSE = "gendannelseskoder"
"""Name of the static device that holds a staff member's recovery codes."""
INDRULNING = "indrulning"
"""Name of the static device that holds a new staff member's one enrolment code."""
ANTAL_KODER = 10


def har_enhed(user) -> bool:
    """Whether the user has a confirmed device (and so must give a code)."""
    return user_has_device(user, confirmed=True)


def bekraeftede_enheder(user) -> list:
    return list(devices_for_user(user, confirmed=True))


def tilbagevaerende_koder(user) -> int:
    return sum(device.token_set.count() for device in StaticDevice.objects.filter(user=user, name=GENDANNELSE))


def totp_start(user) -> TOTPDevice:
    """A new, unconfirmed authenticator device (an earlier unconfirmed one is dropped)."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        return TOTPDevice.objects.create(user=user, name="app", confirmed=False)


def totp_ventende(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()


def indrulningskode_ny(user) -> str:
    """A one-time enrolment code for a staff member who has no authenticator
    yet (a new account, or a lost phone and lost recovery codes). An
    administrator hands it over in person; it replaces any earlier one, works
    once, and only leads to adding an authenticator. Without it, a password
    alone never opens the back office, not even its enrolment page."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user, name=INDRULNING).delete()
        device = StaticDevice.objects.create(user=user, name=INDRULNING, confirmed=True)
        kode = StaticToken.random_token()
        StaticToken.objects.create(device=device, token=kode)
    logger.info("staff enrolment code issued", extra={"user_id": user.pk})
    return kode


def er_indrulning(device) -> bool:
    return isinstance(device, StaticDevice) and device.name == INDRULNING


def totp_bekraeft(device: TOTPDevice, token: str) -> bool:
    """Confirm ``device`` when ``token`` is its current code; the enrolment
    code, if any, is then spent for good."""
    if not device.verify_token(token):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    StaticDevice.objects.filter(user=device.user, name=INDRULNING).delete()
    logger.info("staff authenticator confirmed", extra={"user_id": device.user_id})
    return True


def gendannelseskoder_nye(user) -> list[str]:
    """Replace the user's recovery codes with ``ANTAL_KODER`` new ones and
    return them (shown once; only django-otp's stored tokens remain)."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user, name=GENDANNELSE).delete()
        device = StaticDevice.objects.create(user=user, name=GENDANNELSE, confirmed=True)
        koder = [StaticToken.random_token() for _ in range(ANTAL_KODER)]
        StaticToken.objects.bulk_create([StaticToken(device=device, token=kode) for kode in koder])
    logger.info("staff recovery codes replaced", extra={"user_id": user.pk})
    return koder
