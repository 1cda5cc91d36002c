"""Business events: the type strings, declared once, and ``outbox_write``.

An event is a row in ``OutboxEvent`` written inside the transaction of the
change it announces. After commit, the task ``backend_core.outbox_publish`` is queued by name; if the
broker is down the rows wait, and the next publish run (the periodic sweep or
the next change) delivers them. Nothing is lost, and a receiver that
acknowledged an event is never sent it again.

Event data never contains a CPR number.
"""

from __future__ import annotations

from typing import Any

from .korrelation import get_correlation_id
from .models import OutboxEvent
from .taskqueue import queue_after_commit, queued_once

PUBLISH_TASK = "backend_core.outbox_publish"
PREFIX = "dk.ydelsesportal"
SAG_MODTAGET = "dk.ydelsesportal.sag.modtaget"
SAG_UNDER_BEHANDLING = "dk.ydelsesportal.sag.under-behandling"
SAG_AFVENTER_BORGER = "dk.ydelsesportal.sag.afventer-borger"
SAG_AFGJORT = "dk.ydelsesportal.sag.afgjort"
SAG_LUKKET = "dk.ydelsesportal.sag.lukket"
SAG_VENTER_PAA_REGISTER = "dk.ydelsesportal.sag.venter-paa-register"
AFGOERELSE_TRUFFET = "dk.ydelsesportal.afgoerelse.truffet"
INDBERETNING_MODTAGET = "dk.ydelsesportal.indberetning.modtaget"
UDBETALING_AENDRET = "dk.ydelsesportal.udbetaling.aendret"
DOKUMENT_TILFOEJET = "dk.ydelsesportal.dokument.tilfoejet"
BREV_SENDT = "dk.ydelsesportal.brev.sendt"
BESKED_SENDT = "dk.ydelsesportal.besked.sendt"

ALLE = frozenset(
    {
        SAG_MODTAGET,
        SAG_UNDER_BEHANDLING,
        SAG_AFVENTER_BORGER,
        SAG_AFGJORT,
        SAG_LUKKET,
        SAG_VENTER_PAA_REGISTER,
        AFGOERELSE_TRUFFET,
        INDBERETNING_MODTAGET,
        UDBETALING_AENDRET,
        DOKUMENT_TILFOEJET,
        BREV_SENDT,
        BESKED_SENDT,
    }
)


def sag_data(sag: Any) -> dict:
    """The case metadata every case event carries (what the indexes need)."""
    return {
        "sag": str(sag.uuid),
        "reference": sag.reference,
        "borger": str(sag.borger.uuid),
        "kommune": sag.kommune.kode if sag.kommune_id else None,
        "ydelse": sag.ydelse,
        "status": sag.status,
        "min_side_sti": f"/min-side/sager/{sag.uuid}/",
    }


def outbox_write(*, type: str, sag: Any = None, data: dict | None = None) -> Any:
    """Write one event. Call inside the transaction of the change."""
    if type not in ALLE:
        raise ValueError(f"Unknown event type {type!r}.")
    payload = {**(sag_data(sag) if sag is not None else {}), **(data or {})}
    event = OutboxEvent.objects.create(type=type, sag=sag, data=payload, correlation_id=get_correlation_id())
    _schedule_publish()
    return event


def _schedule_publish() -> None:
    if not queued_once(PUBLISH_TASK):
        queue_after_commit(PUBLISH_TASK, hvad="outbox publish")
