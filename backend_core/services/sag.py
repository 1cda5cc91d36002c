"""Case services: the one transition function, assignment, decisions, and
the register retry."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .. import audit, events, sagsflow
from ..aktoer import Aktoer
from ..constants import LOEBENDE_YDELSER, AfgoerelseArt, Anledning, Register, SagStatus, Udfald, Ydelsestype
from ..exceptions import DomaeneValideringsfejl, UgyldigOvergang
from ..models import Afgoerelse, Ansoegning, Beregning, Kommune, Sag
from ..models.sag import statusskrivning_tilladt
from ..policies import SAGSBEHANDLING, kan_behandle_sager, kan_fordele_sager, kan_se_sag, kraev
from ..registre import RegisterUtilgaengelig, get_cpr_client, get_eindkomst_client
from ._afgoerelse import afgoerelse_data, afgoerelse_skriv
from ._beregning import beloeb as _beloeb
from ._beregning import maaned_for
from .betaling import udbetaling_plan, udbetalinger_stop
from .brev import brev_queue


def ny_reference() -> str:
    return f"YP-{uuid.uuid4().hex[:10].upper()}"


def sag_transition(
    *,
    aktoer: Aktoer,
    sag: Sag,
    til: str,
    begrundelse: str = "",
    detaljer: dict | None = None,
    brev_afgoerelse: Afgoerelse | None = None,
) -> Sag:
    """Move ``sag`` to ``til``: the only writer of ``Sag.status``.

    Checks the transition table (``sagsflow``) and the actor's access, then in
    one transaction writes the status, the audit entry and the outbox event,
    and queues the transition's letter. Raises ``UgyldigOvergang`` if the
    case is not (any longer) in a state that leads to ``til``, and
    ``AdgangNaegtet`` (audited) if the actor may not make the move.
    """
    til = SagStatus(til)
    fra = SagStatus(sag.status)
    overgang = sagsflow.overgang(fra, til)
    if overgang is None:
        raise UgyldigOvergang(fra, til)
    kraev(
        kan_se_sag(aktoer, sag) and aktoer.rolle in overgang.roller,
        aktoer=aktoer,
        handling=audit.SAG_TRANSITIONED,
        objekt=sag,
        borger=sag.borger,
    )
    now = timezone.now()
    felter: dict = {"status": til, "status_aendret": now, "opdateret": now}
    if til == SagStatus.AFGJORT:
        felter["afgjort_tid"] = now
    if til == SagStatus.LUKKET:
        felter["lukket_tid"] = now
    if fra == SagStatus.AFVENTER_BORGER:
        # The request is answered (or withdrawn): its deadline no longer runs.
        felter["borger_frist"] = None
    if til == SagStatus.UNDER_BEHANDLING and aktoer.er_medarbejder and sag.sagsbehandler_id is None:
        felter["sagsbehandler"] = aktoer.user
    with transaction.atomic():
        with statusskrivning_tilladt():
            # Conditional on the status read: a concurrent move wins, this one fails.
            opdateret = Sag.objects.filter(pk=sag.pk, status=fra).update(**felter)
            if opdateret != 1:
                raise UgyldigOvergang(fra, til)
            for navn, vaerdi in felter.items():
                setattr(sag, navn, vaerdi)
            sag._indlaest_status = til
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.SAG_TRANSITIONED,
            objekt=sag,
            borger=sag.borger,
            detaljer={"fra": fra, "til": til, "begrundelse": begrundelse},
        )
        events.outbox_write(type=overgang.haendelse, sag=sag, data={"fra": fra, **(detaljer or {})})
        if overgang.brev:
            brev_queue(sag=sag, brevtype=overgang.brev, afgoerelse=brev_afgoerelse)
    return sag


def sag_assign(*, aktoer: Aktoer, sag: Sag, sagsbehandler) -> Sag:
    """Give the case to a caseworker of the same municipality (team leads,
    or a caseworker taking a case)."""
    ok = (
        kan_se_sag(aktoer, sag)
        and aktoer.medarbejder is not None
        and (kan_fordele_sager(aktoer) or (sagsbehandler == aktoer.user and kan_behandle_sager(aktoer)))
    )
    modtager = getattr(sagsbehandler, "medarbejder", None) if sagsbehandler else None
    ok = ok and (
        sagsbehandler is None
        or (modtager is not None and modtager.kommune_id == sag.kommune_id and modtager.rolle in SAGSBEHANDLING)
    )
    kraev(ok, aktoer=aktoer, handling=audit.SAG_ASSIGNED, objekt=sag, borger=sag.borger)
    with transaction.atomic():
        fra = sag.sagsbehandler_id
        sag.sagsbehandler = sagsbehandler
        sag.save(update_fields=["sagsbehandler", "opdateret"])
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.SAG_ASSIGNED,
            objekt=sag,
            borger=sag.borger,
            detaljer={
                "sagsbehandler": getattr(sagsbehandler, "pk", None),
                "sagsbehandler_navn": _medarbejder_navn(sagsbehandler),
                "fra": fra,
            },
        )
    return sag


def _medarbejder_navn(user) -> str:
    if user is None:
        return ""
    return (user.get_full_name() or user.get_username()).strip()


MAKS_BELOEB = Decimal("1000000.00")
"""The largest amount one decision can grant or claim (kr.): far above any
benefit, far below what the amount column holds, so a typing slip is a clear
validation error and never a database error."""


def _dato(vaerdi, felt: str) -> dt.date | None:
    if vaerdi in (None, ""):
        return None
    if isinstance(vaerdi, dt.datetime):
        return vaerdi.date()
    if isinstance(vaerdi, dt.date):
        return vaerdi
    try:
        return dt.date.fromisoformat(str(vaerdi))
    except ValueError as exc:
        raise DomaeneValideringsfejl(_("Write the date as day-month-year, for example 01-01-2027."), felt=felt) from exc


def afgoerelse_beloeb_valider(beloeb) -> Decimal | None:
    """The amount of a decision as a ``Decimal``, or ``None`` when empty.
    Raises ``DomaeneValideringsfejl`` for a negative amount or one above
    ``MAKS_BELOEB``."""
    if beloeb in (None, ""):
        return None
    beloeb_d = _beloeb(beloeb)
    if not beloeb_d.is_finite():
        raise DomaeneValideringsfejl(_("Enter an amount in kroner, for example 1250.50."), felt="beloeb")
    if beloeb_d < 0:
        raise DomaeneValideringsfejl(_("The amount cannot be negative."), felt="beloeb")
    if beloeb_d > MAKS_BELOEB:
        raise DomaeneValideringsfejl(
            _("The amount is too large: a decision can be at most %(maks)s kroner.") % {"maks": "1.000.000"},
            felt="beloeb",
        )
    return beloeb_d


def afgoerelse_valider(
    *,
    sag: Sag,
    udfald: str,
    beloeb,
    begrundelse: str,
    virkning_fra=None,
    virkning_til=None,
    art: str = AfgoerelseArt.YDELSE,
) -> tuple[Decimal | None, dt.date | None, dt.date | None]:
    """Check a decision's input as ``afgoerelse_create`` will (the back office
    asks before it shows the confirmation step); returns the amount and the
    period's dates. Raises ``DomaeneValideringsfejl`` naming the field."""
    if udfald not in Udfald.values:
        raise DomaeneValideringsfejl(_("Choose the outcome of the decision."), felt="udfald")
    if art not in AfgoerelseArt.values:
        raise DomaeneValideringsfejl(_("Choose what the decision is about."), felt="art")
    if not (begrundelse or "").strip():
        raise DomaeneValideringsfejl(_("Write the reason for the decision."), felt="begrundelse")
    beloeb_d = afgoerelse_beloeb_valider(beloeb)
    if udfald in (Udfald.BEVILGET, Udfald.DELVIST_BEVILGET) and beloeb_d is None:
        raise DomaeneValideringsfejl(_("Enter the amount granted."), felt="beloeb")
    fra, til = _dato(virkning_fra, "virkning_fra"), _dato(virkning_til, "virkning_til")
    if fra and til and til < fra:
        raise DomaeneValideringsfejl(_("The period cannot end before it starts."), felt="virkning_til")
    if til and not fra:
        raise DomaeneValideringsfejl(_("Enter the start date when the period has an end."), felt="virkning_fra")
    if udfald == Udfald.STOPPET and sag.status != SagStatus.AFGJORT:
        raise DomaeneValideringsfejl(_("Only a benefit that has been granted can be stopped."), felt="udfald")
    return beloeb_d, fra, til


