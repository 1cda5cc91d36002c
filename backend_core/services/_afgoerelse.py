"""Writing a decision: the row, its audit entry and (on a decided case) its
event and letter. Below the case and payment services, which both decide
(a caseworker's or the system's decision; a difference on a month already
paid), so neither imports the other for it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Q

from .. import audit, events
from ..aktoer import Aktoer
from ..constants import AfgoerelseArt, Brevtype
from ..models import Afgoerelse, Beregning, Brevtekst, Sag
from .brev import brev_queue


def klagevejledning_for(sag: Sag) -> str:
    """The municipality's appeal guidance text block, else the standard one."""
    tekster = {
        b.kommune_id is not None: b.tekst
        for b in Brevtekst.objects.filter(
            Q(kommune_id=sag.kommune_id) | Q(kommune__isnull=True),
            brevtype="afgoerelse",
            noegle="klagevejledning",
            sprog="da",
        )
    }
    return tekster.get(True) or tekster.get(False) or STANDARD_KLAGEVEJLEDNING


STANDARD_KLAGEVEJLEDNING = (
    "Du kan klage over afgørelsen. Klagen skal være modtaget i kommunen senest 4 uger efter, "
    "at du har fået afgørelsen. Kommunen genvurderer afgørelsen, og fastholder kommunen den, "
    "sendes klagen videre til Ankestyrelsen (retssikkerhedslovens § 66 og § 67)."
)


def afgoerelse_data(afgoerelse: Afgoerelse) -> dict:
    return {
        "afgoerelse": str(afgoerelse.uuid),
        "udfald": afgoerelse.udfald,
        "beloeb": str(afgoerelse.beloeb) if afgoerelse.beloeb is not None else None,
        "straks": afgoerelse.afgjort_af_straks,
        "art": afgoerelse.art,
        "virkning_fra": afgoerelse.virkning_fra.isoformat() if afgoerelse.virkning_fra else None,
        "virkning_til": afgoerelse.virkning_til.isoformat() if afgoerelse.virkning_til else None,
    }


def afgoerelse_skriv(
    *,
    aktoer: Aktoer,
    sag: Sag,
    udfald: str,
    beloeb: Decimal | None,
    begrundelse: str,
    beregning: Beregning | None,
    virkning_fra: dt.date | None,
    virkning_til: dt.date | None,
    art: str,
    anledning: str,
    straks: bool = False,
    begrundelse_en: str = "",
    meddel: bool = True,
) -> Afgoerelse:
    """Store one decision and audit it; with ``meddel`` (a case that is
    already decided) also write its event and order its letter. A case not
    yet decided announces the decision through its transition instead. Call
    inside the caller's transaction."""
    afgoerelse = Afgoerelse.objects.create(
        sag=sag,
        beregning=beregning,
        udfald=udfald,
        beloeb=beloeb,
        begrundelse=begrundelse,
        begrundelse_en=begrundelse_en,
        linjer=beregning.linjer if beregning is not None and art == AfgoerelseArt.YDELSE else [],
        klagevejledning=klagevejledning_for(sag),
        afgjort_af=aktoer.user if aktoer.er_medarbejder else None,
        afgjort_af_straks=straks,
        virkning_fra=virkning_fra,
        virkning_til=virkning_til,
        art=art,
        anledning=anledning,
    )
    audit.audit_log(
        aktoer=aktoer,
        handling=audit.AFGOERELSE_CREATED,
        objekt=afgoerelse,
        borger=sag.borger,
        detaljer={
            "udfald": udfald,
            "art": art,
            "anledning": anledning,
            "beloeb": str(beloeb) if beloeb is not None else None,
        },
    )
    if meddel:
        events.outbox_write(type=events.AFGOERELSE_TRUFFET, sag=sag, data=afgoerelse_data(afgoerelse))
        brev_queue(sag=sag, brevtype=Brevtype.AFGOERELSE, afgoerelse=afgoerelse)
    return afgoerelse
