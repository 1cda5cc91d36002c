"""Demo data: the three municipalities, the fictitious citizens of the fake
CPR register, staff per municipality with known passwords and TOTP keys, and
a few cases in different states. ``seed_demo()`` is idempotent."""

from __future__ import annotations

import contextlib
import datetime
import hashlib

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from backend_core.aktoer import Aktoer
from backend_core.constants import AktoerType, Rolle, SagStatus, Udfald
from backend_core.models import Ansoegning, Borger, Kommune, Medarbejder, Sag, Udbetaling
from backend_core.registre.cpr import DEMO_PERSONER
from backend_core.registre.eindkomst.fake import DEMO_INDKOMST
from backend_core.sagsbehandlingsfrister import OFFENTLIGGJORTE
from backend_core.services import (
    afgoerelse_create,
    ansoegning_submit,
    besked_send,
    indberetning_submit,
    sag_assign,
    sag_transition,
    udbetaling_order,
    udbetaling_plan,
    udbetaling_udbetalt,
)
from cms.demo_indhold import INDSTILLINGER as DEMO_KONTAKT

KOMMUNER = (
    ("0101", "Københavns Kommune", "kobenhavn"),
    ("0751", "Aarhus Kommune", "aarhus"),
    ("0851", "Aalborg Kommune", "aalborg"),
)
PASSWORD = "demo-adgang-2026"  # noqa: S105 - the documented demo password
ROLLER = (
    ("sagsbehandler", Rolle.SAGSBEHANDLER),
    ("koordinator", Rolle.KOORDINATOR),
    ("kommunikator", Rolle.KOMMUNIKATOR),
    ("admin", Rolle.ADMINISTRATOR),
)
MEDARBEJDER_NAVNE = {
    # Fictitious names: the citizen sees their caseworker's name, never the login.
    "kobenhavn": {
        "sagsbehandler": ("Sara", "Holm"),
        "koordinator": ("Henrik", "Lund"),
        "kommunikator": ("Nadia", "Berg"),
        "admin": ("Ole", "Dam"),
    },
    "aarhus": {
        "sagsbehandler": ("Jonas", "Kjær"),
        "koordinator": ("Birgitte", "Vang"),
        "kommunikator": ("Amir", "Said"),
        "admin": ("Lene", "Bro"),
    },
    "aalborg": {
        "sagsbehandler": ("Line", "Bach"),
        "koordinator": ("Per", "Krogh"),
        "kommunikator": ("Maja", "Friis"),
        "admin": ("Søren", "Toft"),
    },
}


def totp_key(username: str) -> str:
    """The fixed demo TOTP key (hex) of a staff user, so the demo can show codes."""
    return hashlib.sha256(f"ydelsesportal-demo:{username}".encode()).hexdigest()[:40]


def _demo_input(person, ydelse: str) -> dict:
    a = {"foedselsdato": person.foedselsdato.isoformat()}
    if ydelse == "kontanthjaelp":
        loen = DEMO_INDKOMST.get(person.cpr, ("0.00", "0", ""))
        return {
            "ydelse": "kontanthjaelp",
            "maaned": "2026-11",
            "ansoeger": {
                **a,
                "bor_hos_foraeldre": person.bor_hos_foraeldre,
                "erhvervskompetencegivende_uddannelse": True,
                "opfylder_opholdskrav": True,
                "opfylder_beskaeftigelseskrav": True,
                "aktivitetsparat": True,
                "arbejdsindtaegt": str(loen[0]),
                "arbejdstimer": str(loen[1]),
                "anden_indtaegt": "0.00",
                "formue": "0.00",
            },
            "aegtefaelle": None,
            "boern": [],
        }
    if ydelse == "helbredstillaeg":
        return {
            "ydelse": "helbredstillaeg",
            "dato": "2026-11-01",
            "personlig_tillaegsprocent": 90,
            "likvid_formue": "20000.00",
            "egenbetaling": "1000.00",
        }
    return {
        "ydelse": "tandpleje",
        "dato": "2026-11-01",
        **a,
        "modtager_kontanthjaelp": True,
        "udgift": "4000.00",
        "betalt_egenbetaling_i_aar": "0.00",
    }


DEMO_SAGER = (
    # cpr, ydelse, state to move to by a caseworker (None: as submitted).
    # Peter Sørensen's (1909821315) kontanthjælp is granted, with months of
    # payments: ``_demo_bevilget_historik``.
    ("0809952118", "kontanthjaelp", SagStatus.AFVENTER_BORGER),
    ("0204551126", "helbredstillaeg", SagStatus.UNDER_BEHANDLING),
    ("1205881234", "tandpleje", None),
)


