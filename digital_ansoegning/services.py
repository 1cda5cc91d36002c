"""Drafts: create or resume, save a step, attach a document, submit.

The application itself is made by ``backend_core.services.ansoegning_submit``;
this module only keeps the citizen's work in progress.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from backend_core import audit, selectors
from backend_core.aktoer import Aktoer
from backend_core.exceptions import RegisterUtilgaengelig

from .flows import FLOWS
from .models import Kladde

logger = logging.getLogger(__name__)


def _prefill_fra_cpr(borger) -> dict:
    """What CPR says, as JSON, or ``{}`` (with the fields the citizen record
    already has) when the register does not answer. The read is the citizen's
    own, audited through the register selector."""
    try:
        person = selectors.cpr_person_get(aktoer=Aktoer.for_borger(borger), borger=borger)
    except RegisterUtilgaengelig:
        logger.info("kladde_prefill_cpr_unavailable", extra={"borger_uuid": str(borger.uuid)})
        person = None
    if person is None:
        return {
            "navn": borger.navn,
            "foedselsdato": borger.foedselsdato.isoformat() if borger.foedselsdato else None,
            "civilstand": borger.civilstand or "",
            "boern": [],
        }
    return {
        "hentet": timezone.now().isoformat(),
        "navn": f"{person.fornavn} {person.efternavn}".strip(),
        "adresse": person.adresse,
        "postnummer": person.postnummer,
        "by": person.by,
        "civilstand": person.civilstand,
        "foedselsdato": person.foedselsdato.isoformat(),
        "boern": [{"fornavn": b.fornavn, "foedselsdato": b.foedselsdato.isoformat()} for b in person.boern],
    }


def kladde_aaben(*, borger, ydelse: str) -> Kladde:
    """The citizen's open draft for the benefit, made (with the CPR data)
    if there is none."""
    if ydelse not in FLOWS:
        raise KeyError(ydelse)
    kladde = Kladde.objects.filter(borger=borger, ydelse=ydelse, indsendt_ansoegning__isnull=True).first()
    if kladde is not None:
        return kladde
    prefill = _prefill_fra_cpr(borger)
    try:
        with transaction.atomic():
            return Kladde.objects.create(
                borger=borger,
                ydelse=ydelse,
                prefill=prefill,
                trin=FLOWS[ydelse].skaermbilleder({}, prefill)[0],
            )
    except IntegrityError:
        # Two tabs started at once: the other one made it.
        return Kladde.objects.get(borger=borger, ydelse=ydelse, indsendt_ansoegning__isnull=True)


def kladde_senest_indsendt(*, borger, ydelse: str, dage: int = 7):
    """The citizen's draft for ``ydelse`` submitted in the last ``dage`` days,
    or ``None``: a reload or back after submit lands on its receipt."""
    return (
        Kladde.objects.select_related("indsendt_ansoegning")
        .filter(
            borger=borger,
            ydelse=ydelse,
            indsendt_ansoegning__isnull=False,
            opdateret__gte=timezone.now() - timedelta(days=dage),
        )
        .order_by("-opdateret")
        .first()
    )


def kladde_gem(*, kladde: Kladde, svar: dict, naeste_trin: str | None = None) -> Kladde:
    """Merge the answers into the draft and remember where to resume. The
    row is locked and re-read, so two tabs saving different steps at once
    both keep their answers."""
    with transaction.atomic():
        frisk = Kladde.objects.select_for_update().get(pk=kladde.pk)
        frisk.svar = {**frisk.svar, **svar}
        fields = ["svar", "opdateret"]
        if naeste_trin:
            frisk.trin = naeste_trin
            fields.append("trin")
        frisk.save(update_fields=fields)
    kladde.svar, kladde.trin = frisk.svar, frisk.trin
    return kladde


def kladde_tilfoej_dokument(*, kladde: Kladde, aktoer, fil, kategori: str):
    from backend_core import services

    dokument = services.dokument_add(
        aktoer=aktoer,
        borger=kladde.borger,
        fil=fil,
        filnavn=fil.name,
        kategori=kategori,
        sag=None,
    )
    with transaction.atomic():
        kladde = Kladde.objects.select_for_update().get(pk=kladde.pk)
        kladde.dokument_uuids = [*kladde.dokument_uuids, str(dokument.uuid)]
        kladde.save(update_fields=["dokument_uuids", "opdateret"])
    return dokument


def kladde_fjern_dokument(*, kladde: Kladde, dokument_uuid: str) -> None:
    """Take a document off the draft (the stored file stays with the citizen's documents)."""
    with transaction.atomic():
        frisk = Kladde.objects.select_for_update().get(pk=kladde.pk)
        frisk.dokument_uuids = [u for u in frisk.dokument_uuids if u != dokument_uuid]
        frisk.save(update_fields=["dokument_uuids", "opdateret"])


def _kvitteringssvar(flow, svar: dict, prefill: dict) -> list[dict]:
    """The answers as the receipt letter prints them: question and answer, in
    Danish (the letter's language), whatever language the citizen used."""
    from .opsummering import opsummering

    with translation.override("da"):
        return [
            {"spoergsmaal": str(r["label"]), "svar": str(r["vaerdi"])}
            for sektion in opsummering(flow, svar, prefill)
            for r in sektion["raekker"]
        ]


def kladde_indsend(*, kladde: Kladde, aktoer, idag: date | None = None):
    """Submit the draft; the same draft submitted twice gives the same
    application (the draft's idempotency key). Raises
    ``DomaeneValideringsfejl`` when the service refuses the input."""
    from backend_core import services

    if kladde.indsendt_ansoegning_id:
        return kladde.indsendt_ansoegning
    flow = FLOWS[kladde.ydelse]
    svar = flow.aktive_svar(kladde.svar, kladde.prefill)
    ansoegning = services.ansoegning_submit(
        aktoer=aktoer,
        borger=kladde.borger,
        ydelse=kladde.ydelse,
        svar={**svar, "_prefill": kladde.prefill, "opsummering": _kvitteringssvar(flow, svar, kladde.prefill)},
        beregning_input=flow.to_beregning_input(svar, kladde.prefill, idag or date.today()),
        form_version=flow.form_version,
        idempotency_key=str(kladde.idempotency_key),
        dokument_uuids=list(kladde.dokument_uuids),
    )
    Kladde.objects.filter(pk=kladde.pk).update(indsendt_ansoegning=ansoegning, opdateret=timezone.now())
    kladde.indsendt_ansoegning = ansoegning
    return ansoegning


def kladde_udloeber(kladde: Kladde) -> datetime:
    """When the open draft is deleted unless the citizen works on it again."""
    return kladde.opdateret + timedelta(days=settings.KLADDE_OPBEVARING_DAGE)


def kladder_ryd_op(*, nu: datetime | None = None) -> int:
    """Delete the drafts past their retention and return how many went.

    An open draft untouched for ``KLADDE_OPBEVARING_DAGE`` days goes with the
    uploads that never reached a case (unless another open draft of the same
    citizen holds them); a submitted draft goes ``KLADDE_INDSENDT_OPBEVARING_DAGE``
    days after submission, its documents being on the case. Each deletion is
    audited. Safe to run twice at once: a draft already gone is skipped.
    """
    from backend_core import services

    nu = nu or timezone.now()
    system = Aktoer.system()
    forfaldne = Kladde.objects.filter(
        indsendt_ansoegning__isnull=True, opdateret__lt=nu - timedelta(days=settings.KLADDE_OPBEVARING_DAGE)
    ) | Kladde.objects.filter(
        indsendt_ansoegning__isnull=False,
        opdateret__lt=nu - timedelta(days=settings.KLADDE_INDSENDT_OPBEVARING_DAGE),
    )
    slettet = 0
    for kladde in forfaldne.select_related("borger").order_by("pk").iterator(chunk_size=500):
        with transaction.atomic():
            frisk = Kladde.objects.select_for_update().filter(pk=kladde.pk).first()
            if frisk is None or frisk.opdateret != kladde.opdateret:
                continue  # gone, or the citizen came back to it meanwhile
            indsendt = frisk.indsendt_ansoegning_id is not None
            audit.audit_log(
                aktoer=system,
                handling=audit.KLADDE_DELETED,
                objekt=frisk,
                borger=kladde.borger,
                detaljer={"ydelse": frisk.ydelse, "indsendt": indsendt, "dokumenter": len(frisk.dokument_uuids)},
            )
            frisk.delete()
            if not indsendt and frisk.dokument_uuids:
                andre = set()
                for uuids in Kladde.objects.filter(borger=kladde.borger, indsendt_ansoegning__isnull=True).values_list(
                    "dokument_uuids", flat=True
                ):
                    andre.update(uuids)
                services.dokumenter_slet_uden_sag(
                    aktoer=system,
                    borger=kladde.borger,
                    uuids=[u for u in frisk.dokument_uuids if u not in andre],
                    aarsag="kladde_udloebet",
                )
        slettet += 1
    if slettet:
        logger.info("kladder_slettet", extra={"antal": slettet})
    return slettet


def kladder_for_borger(*, borger) -> list[dict]:
    """The citizen's open drafts for Min Side: benefit, last saved, the date
    it will be deleted, and where to resume (registered with
    ``backend_core.selectors.kladde_kilde_registrer``)."""
    from django.urls import reverse

    return [
        {
            "ydelse": kladde.ydelse,
            "opdateret": kladde.opdateret,
            "slettes": timezone.localdate(kladde_udloeber(kladde)),
            "url": reverse("ansoegning:start", args=[kladde.ydelse]),
        }
        for kladde in Kladde.objects.filter(borger=borger, indsendt_ansoegning__isnull=True).order_by("-opdateret")
    ]
