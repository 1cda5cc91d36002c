"""Submitting an application."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .. import audit, events
from ..aktoer import Aktoer
from ..breve.formatering import formater_beloeb, formater_dato
from ..constants import LOEBENDE_YDELSER, DokumentKategori, SagStatus, Udfald, Ydelsestype
from ..exceptions import DomaeneValideringsfejl
from ..models import Afgoerelse, Ansoegning, Borger, Dokument, Sag
from ..policies import kan_handle_for_borger, kraev
from ..registre import RegisterUtilgaengelig, get_pension_client
from ..registre.base import RegisterFejl
from ..taskqueue import queue_after_commit
from ._beregning import beregn, beregning_gem
from .brev import brev_queue
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
        raise DomaeneValideringsfejl(_("The answers do not belong to the benefit you are applying for."), felt="ydelse")
    aaben = aaben_sag_for(borger=borger, ydelse=ydelse)
    if aaben is not None:
        raise DomaeneValideringsfejl(
            _(
                "You already have a case about this benefit (%(reference)s). Follow it or add "
                "to it on My page instead of applying again."
            )
            % {"reference": aaben.reference},
            felt="ydelse",
            code="aaben_sag",
        )
    dokument_uuids = list(dokument_uuids)
    beregning_input = fakta_med_kilder(
        borger=borger, ydelse=ydelse, data=beregning_input, dokument_uuids=dokument_uuids
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
                dokument_uuids=dokument_uuids,
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


"""Benefits where a granted case stays open: the citizen is receiving it."""


def _bevilgede(qs):
    """Cases in ``qs`` whose latest decision about the benefit grants it (one query)."""

    seneste = Afgoerelse.objects.filter(sag=OuterRef("pk"), art="ydelse").order_by("-afgjort_tid", "-id")
    return qs.annotate(seneste_udfald=Subquery(seneste.values("udfald")[:1])).filter(
        seneste_udfald__in=[Udfald.BEVILGET, Udfald.DELVIST_BEVILGET]
    )


def aaben_sag_for(*, borger: Borger, ydelse: str) -> Sag | None:
    """The citizen's open case for ``ydelse``: one not yet decided, or for a
    monthly benefit one granted and not stopped. ``None`` when a new
    application may be made."""
    ikke_afgjort = (
        Sag.objects.filter(
            borger=borger,
            ydelse=ydelse,
            status__in=[SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER],
        )
        .order_by("-oprettet")
        .first()
    )
    if ikke_afgjort is not None or ydelse not in LOEBENDE_YDELSER:
        return ikke_afgjort
    return (
        _bevilgede(Sag.objects.filter(borger=borger, ydelse=ydelse, status=SagStatus.AFGJORT))
        .order_by("-oprettet")
        .first()
    )


def modtager_kontanthjaelp_i_egen_sag(*, borger: Borger) -> Sag | None:
    """The citizen's granted kontanthjælp case in this system, if any: the
    verified source of "receives a benefit at kontanthjælp level"."""
    return (
        _bevilgede(Sag.objects.filter(borger=borger, ydelse=Ydelsestype.KONTANTHJAELP, status=SagStatus.AFGJORT))
        .order_by("-oprettet")
        .first()
    )


def fakta_med_kilder(*, borger: Borger, ydelse: str, data: dict, dokument_uuids) -> dict:
    """The calculation input with where each deciding fact came from
    (``kilder``), set here and never taken from the citizen: "receives
    kontanthjælp" from this system's granted cases, a pensioner's pension,
    supplement percentage and liquid assets from Udbetaling Danmark's
    register, the cost from an uploaded invoice or estimate. Network calls:
    keep outside transactions."""
    if ydelse == Ydelsestype.TANDPLEJE:
        return _tandpleje_fakta(borger=borger, data=data, dokument_uuids=dokument_uuids)
    if ydelse == Ydelsestype.HELBREDSTILLAEG:
        return _helbredstillaeg_fakta(borger=borger, data=data, dokument_uuids=dokument_uuids)
    return data


def _har_regning(borger: Borger, dokument_uuids) -> bool:
    return (
        bool(dokument_uuids)
        and Dokument.objects.filter(borger=borger, uuid__in=dokument_uuids, kategori=DokumentKategori.REGNING).exists()
    )


def _tandpleje_fakta(*, borger: Borger, data: dict, dokument_uuids) -> dict:
    data = {k: v for k, v in data.items() if k not in ("kilder", "ansoegningsdato")}
    egen = modtager_kontanthjaelp_i_egen_sag(borger=borger)
    regning = _har_regning(borger, dokument_uuids)
    if egen is not None:
        data["modtager_kontanthjaelp"] = True
    data["kilder"] = {
        "modtager_kontanthjaelp": "egen_sag" if egen is not None else "borger",
        "udgift": "dokument" if regning else "borger",
    }
    data["ansoegningsdato"] = timezone.localdate().isoformat()
    return data


def pension_hent(*, borger: Borger, aar: int):
    """Udbetaling Danmark's pension data for the citizen, or ``None`` when the
    register does not answer or refuses (then nothing is verified and a
    caseworker decides)."""
    try:
        return get_pension_client().hent_pension(borger.cpr, aar)
    except (RegisterUtilgaengelig, RegisterFejl) as exc:
        logger.warning("pension register unavailable: %s", type(exc).__name__)
        return None


def _helbredstillaeg_fakta(*, borger: Borger, data: dict, dokument_uuids) -> dict:
    data = {k: v for k, v in data.items() if k not in ("kilder", "modtager_pension")}
    try:
        aar = int(str(data.get("dato", ""))[:4])
    except ValueError:
        aar = timezone.localdate().year
    pension = pension_hent(borger=borger, aar=aar)
    kilder = {
        "modtager_pension": "borger",
        "personlig_tillaegsprocent": "borger",
        "likvid_formue": "borger",
        "egenbetaling": "dokument" if _har_regning(borger, dokument_uuids) else "borger",
    }
    if pension is not None:
        data["modtager_pension"] = pension.giver_ret_til_helbredstillaeg
        kilder["modtager_pension"] = "register"
        if pension.personlig_tillaegsprocent is not None:
            data["personlig_tillaegsprocent"] = pension.personlig_tillaegsprocent
            kilder["personlig_tillaegsprocent"] = "register"
        if pension.likvid_formue is not None:
            data["likvid_formue"] = str(pension.likvid_formue)
            kilder["likvid_formue"] = "register"
    data["kilder"] = kilder
    return data


def straks_begrundelse(*, borger: Borger, ydelse: str, data: dict, resultat: dict) -> tuple[str, str]:
    """The reasons of an instant decision, about the facts of this case."""
    if ydelse == Ydelsestype.TANDPLEJE:
        return _tandpleje_begrundelse(borger=borger, data=data, resultat=resultat)
    if ydelse == Ydelsestype.HELBREDSTILLAEG:
        return _helbredstillaeg_begrundelse(data=data, resultat=resultat)
    straks = resultat.get("straks_afgoerelse") or {}
    return straks.get("begrundelse", ""), straks.get("begrundelse_en", "")


def _tandpleje_begrundelse(*, borger: Borger, data: dict, resultat: dict) -> tuple[str, str]:
    egen = modtager_kontanthjaelp_i_egen_sag(borger=borger)
    ref = egen.reference if egen is not None else ""
    udgift = _beloeb_d(data.get("udgift"))
    dato = data.get("dato") or ""
    try:
        d = dt.date.fromisoformat(dato)
        dato_da, dato_en = formater_dato(d, "da"), formater_dato(d, "en")
    except ValueError:
        dato_da = dato_en = dato
    beloeb = _beloeb_d(resultat.get("beloeb"))
    da = (
        f"Du får kontanthjælp (din sag {ref} hos kommunen), og derfor kan du få tilskud til "
        f"tandbehandling efter aktivlovens § 82 a. Tandlægens regning eller overslag, som du "
        f"har sendt, viser en pris på {formater_beloeb(udgift, 'da')} for behandlingen den "
        f"{dato_da}. Behandlingen koster ikke over grænsen for forhåndsgodkendelse, og den er "
        f"ikke sket, før du søgte. Efter din egenbetaling og tilskudsprocenten for din alder "
        f"får du {formater_beloeb(beloeb, 'da')}, som vist i beregningen."
    )
    en = (
        f"You receive social assistance (your case {ref} with the municipality), so you can get "
        f"a subsidy for dental treatment under section 82 a of the Active Social Policy Act. The "
        f"dentist's invoice or estimate you sent shows a price of "
        f"{formater_beloeb(udgift, 'en')} for the treatment on {dato_en}. The treatment does not "
        f"cost more than the limit for prior approval, and it did not take place before you "
        f"applied. After your own payment and the subsidy percentage for your age you get "
        f"{formater_beloeb(beloeb, 'en')}, as shown in the calculation."
    )
    return da, en


def _helbredstillaeg_begrundelse(*, data: dict, resultat: dict) -> tuple[str, str]:
    procent = data.get("personlig_tillaegsprocent")
    formue = _beloeb_d(data.get("likvid_formue"))
    egen = _beloeb_d(data.get("egenbetaling"))
    beloeb = _beloeb_d(resultat.get("beloeb"))
    da = (
        f"Udbetaling Danmark oplyser, at du får pension, som giver ret til helbredstillæg, at din "
        f"personlige tillægsprocent er {procent} %, og at din likvide formue pr. 1. januar er "
        f"{formater_beloeb(formue, 'da')}, hvilket er under formuegrænsen. Regningen eller "
        f"overslaget, som du har sendt, viser en egenbetaling på {formater_beloeb(egen, 'da')} "
        f"Helbredstillægget er 85 % af egenbetalingen ganget med din tillægsprocent "
        f"(pensionsloven § 14 a og § 31, stk. 3), og du får {formater_beloeb(beloeb, 'da')}, "
        f"som vist i beregningen."
    )
    en = (
        f"Udbetaling Danmark states that you receive a pension that gives a right to the health "
        f"supplement, that your personal supplement percentage is {procent} %, and that your "
        f"liquid assets on 1 January are {formater_beloeb(formue, 'en')}, which is below the asset "
        f"limit. The invoice or estimate you sent shows an own share of "
        f"{formater_beloeb(egen, 'en')}. The health supplement is 85 % of the own share times your "
        f"supplement percentage (sections 14 a and 31(3) of the Social Pensions Act), and you get "
        f"{formater_beloeb(beloeb, 'en')}, as shown in the calculation."
    )
    return da, en


def _beloeb_d(v):
    try:
        return Decimal(str(v))
    except (InvalidOperation, TypeError):
        return Decimal("0")


def _tidligere(borger: Borger, idempotency_key: str) -> Ansoegning | None:
    return Ansoegning.objects.select_related("sag").filter(borger=borger, idempotency_key=idempotency_key).first()


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
    aendret = borger_opdater_fra_person(borger, person) if person is not None else []
    sprog = "en" if (get_language() or "da")[:2] == "en" else "da"
    if aktoer.er_borger and borger.sprog != sprog:
        borger.sprog = sprog
        aendret.append("sprog")
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
        Dokument.objects.filter(borger=borger, sag__isnull=True, uuid__in=dokument_uuids).update(sag=sag)
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
    events.outbox_write(type=events.SAG_MODTAGET, sag=sag, data={"venter_paa_register": venter or None})
    brev_queue(sag=sag, brevtype="kvittering")
    if venter:
        queue_after_commit("backend_core.sag_registre_retry", sag.pk, countdown=60, hvad="register retry")
    elif straks_mulig(resultat=resultat, registerdata=registerdata, venter=venter):
        da, en = straks_begrundelse(borger=borger, ydelse=ydelse, data=data, resultat=resultat)
        straks_afgoer(sag=sag, beregning=beregning, begrundelse=da, begrundelse_en=en)
    return ansoegning