def afgoerelse_create(
    *,
    aktoer: Aktoer,
    sag: Sag,
    udfald: str,
    beloeb,
    begrundelse: str,
    beregning: Beregning | None = None,
    virkning_fra=None,
    virkning_til=None,
    art: str = AfgoerelseArt.YDELSE,
    anledning: str = "",
    begrundelse_en: str = "",
) -> Afgoerelse:
    """A decision on the case: store it, queue its letter (in the citizen's
    language, with the reasons and the appeal guidance) and plan the payment
    — all or nothing.

    On a case not yet decided the case moves to ``afgjort`` (through
    ``under_behandling`` when still ``modtaget``). On a decided case it is a
    new decision that changes what is paid (a caseworker's decision on a
    change, or the system's on an income report): the case stays ``afgjort``.
    ``virkning_fra``/``virkning_til`` give the period (``til`` empty: open-ended
    or one-off); by default it runs from the first day of the calculated month
    (monthly benefits) or the day of the decision (one-off). A month already
    paid at another amount gets its own difference decision (extra payment or
    repayment claim). Raises ``DomaeneValideringsfejl`` for input the
    caseworker can correct (the amount's bound is ``MAKS_BELOEB``).
    """
    beloeb_d, fra, til = afgoerelse_valider(
        sag=sag,
        udfald=udfald,
        beloeb=beloeb,
        begrundelse=begrundelse,
        virkning_fra=virkning_fra,
        virkning_til=virkning_til,
        art=art,
    )
    if aktoer.er_system:
        ok = sag.status == SagStatus.AFGJORT
    else:
        ok = (
            kan_se_sag(aktoer, sag)
            and aktoer.er_medarbejder
            and aktoer.rolle in sagsflow.SAGSBEHANDLING
            and sag.status in (SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING, SagStatus.AFGJORT)
        )
    kraev(ok, aktoer=aktoer, handling=audit.AFGOERELSE_CREATED, objekt=sag, borger=sag.borger)
    if beregning is None:
        beregning = sag.beregninger.order_by("-oprettet", "-id").first()
    udvid = fra is not None
    if fra is None:
        fra = _standard_virkning(sag, beregning)
    with transaction.atomic():
        if sag.status == SagStatus.MODTAGET:
            sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.UNDER_BEHANDLING)
        afgoerelse = _afgoerelse_gem(
            aktoer=aktoer,
            sag=sag,
            udfald=udfald,
            beloeb=beloeb_d,
            begrundelse=begrundelse.strip(),
            begrundelse_en=(begrundelse_en or "").strip(),
            beregning=beregning,
            virkning_fra=fra,
            virkning_til=til,
            art=art,
            anledning=anledning or (Anledning.GENBEREGNING if aktoer.er_system else Anledning.SAGSBEHANDLER),
            flere_maaneder=udvid,
        )
    return afgoerelse


