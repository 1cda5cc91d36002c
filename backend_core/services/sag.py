"""Case services: the one transition function, assignment, decisions, and
the register retry."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit, events, sagsflow
from ..aktoer import Aktoer
from ..constants import Register, SagStatus, Udfald, Ydelsestype
from ..exceptions import DomaeneValideringsfejl, UgyldigOvergang
from ..models import Afgoerelse, Beregning, Sag
from ..models.sag import statusskrivning_tilladt
from ..permissions import SAGSADGANG, kan_se_sag, kraev
from ..registre import RegisterUtilgaengelig
from ._beregning import beloeb as _beloeb
from ._beregning import maaned_for


def ny_reference() -> str:
    return f"YP-{uuid.uuid4().hex[:10].upper()}"


def sag_transition(
    *, aktoer: Aktoer, sag: Sag, til: str, begrundelse: str = "", detaljer: dict | None = None
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
            from .brev import brev_queue

            brev_queue(sag=sag, brevtype=overgang.brev)
    return sag


def sag_assign(*, aktoer: Aktoer, sag: Sag, sagsbehandler) -> Sag:
    """Give the case to a caseworker of the same municipality (team leads,
    or a caseworker taking a case)."""
    from ..constants import Rolle

    ok = (
        kan_se_sag(aktoer, sag)
        and aktoer.medarbejder is not None
        and (
            aktoer.medarbejder.rolle in (Rolle.KOORDINATOR, Rolle.ADMINISTRATOR)
            or sagsbehandler == aktoer.user
        )
    )
    modtager = getattr(sagsbehandler, "medarbejder", None) if sagsbehandler else None
    ok = ok and (
        sagsbehandler is None
        or (
            modtager is not None
            and modtager.kommune_id == sag.kommune_id
            and modtager.rolle in SAGSADGANG
        )
    )
    kraev(ok, aktoer=aktoer, handling="sag_assigned", objekt=sag, borger=sag.borger)
    with transaction.atomic():
        sag.sagsbehandler = sagsbehandler
        sag.save(update_fields=["sagsbehandler", "opdateret"])
        audit.audit_log(
            aktoer=aktoer,
            handling="sag_assigned",
            objekt=sag,
            borger=sag.borger,
            detaljer={"sagsbehandler": getattr(sagsbehandler, "pk", None)},
        )
    return sag


def klagevejledning_for(sag: Sag) -> str:
    """The municipality's appeal guidance text block, else the standard one."""
    from django.db.models import Q

    from ..models import Brevtekst

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


