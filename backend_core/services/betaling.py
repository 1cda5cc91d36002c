"""The payment plan: one ``Udbetaling`` line per case and month."""

from __future__ import annotations

import logging
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from .. import audit, events
from ..aktoer import Aktoer
from ..constants import UdbetalingStatus
from ..models import Beregning, Sag, Udbetaling

logger = logging.getLogger(__name__)


def udbetaling_plan(*, sag: Sag, beregning: Beregning, maaned: str, beloeb: Decimal) -> Udbetaling:
    """Create or update the line for ``maaned`` and queue the payment order.
    Call inside the caller's transaction (a decision or a report)."""
    linje = Udbetaling.objects.filter(sag=sag, maaned=maaned).first()
    if linje is None:
        linje = Udbetaling.objects.create(
            sag=sag, borger_id=sag.borger_id, maaned=maaned, beloeb=beloeb, beregning=beregning
        )
        foer = None
    else:
        foer = linje.beloeb
        if linje.status == UdbetalingStatus.UDBETALT:
            # Already paid: the difference is settled by a new order later;
            # the line keeps what was paid, the calculation is on record.
            logger.info("udbetaling already paid, not changed linje=%s", linje.uuid)
            return linje
        linje.beloeb = beloeb
        linje.beregning = beregning
        linje.status = UdbetalingStatus.PLANLAGT
        linje.save(update_fields=["beloeb", "beregning", "status", "opdateret"])
    audit.audit_log(
        aktoer=Aktoer.system(),
        handling=audit.UDBETALING_CHANGED,
        objekt=linje,
        borger=sag.borger,
        detaljer={
            "maaned": maaned,
            "foer": str(foer) if foer is not None else None,
            "nu": str(beloeb),
        },
    )
    events.outbox_write(
        type=events.UDBETALING_AENDRET,
        sag=sag,
        data={
            "udbetaling": str(linje.uuid),
            "maaned": maaned,
            "beloeb": str(beloeb),
            "udbetalingsdato": linje.udbetalingsdato.isoformat() if linje.udbetalingsdato else None,
            "udbetaling_status": linje.status,
        },
    )
    linje_id = linje.pk
    transaction.on_commit(lambda: _planlaeg_bestilling(linje_id))
    return linje


def _planlaeg_bestilling(udbetaling_id: int) -> None:
    """Called only from ``transaction.on_commit``."""
    from ..tasks import udbetaling_bestil

    try:
        udbetaling_bestil.delay(udbetaling_id)
    except Exception:
        logger.warning("payment order not queued, broker unreachable", exc_info=True)


def udbetaling_order(*, udbetaling: Udbetaling) -> Udbetaling:
    """Send a planned line to the payment system (from a task). Raises
    ``RegisterUtilgaengelig`` when the payment system is down."""
    from ..registre import get_udbetaling_client

    if udbetaling.status != UdbetalingStatus.PLANLAGT:
        return udbetaling
    sag = udbetaling.sag
    ordre_id = get_udbetaling_client().bestil(
        udbetaling_uuid=str(udbetaling.uuid),
        cpr=udbetaling.borger.cpr,
        maaned=udbetaling.maaned,
        beloeb=udbetaling.beloeb,
        kommunekode=sag.kommune.kode if sag.kommune_id else "",
    )
    with transaction.atomic():
        udbetaling.status = UdbetalingStatus.BESTILT
        udbetaling.ordre_id = ordre_id
        udbetaling.opdateret = timezone.now()
        udbetaling.save(update_fields=["status", "ordre_id", "opdateret"])
        audit.audit_log(
            aktoer=Aktoer.system(),
            handling=audit.UDBETALING_ORDERED,
            objekt=udbetaling,
            borger=udbetaling.borger,
            detaljer={"ordre_id": ordre_id},
        )
    return udbetaling