def _standard_virkning(sag: Sag, beregning: Beregning | None) -> dt.date:
    if sag.ydelse in LOEBENDE_YDELSER and beregning is not None and beregning.periode[:7]:
        try:
            return dt.date.fromisoformat(beregning.periode[:7] + "-01")
        except ValueError:
            pass
    return timezone.localdate()


def _afgoerelse_gem(
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
    flere_maaneder: bool = False,
) -> Afgoerelse:
    """Write one decision with its audit entry, event, letter and payment
    lines. Call inside the caller's transaction."""
    afgoerelse = afgoerelse_skriv(
        aktoer=aktoer,
        sag=sag,
        udfald=udfald,
        beloeb=beloeb,
        begrundelse=begrundelse,
        begrundelse_en=begrundelse_en,
        beregning=beregning,
        virkning_fra=virkning_fra,
        virkning_til=virkning_til,
        art=art,
        anledning=anledning,
        straks=straks,
        meddel=sag.status == SagStatus.AFGJORT,
    )
    if sag.status != SagStatus.AFGJORT:
        sag_transition(
            aktoer=aktoer,
            sag=sag,
            til=SagStatus.AFGJORT,
            begrundelse=begrundelse,
            detaljer=afgoerelse_data(afgoerelse),
            brev_afgoerelse=afgoerelse,
        )
    if art != AfgoerelseArt.YDELSE:
        return afgoerelse
    if udfald == Udfald.STOPPET:
        udbetalinger_stop(sag=sag, fra=virkning_fra or timezone.localdate(), afgoerelse=afgoerelse)
    elif udfald != Udfald.AFSLAG and beloeb is not None:
        maaneder = (
            _maaneder(sag, beregning, virkning_fra, virkning_til)
            if flere_maaneder
            else [_maaneder(sag, beregning, virkning_fra, virkning_fra)[0]]
        )
        for maaned in maaneder:
            udbetaling_plan(sag=sag, beregning=beregning, maaned=maaned, beloeb=beloeb, afgoerelse=afgoerelse)
    return afgoerelse


