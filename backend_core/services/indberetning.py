"""Income reports and changes of circumstances."""

from __future__ import annotations

import copy
import re

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .. import audit, events
from ..aktoer import Aktoer
from ..constants import IndberetningType, SagStatus, Udfald, Ydelsestype
from ..exceptions import DomaeneValideringsfejl
from ..models import Borger, Indberetning, Sag
from ..policies import kan_handle_for_borger, kraev
from ._beregning import beloeb as _beloeb
from ._beregning import beregn, beregning_gem

_MAANED = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
TOPNIVEAU_AENDRINGER = frozenset({"aegtefaelle", "boern"})
"""Changes that replace a whole part of the input; other keys change ``ansoeger``."""


def indberetning_submit(
    *,
    aktoer: Aktoer,
    borger: Borger,
    sag: Sag,
    maaned: str,
    arbejdsindtaegt,
    arbejdstimer,
    anden_indtaegt,
    aendringer: dict | None = None,
    idempotency_key: str,
) -> Indberetning:
    """Report income (and changes) for one month of a kontanthjælp case.

    Recalculates the month from the case's latest calculation input updated
    by the report, stores the new ``Beregning`` (``indberetning.beregning``),
    updates the month's payment line when the case is granted, audits and
    writes the event — all or nothing. The same ``idempotency_key`` returns
    the first report.
    """
    kraev(
        kan_handle_for_borger(aktoer, borger) and sag.borger_id == borger.pk,
        aktoer=aktoer,
        handling=audit.INDBERETNING_SUBMITTED,
        objekt=sag,
        borger=borger,
    )
    if not idempotency_key:
        raise DomaeneValideringsfejl(
            _("The submission is missing its key. Reload the page and try again."),
            code="idempotency_key",
        )
    tidligere = _tidligere(borger, idempotency_key)
    if tidligere is not None:
        return tidligere
    if sag.ydelse != Ydelsestype.KONTANTHJAELP:
        raise DomaeneValideringsfejl(
            _("Income can only be reported on a social assistance case."), felt="sag"
        )
    if sag.status == SagStatus.LUKKET:
        raise DomaeneValideringsfejl(
            _("The case is closed, so nothing can be reported on it."), felt="sag"
        )
    if not isinstance(maaned, str) or not _MAANED.match(maaned):
        raise DomaeneValideringsfejl(_("Choose the month you are reporting for."), felt="maaned")
    loen, timer, anden = _beloeb(arbejdsindtaegt), _beloeb(arbejdstimer), _beloeb(anden_indtaegt)
    if min(loen, timer, anden) < 0:
        raise DomaeneValideringsfejl(
            _("Amounts and hours cannot be negative."), felt="arbejdsindtaegt"
        )
    aendringer = dict(aendringer or {})
    seneste = sag.beregninger.order_by("-oprettet", "-id").first()
    if seneste is None:
        raise DomaeneValideringsfejl(_("The case has no calculation to update yet."), felt="sag")
    data = copy.deepcopy(seneste.input)
    data["maaned"] = maaned
    ansoeger = data.setdefault("ansoeger", {})
    ansoeger.update(
        {"arbejdsindtaegt": str(loen), "arbejdstimer": str(timer), "anden_indtaegt": str(anden)}
    )
    for noegle, vaerdi in aendringer.items():
        if noegle in TOPNIVEAU_AENDRINGER:
            data[noegle] = vaerdi
        elif noegle in ansoeger:
            ansoeger[noegle] = vaerdi
    resultat = beregn(data)
    try:
        with transaction.atomic():
            beregning = beregning_gem(sag=sag, data=data, resultat=resultat)
            indberetning = Indberetning.objects.create(
                sag=sag,
                borger=borger,
                type=IndberetningType.AENDRING if aendringer else IndberetningType.INDTAEGT,
                maaned=maaned,
                arbejdsindtaegt=loen,
                arbejdstimer=timer,
                anden_indtaegt=anden,
                aendringer=aendringer,
                beregning=beregning,
                idempotency_key=idempotency_key,
            )
            audit.audit_log(
                aktoer=aktoer,
                handling=audit.INDBERETNING_SUBMITTED,
                objekt=indberetning,
                borger=borger,
                detaljer={"sag": str(sag.uuid), "maaned": maaned, "beloeb": str(beregning.beloeb)},
            )
            events.outbox_write(
                type=events.INDBERETNING_MODTAGET,
                sag=sag,
                data={"indberetning": str(indberetning.uuid), "maaned": maaned},
            )
            if _bevilget(sag):
                from .betaling import udbetaling_plan

                udbetaling_plan(
                    sag=sag,
                    beregning=beregning,
                    maaned=maaned,
                    beloeb=beregning.beloeb if beregning.berettiget else _beloeb(0),
                )
    except IntegrityError:
        tidligere = _tidligere(borger, idempotency_key)
        if tidligere is None:
            raise
        return tidligere
    return indberetning


def _tidligere(borger: Borger, idempotency_key: str) -> Indberetning | None:
    return (
        Indberetning.objects.select_related("beregning")
        .filter(borger=borger, idempotency_key=idempotency_key)
        .first()
    )


def _bevilget(sag: Sag) -> bool:
    if sag.status not in (SagStatus.AFGJORT, SagStatus.LUKKET):
        return False
    seneste = sag.afgoerelser.order_by("-afgjort_tid", "-id").first()
    return seneste is not None and seneste.udfald != Udfald.AFSLAG
