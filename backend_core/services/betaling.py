"""The payment plan: one ``Udbetaling`` line per case and month."""

from __future__ import annotations

import datetime as dt
import logging
from calendar import monthrange
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from .. import audit, events
from ..aktoer import Aktoer
from ..breve.formatering import MAANEDER, formater_beloeb
from ..constants import AfgoerelseArt, UdbetalingStatus, Udfald
from ..models import Beregning, Sag, Udbetaling
from ..registre import get_udbetaling_client
from ..taskqueue import queue_after_commit
from ..udbetalingskalender import bankdage_efter, udbetalingsdato
from ._afgoerelse import afgoerelse_skriv

logger = logging.getLogger(__name__)


def udbetaling_plan(
    *, sag: Sag, beregning: Beregning | None, maaned: str, beloeb: Decimal, afgoerelse=None
) -> Udbetaling:
    """Create or update the benefit line for ``maaned`` with its payout date
    (``udbetalingskalender``) and reason lines, and queue the payment order.
    A month already sent or paid is not changed: a different amount for it
    becomes a difference decision (an extra payment or a repayment claim)
    with its own line and letter. Call inside the caller's transaction (a
    decision)."""
    linje = Udbetaling.objects.filter(sag=sag, maaned=maaned, art=AfgoerelseArt.YDELSE).first()
    dato = udbetalingsdato(
        ydelse=sag.ydelse,
        maaned=maaned,
        afgjort=timezone.localdate(),
        udbetalingsdag=(sag.kommune.indstillinger or {}).get("udbetalingsdag") if sag.kommune_id else None,
    )
    grunde = begrundelse_linjer(beregning, afgoerelse)
    if linje is None:
        linje = Udbetaling.objects.create(
            sag=sag,
            borger_id=sag.borger_id,
            maaned=maaned,
            beloeb=beloeb,
            beregning=beregning,
            afgoerelse=afgoerelse,
            udbetalingsdato=dato,
            begrundelse=grunde,
        )
        foer = None
    else:
        foer = linje.beloeb
        if linje.status in (UdbetalingStatus.BESTILT, UdbetalingStatus.UDBETALT):
            if beloeb != foer and afgoerelse is not None:
                return _difference(linje=linje, nyt=beloeb, afgoerelse=afgoerelse, beregning=beregning)
            return linje
        linje.beloeb = beloeb
        linje.beregning = beregning
        linje.afgoerelse = afgoerelse or linje.afgoerelse
        linje.status = UdbetalingStatus.PLANLAGT
        linje.udbetalingsdato = dato
        linje.begrundelse = grunde
        linje.save(
            update_fields=[
                "beloeb",
                "beregning",
                "afgoerelse",
                "status",
                "udbetalingsdato",
                "begrundelse",
                "opdateret",
            ]
        )
    _skrevet(sag=sag, linje=linje, foer=foer)
    return linje


def begrundelse_linjer(beregning: Beregning | None, afgoerelse=None) -> list[dict]:
    """The reason lines of a payment line: the calculation's lines, or the
    decision's own reasons when there is no calculation."""
    if beregning is not None and beregning.linjer:
        return [{k: linje.get(k) for k in ("tekst", "tekst_en", "beloeb", "hjemmel")} for linje in beregning.linjer]
    if afgoerelse is not None:
        return [
            {
                "tekst": afgoerelse.begrundelse,
                "tekst_en": afgoerelse.begrundelse_en or afgoerelse.begrundelse,
                "beloeb": str(afgoerelse.beloeb) if afgoerelse.beloeb is not None else None,
                "hjemmel": "",
            }
        ]
    return []


def _skrevet(*, sag: Sag, linje: Udbetaling, foer) -> None:
    audit.audit_log(
        aktoer=Aktoer.system(),
        handling=audit.UDBETALING_CHANGED,
        objekt=linje,
        borger=sag.borger,
        detaljer={
            "maaned": linje.maaned,
            "art": linje.art,
            "foer": str(foer) if foer is not None else None,
            "nu": str(linje.beloeb),
        },
    )
    events.outbox_write(
        type=events.UDBETALING_AENDRET,
        sag=sag,
        data={
            "udbetaling": str(linje.uuid),
            "maaned": linje.maaned,
            "beloeb": str(linje.beloeb),
            "art": linje.art,
            "udbetalingsdato": linje.udbetalingsdato.isoformat() if linje.udbetalingsdato else None,
            "udbetaling_status": linje.status,
        },
    )
    if linje.art != AfgoerelseArt.TILBAGEBETALING:
        queue_after_commit("backend_core.udbetaling_bestil", linje.pk, hvad="payment order")