def _maaneder(sag, beregning, fra: dt.date | None, til: dt.date | None) -> list[str]:
    """The months a decision pays: the calculated month for a one-off payment;
    for a monthly benefit every month from the start to the end of the period
    or the current month, whichever is first (at most 12), and at least the
    first month."""
    if sag.ydelse not in LOEBENDE_YDELSER or fra is None:
        maaned = maaned_for(beregning.input) if beregning is not None else ""
        return [maaned or timezone.localdate().strftime("%Y-%m")]
    idag = timezone.localdate()
    slut = min(til, idag) if til else idag
    maaneder = []
    aar, md = fra.year, fra.month
    while (aar, md) <= (slut.year, slut.month) and len(maaneder) < 12:
        maaneder.append(f"{aar:04d}-{md:02d}")
        aar, md = (aar + 1, 1) if md == 12 else (aar, md + 1)
    return maaneder or [fra.strftime("%Y-%m")]


def sag_borger_har_svaret(*, aktoer: Aktoer, sag: Sag, begrundelse: str) -> None:
    """A case waiting for the citizen goes back to the caseworker when the
    citizen answers (a message or a document). Call inside the caller's
    transaction; does nothing for staff or a case not waiting."""
    if aktoer.er_borger and sag.status == SagStatus.AFVENTER_BORGER:
        sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.UNDER_BEHANDLING, begrundelse=begrundelse)


def sag_ny_aktivitet(*, sag: Sag, art: str) -> None:
    """Flag that the citizen sent something new on ``sag`` (a reply, a
    document, an income report, a change: ``BorgerAktivitet``), so the
    caseworker's queue shows it. Call inside the caller's transaction."""
    sag.ny_aktivitet = art
    sag.ny_aktivitet_tid = timezone.now()
    sag.save(update_fields=["ny_aktivitet", "ny_aktivitet_tid", "opdateret"])


def sag_ny_aktivitet_clear(*, sag: Sag) -> None:
    """The caseworker has seen what the citizen sent: clear the flag."""
    if sag.ny_aktivitet:
        sag.ny_aktivitet = ""
        sag.ny_aktivitet_tid = None
        sag.save(update_fields=["ny_aktivitet", "ny_aktivitet_tid", "opdateret"])


def straks_mulig(*, resultat: dict, registerdata: dict, venter: str) -> bool:
    """An instant decision needs the calculation's verdict, entitlement, and
    registers that answered and agree with what the citizen declared."""
    straks = resultat.get("straks_afgoerelse") or {}
    return (
        bool(straks.get("tilladt"))
        and bool(resultat.get("berettiget"))
        and not venter
        and not registerdata.get("afvigelser")
    )


def straks_afgoer(*, sag: Sag, beregning: Beregning, begrundelse: str = "", begrundelse_en: str = "") -> Afgoerelse:
    """Decide instantly (modtaget → afgjort, by the system). Call inside the
    caller's transaction. ``begrundelse`` states the facts of this case the
    decision rests on."""
    return _afgoerelse_gem(
        aktoer=Aktoer.system(),
        sag=sag,
        udfald=Udfald.BEVILGET,
        beloeb=beregning.beloeb,
        begrundelse=begrundelse or beregning.straks_begrundelse,
        begrundelse_en=begrundelse_en,
        beregning=beregning,
        virkning_fra=_standard_virkning(sag, beregning),
        virkning_til=None,
        art=AfgoerelseArt.YDELSE,
        anledning=Anledning.ANSOEGNING,
        straks=True,
    )


def registre_hent(*, borger, ydelse: str, data: dict, cpr_altid: bool = False) -> tuple[dict, str]:
    """Ask the registers what the case needs. Returns ``(registerdata, venter)``
    where ``venter`` names the first register that did not answer (or "").
    Never raises for an outage. Network calls: keep outside transactions."""
    registerdata: dict = {}
    venter = ""
    if cpr_altid or borger.kommune_id is None or borger.cpr_opdateret is None:
        try:
            person = get_cpr_client().hent_person(borger.cpr)
        except RegisterUtilgaengelig:
            venter = Register.CPR
        else:
            if person is not None:
                registerdata["cpr"] = {
                    "kommunekode": person.kommunekode,
                    "kommunenavn": person.kommunenavn,
                    "civilstand": person.civilstand,
                    "antal_boern": len(person.boern),
                }
                registerdata["_person"] = person
    if ydelse == Ydelsestype.KONTANTHJAELP and data.get("maaned"):
        try:
            indkomst = get_eindkomst_client().hent_maanedsindkomst(borger.cpr, data["maaned"])
        except RegisterUtilgaengelig:
            venter = venter or Register.EINDKOMST
        else:
            registerdata["eindkomst"] = {
                "maaned": indkomst.maaned,
                "arbejdsindtaegt": str(indkomst.arbejdsindtaegt),
                "timer": str(indkomst.timer),
            }
            erklaeret = _beloeb((data.get("ansoeger") or {}).get("arbejdsindtaegt", "0"))
            if indkomst.arbejdsindtaegt != erklaeret:
                registerdata["afvigelser"] = [
                    {
                        "felt": "arbejdsindtaegt",
                        "erklaeret": str(erklaeret),
                        "register": str(indkomst.arbejdsindtaegt),
                    }
                ]
    return registerdata, venter


