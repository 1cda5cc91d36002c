"""Publishing the outbox to its receivers."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ..models import OutboxEvent
from ..registre import (
    RegisterUtilgaengelig,
    get_beskedfordeler_client,
    get_sagsindeks_client,
    get_ydelsesindeks_client,
)
from .notifikation import notifikation_modtager

logger = logging.getLogger(__name__)

MODTAGERE = (
    ("beskedfordeler", "leveret_beskedfordeler", get_beskedfordeler_client),
    ("sagsindeks", "leveret_sagsindeks", get_sagsindeks_client),
    ("ydelsesindeks", "leveret_ydelsesindeks", get_ydelsesindeks_client),
    ("notifikation", "leveret_notifikation", notifikation_modtager),
)
"""Receivers: name, the event's delivered-at field, the client factory."""


def envelope(event: OutboxEvent) -> dict:
    """The event as the receivers get it (CloudEvents 1.0 JSON); ``id`` is
    the idempotency key."""
    return {
        "specversion": "1.0",
        "id": str(event.uuid),
        "source": "urn:dk:ydelsesportal",
        "type": event.type,
        "subject": event.data.get("sag"),
        "time": event.oprettet.isoformat(),
        "datacontenttype": "application/json",
        "correlationid": event.correlation_id,
        "data": event.data,
    }


def outbox_publish_pending(*, graense: int = 1000) -> dict[str, dict[str, int]]:
    """Deliver pending events, oldest first, to each receiver.

    Each event is locked (``SKIP LOCKED`` on PostgreSQL, so parallel runs
    share the work), sent, and marked delivered for that receiver in its own
    short transaction. A receiver that fails stops its run there, so its
    events stay in order; the others carry on. Returns per receiver how many
    were sent, how many wait, and whether it failed.
    """
    rapport: dict[str, dict[str, int]] = {}
    for navn, felt, fabrik in MODTAGERE:
        client = fabrik()
        sendt, fejlet = 0, 0
        while sendt < graense:
            with transaction.atomic():
                event = (
                    OutboxEvent.objects.select_for_update(skip_locked=True)
                    .filter(**{f"{felt}__isnull": True})
                    .order_by("id")
                    .first()
                )
                if event is None:
                    break
                try:
                    client.publish(envelope(event))
                except RegisterUtilgaengelig as exc:
                    OutboxEvent.objects.filter(pk=event.pk).update(
                        forsoeg=F("forsoeg") + 1, sidste_fejl=f"{navn}: {exc}"[:2000]
                    )
                    logger.warning("outbox receiver down modtager=%s event=%s", navn, event.uuid)
                    fejlet = 1
                    break
                OutboxEvent.objects.filter(pk=event.pk).update(**{felt: timezone.now()})
                sendt += 1
        venter = OutboxEvent.objects.filter(**{f"{felt}__isnull": True}).count()
        rapport[navn] = {"sendt": sendt, "venter": venter, "fejlet": fejlet}
    return rapport