def seed_demo() -> dict:
    """Create what is missing; running it twice changes nothing."""

    oprettet: dict = {"kommuner": [], "borgere": [], "medarbejdere": [], "sager": []}
    User = get_user_model()
    with transaction.atomic():
        kommuner = {}
        for kode, navn, slug in KOMMUNER:
            offentliggjort = OFFENTLIGGJORTE.get(kode)
            kommune, ny = Kommune.objects.get_or_create(
                kode=kode,
                defaults={
                    "navn": navn,
                    "slug": slug,
                    # The same contact details the site settings get (cms.demo), so the
                    # letters the demo writes before those exist already show them.
                    "indstillinger": dict(DEMO_KONTAKT.get(slug, {"adresse": f"Rådhuset\n{navn}"})),
                    "sagsbehandlingsfrister": dict(offentliggjort.uger) if offentliggjort else {},
                    "sagsbehandlingsfrister_kilde": offentliggjort.kilde if offentliggjort else "",
                },
            )
            if not ny and offentliggjort and not kommune.sagsbehandlingsfrister_kilde:
                # A demo database from before the deadlines were per municipality.
                kommune.sagsbehandlingsfrister = dict(offentliggjort.uger)
                kommune.sagsbehandlingsfrister_kilde = offentliggjort.kilde
                kommune.save(update_fields=["sagsbehandlingsfrister", "sagsbehandlingsfrister_kilde"])
            kommuner[kode] = kommune
            if ny:
                oprettet["kommuner"].append(kode)
            for prefix, rolle in ROLLER:
                username = f"{prefix}-{slug}"
                fornavn, efternavn = MEDARBEJDER_NAVNE[slug][prefix]
                user, ny_user = User.objects.get_or_create(
                    username=username,
                    defaults={"first_name": fornavn, "last_name": efternavn, "is_staff": True},
                )
                if ny_user:
                    user.set_password(PASSWORD)
                    user.save(update_fields=["password"])
                    oprettet["medarbejdere"].append(username)
                elif user.last_name == navn:
                    # Demo data from before staff had names ("Sagsbehandler Københavns Kommune").
                    User.objects.filter(pk=user.pk).update(first_name=fornavn, last_name=efternavn)
                Medarbejder.objects.get_or_create(user=user, defaults={"kommune": kommune, "rolle": rolle})
                TOTPDevice.objects.get_or_create(
                    user=user, name="demo", defaults={"key": totp_key(username), "confirmed": True}
                )
        for person in DEMO_PERSONER:
            borger, ny = Borger.objects.get_or_create(
                cpr=person.cpr,
                defaults={
                    "fornavn": person.fornavn,
                    "efternavn": person.efternavn,
                    "adresse": person.adresse,
                    "postnummer": person.postnummer,
                    "by": person.by,
                    "kommune": kommuner[person.kommunekode],
                    "civilstand": person.civilstand,
                    "foedselsdato": person.foedselsdato,
                },
            )
            if ny:
                oprettet["borgere"].append(str(borger.uuid))
    system = Aktoer.system()
    personer = {p.cpr: p for p in DEMO_PERSONER}
    for cpr, ydelse, maal in DEMO_SAGER:
        borger = Borger.objects.get(cpr=cpr)
        ansoegning = ansoegning_submit(
            aktoer=system,
            borger=borger,
            ydelse=ydelse,
            svar={"demo": True},
            beregning_input=_demo_input(personer[cpr], ydelse),
            form_version="demo-1",
            idempotency_key=f"demo-{ydelse}-1",
        )
        sag = Sag.objects.get(pk=ansoegning.sag_id)
        if sag.status == SagStatus.MODTAGET and maal is not None:
            slug = next(s for k, _n, s in KOMMUNER if k == sag.kommune.kode)
            medarbejder = Medarbejder.objects.select_related("user").get(user__username=f"sagsbehandler-{slug}")
            aktoer = Aktoer(type=AktoerType.MEDARBEJDER, user=medarbejder.user, medarbejder=medarbejder)
            sag_assign(aktoer=aktoer, sag=sag, sagsbehandler=medarbejder.user)
            sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.UNDER_BEHANDLING)
            if maal == SagStatus.AFVENTER_BORGER:
                sag_transition(
                    aktoer=aktoer,
                    sag=sag,
                    til=maal,
                    begrundelse="Send venligst lønsedler for de sidste 3 måneder.",
                )
                Sag.objects.filter(pk=sag.pk).update(borger_frist=timezone.localdate() + datetime.timedelta(days=14))
                besked_send(
                    aktoer=aktoer,
                    sag=sag,
                    tekst="Hej. Send venligst dine lønsedler for de sidste 3 måneder, "
                    "så vi kan beregne din hjælp. Du kan tage et billede af dem og sende dem her.",
                )
            oprettet["sager"].append(sag.reference)
    historik = _demo_bevilget_historik(personer["1909821315"])
    if historik:
        oprettet["sager"].append(historik)
    oprettet["sager_i_alt"] = Sag.objects.filter(ansoegning__idempotency_key__startswith="demo-").count()
    return oprettet