def borger_opdater_fra_person(borger, person) -> list[str]:
    """Copy CPR's name, address and municipality onto ``borger`` (unsaved);
    returns the changed field names."""
    kommune = Kommune.objects.filter(kode=person.kommunekode).first()
    if kommune is None:
        kommune = Kommune.objects.create(
            kode=person.kommunekode,
            navn=person.kommunenavn,
            slug=slugify(f"{person.kommunenavn}-{person.kommunekode}"),
        )
    nye = {
        "fornavn": person.fornavn,
        "efternavn": person.efternavn,
        "adresse": person.adresse,
        "postnummer": person.postnummer,
        "by": person.by,
        "kommune": kommune,
        "civilstand": person.civilstand,
        "foedselsdato": person.foedselsdato,
        "cpr_opdateret": timezone.now(),
    }
    aendret = []
    for navn, vaerdi in nye.items():
        if getattr(borger, navn) != vaerdi:
            setattr(borger, navn, vaerdi)
            aendret.append(navn)
    return aendret


def sag_registre_refresh(*, sag: Sag) -> Sag:
    """Retry the registers a waiting case needs (run by the system from a
    task). Raises ``RegisterUtilgaengelig`` while a register is still down, so
    the task retries; when all answered, clears the waiting mark and decides
    instantly if the rules allow."""
    if not sag.venter_paa_register:
        return sag
    ansoegning = Ansoegning.objects.filter(sag=sag).first()
    data = ansoegning.beregning_input if ansoegning else {}
    registerdata, venter = registre_hent(
        borger=sag.borger,
        ydelse=sag.ydelse,
        data=data,
        cpr_altid=sag.venter_paa_register == Register.CPR,
    )
    if venter:
        raise RegisterUtilgaengelig(venter, "still waiting")
    person = registerdata.pop("_person", None)
    system = Aktoer.system()
    with transaction.atomic():
        sag = Sag.objects.select_for_update(of=("self",)).select_related("borger", "kommune").get(pk=sag.pk)
        if not sag.venter_paa_register:
            return sag
        borger = sag.borger
        if person is not None:
            aendret = borger_opdater_fra_person(borger, person)
            if aendret:
                borger.save(update_fields=aendret)
        felter = ["venter_paa_register", "venter_siden", "opdateret"]
        if sag.kommune_id is None and borger.kommune_id is not None:
            sag.kommune = borger.kommune
            felter.append("kommune")
        sag.venter_paa_register = ""
        sag.venter_siden = None
        sag.save(update_fields=felter)
        if ansoegning is not None:
            ansoegning.registerdata = {**ansoegning.registerdata, **registerdata}
            ansoegning.save(update_fields=["registerdata"])
        audit.audit_log(
            aktoer=system,
            handling=audit.SAG_REGISTER_REFRESHED,
            objekt=sag,
            borger=borger,
            detaljer={"afvigelser": registerdata.get("afvigelser", [])},
        )
        beregning = sag.beregninger.order_by("-oprettet", "-id").first()
        if (
            sag.status == SagStatus.MODTAGET
            and beregning is not None
            and straks_mulig(resultat=beregning.resultat, registerdata=registerdata, venter="")
        ):
            straks_afgoer(sag=sag, beregning=beregning)
    return sag


def sag_bulk_create(*, sager: Iterable[Sag], batch_size: int = 2000) -> list[Sag]:
    """Insert ready-made cases in bulk, with their status as given: the
    import path for demo data and data migrations, the only writer of a
    status besides ``sag_transition``. Writes no audit or events, since no
    business event happened."""
    with statusskrivning_tilladt():
        return Sag.objects.bulk_create(list(sager), batch_size=batch_size)


__all__ = [
    "afgoerelse_create",
    "sag_assign",
    "sag_bulk_create",
    "sag_registre_refresh",
    "sag_transition",
]
