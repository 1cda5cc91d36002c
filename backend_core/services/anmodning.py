"""Asking the citizen for information: one workflow step, one transaction."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..aktoer import Aktoer
from ..constants import SagStatus
from ..exceptions import DomaeneValideringsfejl
from ..models import Besked, Sag
from .besked import besked_send
from .sag import sag_transition

MAKS_FRIST_DAGE = 90


def sag_anmod_borger(*, aktoer: Aktoer, sag: Sag, tekst: str, frist: dt.date | None = None) -> Besked:
    """Ask the citizen for information: the message with what is needed goes
    out, the case waits for the citizen (taken into processing first when it
    is still ``modtaget``), and the deadline is stored — all or nothing."""
    if frist is not None:
        idag = timezone.localdate()
        if frist <= idag:
            raise DomaeneValideringsfejl(_("The deadline must be a date after today."), felt="frist")
        if frist > idag + dt.timedelta(days=MAKS_FRIST_DAGE):
            raise DomaeneValideringsfejl(
                _("The deadline can be at most %(dage)s days from today.") % {"dage": MAKS_FRIST_DAGE},
                felt="frist",
            )
    with transaction.atomic():
        if sag.status == SagStatus.MODTAGET:
            sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.UNDER_BEHANDLING)
        besked = besked_send(aktoer=aktoer, sag=sag, tekst=tekst)
        sag_transition(
            aktoer=aktoer,
            sag=sag,
            til=SagStatus.AFVENTER_BORGER,
            begrundelse=besked.tekst,
            detaljer={"frist": frist.isoformat() if frist else None},
        )
        sag.borger_frist = frist
        sag.save(update_fields=["borger_frist", "opdateret"])
    return besked