def _difference(*, linje: Udbetaling, nyt: Decimal, afgoerelse, beregning) -> Udbetaling:
    """A month already sent or paid at ``linje.beloeb`` is now ``nyt``: the
    difference is its own decision (with a letter) and its own line."""

    def dansk(v):
        return formater_beloeb(v, "da")

    def engelsk(v):
        return formater_beloeb(v, "en")

    sag = linje.sag
    forskel = nyt - linje.beloeb
    aar, md = (int(x) for x in linje.maaned.split("-"))
    maaned_tekst = f"{MAANEDER['da'][md - 1]} {aar}"
    maaned_en = f"{MAANEDER['en'][md - 1]} {aar}"
    if forskel > 0:
        art = AfgoerelseArt.EFTERBETALING
        tekst = (
            f"For {maaned_tekst} er der udbetalt {dansk(linje.beloeb)} Efter den nye afgørelse "
            f"skal du have {dansk(nyt)} Du får derfor en efterbetaling på {dansk(forskel)}"
        )
        tekst_en = (
            f"For {maaned_en}, {engelsk(linje.beloeb)} has been paid. Under the new decision you "
            f"are to have {engelsk(nyt)}. You therefore get an extra payment of {engelsk(forskel)}."
        )
    else:
        art = AfgoerelseArt.TILBAGEBETALING
        tekst = (
            f"For {maaned_tekst} er der udbetalt {dansk(linje.beloeb)} Efter den nye afgørelse "
            f"skulle du have haft {dansk(nyt)} Du har derfor fået {dansk(-forskel)} for meget, "
            "som kommunen kræver betalt tilbage (LAS § 91). Kommunen kontakter dig om, hvordan "
            "beløbet kan betales tilbage, og tager hensyn til din økonomi (LAS § 95)."
        )
        tekst_en = (
            f"For {maaned_en}, {engelsk(linje.beloeb)} has been paid. Under the new decision you "
            f"should have had {engelsk(nyt)}. You have therefore received {engelsk(-forskel)} too "
            "much, which the municipality claims back (LAS § 91). The municipality will contact "
            "you about how to pay it back and takes your finances into account (LAS § 95)."
        )
    maaned_start = dt.date(aar, md, 1)
    maaned_slut = dt.date(aar, md, monthrange(aar, md)[1])
    forskel_afgoerelse = afgoerelse_skriv(
        aktoer=Aktoer.system(),
        sag=sag,
        udfald=Udfald.BEVILGET,
        beloeb=abs(forskel),
        begrundelse=tekst,
        begrundelse_en=tekst_en,
        beregning=beregning,
        virkning_fra=maaned_start,
        virkning_til=maaned_slut,
        art=art,
        anledning=afgoerelse.anledning,
    )
    ny = Udbetaling.objects.create(
        sag=sag,
        borger_id=sag.borger_id,
        maaned=linje.maaned,
        beloeb=forskel,
        beregning=beregning,
        afgoerelse=forskel_afgoerelse,
        art=art,
        udbetalingsdato=bankdage_efter(timezone.localdate(), 1) if art == AfgoerelseArt.EFTERBETALING else None,
        begrundelse=[
            {
                "tekst": tekst,
                "tekst_en": tekst_en,
                "beloeb": str(forskel),
                "hjemmel": "LAS § 91" if art == AfgoerelseArt.TILBAGEBETALING else "LAS § 89",
            }
        ],
    )
    _skrevet(sag=sag, linje=ny, foer=linje.beloeb)
    return ny


def udbetalinger_stop(*, sag: Sag, fra: dt.date, afgoerelse) -> int:
    """Cancel the planned benefit lines from ``fra``'s month on (a stop
    decision). Lines already sent stay; returns how many were cancelled."""
    linjer = list(
        Udbetaling.objects.filter(
            sag=sag,
            art=AfgoerelseArt.YDELSE,
            status=UdbetalingStatus.PLANLAGT,
            maaned__gte=fra.strftime("%Y-%m"),
        )
    )
    for linje in linjer:
        linje.status = UdbetalingStatus.ANNULLERET
        linje.afgoerelse = afgoerelse
        linje.save(update_fields=["status", "afgoerelse", "opdateret"])
        audit.audit_log(
            aktoer=Aktoer.system(),
            handling=audit.UDBETALING_CHANGED,
            objekt=linje,
            borger=sag.borger,
            detaljer={"maaned": linje.maaned, "status": linje.status},
        )
    return len(linjer)


def udbetaling_order(*, udbetaling: Udbetaling) -> Udbetaling:
    """Send a planned line to the payment system (from a task). Raises
    ``RegisterUtilgaengelig`` when the payment system is down."""
    if udbetaling.status != UdbetalingStatus.PLANLAGT or udbetaling.beloeb <= 0:
        return udbetaling  # a repayment claim is collected, not paid out
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


def udbetaling_udbetalt(*, udbetaling: Udbetaling) -> Udbetaling:
    """The payment system reports that a sent line has been paid to the
    citizen's NemKonto (its receipt for the order): the line becomes paid,
    with its audit entry and the event that tells the benefit index. A line
    not sent (planned, cancelled, a repayment claim) or already paid is
    returned unchanged."""
    if udbetaling.status != UdbetalingStatus.BESTILT:
        return udbetaling
    with transaction.atomic():
        udbetaling.status = UdbetalingStatus.UDBETALT
        udbetaling.opdateret = timezone.now()
        udbetaling.save(update_fields=["status", "opdateret"])
        audit.audit_log(
            aktoer=Aktoer.system(),
            handling=audit.UDBETALING_CHANGED,
            objekt=udbetaling,
            borger=udbetaling.borger,
            detaljer={"maaned": udbetaling.maaned, "status": udbetaling.status},
        )
        events.outbox_write(
            type=events.UDBETALING_AENDRET,
            sag=udbetaling.sag,
            data={
                "udbetaling": str(udbetaling.uuid),
                "maaned": udbetaling.maaned,
                "beloeb": str(udbetaling.beloeb),
                "art": udbetaling.art,
                "udbetalingsdato": udbetaling.udbetalingsdato.isoformat() if udbetaling.udbetalingsdato else None,
                "udbetaling_status": udbetaling.status,
            },
        )
    return udbetaling