def afgoerelse_create(
    *,
    aktoer: Aktoer,
    sag: Sag,
    udfald: str,
    beloeb,
    begrundelse: str,
    beregning: Beregning | None = None,
) -> Afgoerelse:
    """A caseworker's decision: store it, move the case to ``afgjort`` (taking
    it into processing first when it is still ``modtaget``), plan the payment
    and queue the decision letter — all or nothing."""
    if udfald not in Udfald.values:
        raise DomaeneValideringsfejl(_("Choose the outcome of the decision."), felt="udfald")
    if not (begrundelse or "").strip():
        raise DomaeneValideringsfejl(_("Write the reason for the decision."), felt="begrundelse")
    beloeb_d = _beloeb(beloeb) if beloeb not in (None, "") else None
    if beloeb_d is not None and beloeb_d < 0:
        raise DomaeneValideringsfejl(_("The amount cannot be negative."), felt="beloeb")
    if udfald != Udfald.AFSLAG and beloeb_d is None:
        raise DomaeneValideringsfejl(_("Enter the amount granted."), felt="beloeb")
    roller_ok = aktoer.rolle in sagsflow.SAGSBEHANDLING and sag.status in (
        SagStatus.MODTAGET,
        SagStatus.UNDER_BEHANDLING,
    )
    kraev(
        kan_se_sag(aktoer, sag) and roller_ok and aktoer.er_medarbejder,
        aktoer=aktoer,
        handling=audit.AFGOERELSE_CREATED,
        objekt=sag,
        borger=sag.borger,
    )
    if beregning is None:
        beregning = sag.beregninger.order_by("-oprettet", "-id").first()
    with transaction.atomic():
        if sag.status == SagStatus.MODTAGET:
            sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.UNDER_BEHANDLING)
        afgoerelse = Afgoerelse.objects.create(
            sag=sag,
            beregning=beregning,
            udfald=udfald,
            beloeb=beloeb_d,
            begrundelse=begrundelse.strip(),
            linjer=beregning.linjer if beregning is not None else [],
            klagevejledning=klagevejledning_for(sag),
            afgjort_af=aktoer.user,
            afgjort_af_straks=False,
        )
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.AFGOERELSE_CREATED,
            objekt=afgoerelse,
            borger=sag.borger,
            detaljer={"udfald": udfald},
        )
        sag_transition(
            aktoer=aktoer,
            sag=sag,
            til=SagStatus.AFGJORT,
            begrundelse=begrundelse,
            detaljer=_afgoerelse_data(afgoerelse),
        )
        if udfald != Udfald.AFSLAG and beloeb_d and beregning is not None:
            from .betaling import udbetaling_plan

            udbetaling_plan(
                sag=sag, beregning=beregning, maaned=maaned_for(beregning.input), beloeb=beloeb_d
            )
    return afgoerelse


def _afgoerelse_data(afgoerelse: Afgoerelse) -> dict:
    return {
        "afgoerelse": str(afgoerelse.uuid),
        "udfald": afgoerelse.udfald,
        "beloeb": str(afgoerelse.beloeb) if afgoerelse.beloeb is not None else None,
        "straks": afgoerelse.afgjort_af_straks,
        "virkning_fra": afgoerelse.virkning_fra.isoformat() if afgoerelse.virkning_fra else None,
        "virkning_til": afgoerelse.virkning_til.isoformat() if afgoerelse.virkning_til else None,
    }


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


def straks_afgoer(*, sag: Sag, beregning: Beregning) -> Afgoerelse:
    """Decide instantly (modtaget → afgjort, by the system). Call inside the
    caller's transaction."""
    system = Aktoer.system()
    afgoerelse = Afgoerelse.objects.create(
        sag=sag,
        beregning=beregning,
        udfald=Udfald.BEVILGET,
        beloeb=beregning.beloeb,
        begrundelse=beregning.straks_begrundelse,
        linjer=beregning.linjer,
        klagevejledning=klagevejledning_for(sag),
        afgjort_af=None,
        afgjort_af_straks=True,
    )
    sag_transition(
        aktoer=system,
        sag=sag,
        til=SagStatus.AFGJORT,
        begrundelse=beregning.straks_begrundelse,
        detaljer=_afgoerelse_data(afgoerelse),
    )
    if beregning.beloeb > 0:
        from .betaling import udbetaling_plan

        udbetaling_plan(
            sag=sag,
            beregning=beregning,
            maaned=maaned_for(beregning.input),
            beloeb=beregning.beloeb,
        )
    return afgoerelse


def registre_hent(*, borger, ydelse: str, data: dict, cpr_altid: bool = False) -> tuple[dict, str]:
    """Ask the registers what the case needs. Returns ``(registerdata, venter)``
    where ``venter`` names the first register that did not answer (or "").
    Never raises for an outage. Network calls: keep outside transactions."""
    from ..registre import get_cpr_client, get_eindkomst_client

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
    from ..models import Kommune

    kommune = Kommune.objects.filter(kode=person.kommunekode).first()
    if kommune is None:
        from django.utils.text import slugify

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
    from ..models import Ansoegning

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
        sag = (
            Sag.objects.select_for_update(of=("self",))
            .select_related("borger", "kommune")
            .get(pk=sag.pk)
        )
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