@contextlib.contextmanager
def _demo_ur(tidspunkt: datetime.datetime):
    """Demo only: run the real services as if it were ``tidspunkt`` (aware),
    so a demo case can have a past (received, decided, paid months ago)
    written by the same code paths as a live one: every timestamp, audit
    entry, payout date and letter date comes out as it would have then.
    It swaps the clock ``django.utils.timezone.now()`` reads; nothing else."""
    from django.utils import timezone as dj_tz

    aegte = dj_tz.datetime

    class _UrMeta(type):
        def __instancecheck__(cls, obj):
            return isinstance(obj, aegte)

    class _Ur(metaclass=_UrMeta):
        @staticmethod
        def now(tz=None):
            return tidspunkt.astimezone(tz) if tz is not None else tidspunkt.replace(tzinfo=None)

    dj_tz.datetime = _Ur
    try:
        yield
    finally:
        dj_tz.datetime = aegte


def _lokal(dag: datetime.date, time: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(dag, datetime.time(time)))


def _maaned_start(dag: datetime.date, tilbage: int) -> datetime.date:
    aar, md = dag.year, dag.month - tilbage
    while md < 1:
        aar, md = aar - 1, md + 12
    return datetime.date(aar, md, 1)


def _demo_bevilget_historik(person) -> str:
    """Peter Sørensen (Aalborg) has received kontanthjælp for three months:
    he applied early in the month three months ago, a caseworker granted it a
    week later, each month was planned on its first day and paid on its
    payout day (the payment calendar, LAS § 89: the last bank day of the
    month), and he reported his income for each month but the last. All
    through the real services, on the demo clock (``_demo_ur``). Min Side then
    shows paid months, this month's payment sent, "why this amount" from
    the calculation, and the income report due. Runs once (returns the case
    reference, or "" when the case already exists)."""
    borger = Borger.objects.get(cpr=person.cpr)
    noegle = "demo-kontanthjaelp-1"
    if Ansoegning.objects.filter(borger=borger, idempotency_key=noegle).exists():
        return ""
    idag = timezone.localdate()
    start = _maaned_start(idag, 3)
    data = _demo_input(person, "kontanthjaelp")
    data["maaned"] = f"{start:%Y-%m}"
    with _demo_ur(_lokal(start + datetime.timedelta(days=6), 10)):
        ansoegning = ansoegning_submit(
            aktoer=Aktoer.system(),
            borger=borger,
            ydelse="kontanthjaelp",
            svar={"demo": True},
            beregning_input=data,
            form_version="demo-1",
            idempotency_key=noegle,
        )
    sag = Sag.objects.get(pk=ansoegning.sag_id)
    medarbejder = Medarbejder.objects.select_related("user").get(user__username="sagsbehandler-aalborg")
    sagsbehandler = Aktoer(type=AktoerType.MEDARBEJDER, user=medarbejder.user, medarbejder=medarbejder)
    with _demo_ur(_lokal(start + datetime.timedelta(days=7), 9)):
        sag_assign(aktoer=sagsbehandler, sag=sag, sagsbehandler=medarbejder.user)
        if sag.status == SagStatus.MODTAGET:
            sag_transition(aktoer=sagsbehandler, sag=sag, til=SagStatus.UNDER_BEHANDLING)
    beregning = sag.beregninger.order_by("-oprettet", "-id").first()
    with _demo_ur(_lokal(start + datetime.timedelta(days=14), 13)):
        afgoerelse = afgoerelse_create(
            aktoer=sagsbehandler,
            sag=sag,
            udfald=Udfald.BEVILGET,
            beloeb=beregning.beloeb,
            begrundelse="Du opfylder betingelserne for kontanthjælp. Beløbet er beregnet ud fra din løn fra eIndkomst.",
            beregning=beregning,
            virkning_fra=start,
        )
    borger_aktoer = Aktoer(type=AktoerType.BORGER, user=borger.user, borger=borger)
    loen, timer, _arbejdsgiver = DEMO_INDKOMST.get(person.cpr, ("0.00", "0", ""))
    for tilbage in (3, 2, 1, 0):
        maaned_start = _maaned_start(idag, tilbage)
        maaned = f"{maaned_start:%Y-%m}"
        if tilbage < 3:
            # The monthly planning of a running benefit: on the 1st, the month's line.
            with _demo_ur(_lokal(maaned_start, 6)):
                udbetaling_plan(
                    sag=sag, beregning=beregning, maaned=maaned, beloeb=afgoerelse.beloeb, afgoerelse=afgoerelse
                )
        linje = Udbetaling.objects.get(sag=sag, maaned=maaned, art="ydelse")
        if linje.udbetalingsdato is None or linje.udbetalingsdato >= idag:
            continue
        with _demo_ur(_lokal(linje.udbetalingsdato, 7)):
            linje = udbetaling_order(udbetaling=linje)  # if no worker ran the queued order
            udbetaling_udbetalt(udbetaling=linje)
        if tilbage >= 2:
            # Reported on the 5th of the next month; the last month waits for him.
            with _demo_ur(_lokal(_maaned_start(idag, tilbage - 1) + datetime.timedelta(days=4), 19)):
                indberetning_submit(
                    aktoer=borger_aktoer,
                    borger=borger,
                    sag=Sag.objects.get(pk=sag.pk),
                    maaned=maaned,
                    arbejdsindtaegt=str(loen),
                    arbejdstimer=str(timer),
                    anden_indtaegt="0.00",
                    idempotency_key=f"demo-indberetning-{maaned}",
                )
    return sag.reference
