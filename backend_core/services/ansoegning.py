"""Submitting an application."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit, events
from ..aktoer import Aktoer
from ..constants import Ydelsestype
from ..exceptions import DomaeneValideringsfejl
from ..models import Ansoegning, Borger, Dokument, Sag
from ..policies import kan_handle_for_borger, kraev
from ..taskqueue import queue_after_commit
from ._beregning import beregn, beregning_gem
from .sag import borger_opdater_fra_person, ny_reference, registre_hent, straks_afgoer, straks_mulig

logger = logging.getLogger(__name__)


def ansoegning_submit(
    *,
    aktoer: Aktoer,
    borger: Borger,
    ydelse: str,
    svar: dict,
    beregning_input: dict,
    form_version: str,
    idempotency_key: str,
    dokument_uuids: Iterable = (),
) -> Ansoegning:
    """Submit an application, all or nothing.

    Validates the calculation input through ``beregning``, asks the registers
    (CPR when the citizen's data is stale, eIndkomst for kontanthjælp), then in
    one transaction creates the ``Sag`` in the citizen's municipality, the
    ``Ansoegning`` and the ``Beregning``, attaches the uploaded documents,
    audits, writes the ``sag.modtaget`` event and queues the receipt. Where
    the verdict allows, the system decides at once (``afgjort``) with a
    payment plan line and the decision letter.

    A register outage never fails the submission: the case is stored, marked
    ``venter_paa_register`` and retried by a task. The same
    ``idempotency_key`` returns the first application, without side effects.
    Raises ``DomaeneValideringsfejl`` for input the citizen can correct.
    """
    kraev(
        kan_handle_for_borger(aktoer, borger),
        aktoer=aktoer,
        handling=audit.ANSOEGNING_SUBMITTED,
        objekt=borger,
        borger=borger,
    )
    if not idempotency_key or len(idempotency_key) > 100:
        raise DomaeneValideringsfejl(
            _("The submission is missing its key. Reload the page and try again."),
            code="idempotency_key",
        )
    tidligere = _tidligere(borger, idempotency_key)
    if tidligere is not None:
        return tidligere
    if ydelse not in Ydelsestype.values:
        raise DomaeneValideringsfejl(_("Choose a benefit to apply for."), felt="ydelse")
    if not isinstance(beregning_input, dict) or beregning_input.get("ydelse") != ydelse:
        raise DomaeneValideringsfejl(
            _("The answers do not belong to the benefit you are applying for."), felt="ydelse"
        )
    resultat = beregn(beregning_input, uden_sats_til_sagsbehandler=True)
    registerdata, venter = registre_hent(borger=borger, ydelse=ydelse, data=beregning_input)
    person = registerdata.pop("_person", None)
    try:
        with transaction.atomic():
            return _gem(
                aktoer=aktoer,
                borger=borger,
                ydelse=ydelse,
                svar=svar,
                data=beregning_input,
                resultat=resultat,
                form_version=form_version,
                idempotency_key=idempotency_key,
                dokument_uuids=list(dokument_uuids),
                registerdata=registerdata,
                venter=venter,
                person=person,
            )
    except IntegrityError:
        # A concurrent submission with the same key committed first.
        tidligere = _tidligere(borger, idempotency_key)
        if tidligere is None:
            raise
        return tidligere


def _tidligere(borger: Borger, idempotency_key: str) -> Ansoegning | None:
    return (
        Ansoegning.objects.select_related("sag")
        .filter(borger=borger, idempotency_key=idempotency_key)
        .first()
    )


def _gem(
    *,
    aktoer,
    borger,
    ydelse,
    svar,
    data,
    resultat,
    form_version,
    idempotency_key,
    dokument_uuids,
    registerdata,
    venter,
    person,
) -> Ansoegning:
    from .brev import brev_queue

    if person is not None:
        aendret = borger_opdater_fra_person(borger, person)
        if aendret:
            borger.save(update_fields=aendret)
    sag = Sag.objects.create(
        reference=ny_reference(),
        borger=borger,
        kommune=borger.kommune,
        ydelse=ydelse,
        venter_paa_register=venter,
        venter_siden=timezone.now() if venter else None,
    )
    ansoegning = Ansoegning.objects.create(
        sag=sag,
        borger=borger,
        ydelse=ydelse,
        svar=svar,
        beregning_input=data,
        form_version=form_version,
        idempotency_key=idempotency_key,
        registerdata=registerdata,
        indsendt_af=aktoer.type,
    )
    beregning = beregning_gem(sag=sag, data=data, resultat=resultat)
    if dokument_uuids:
        Dokument.objects.filter(borger=borger, sag__isnull=True, uuid__in=dokument_uuids).update(
            sag=sag
        )
    audit.audit_log(
        aktoer=aktoer,
        handling=audit.ANSOEGNING_SUBMITTED,
        objekt=ansoegning,
        borger=borger,
        detaljer={
            "sag": str(sag.uuid),
            "ydelse": ydelse,
            "form_version": form_version,
            "beregning": str(beregning.uuid),
            "venter_paa_register": venter,
        },
    )
    events.outbox_write(
        type=events.SAG_MODTAGET, sag=sag, data={"venter_paa_register": venter or None}
    )
    brev_queue(sag=sag, brevtype="kvittering")
    if venter:
        queue_after_commit("backend_core.sag_registre_retry", sag.pk, countdown=60, hvad="register retry")
    elif straks_mulig(resultat=resultat, registerdata=registerdata, venter=venter):
        straks_afgoer(sag=sag, beregning=beregning)
    return ansoegning


