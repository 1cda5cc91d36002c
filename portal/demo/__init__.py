"""Demo data: the three municipalities, the fictitious citizens of the fake
CPR register, staff per municipality with known passwords and TOTP keys, and
a few cases in different states. ``seed_demo()`` is idempotent."""

from __future__ import annotations

import datetime
import hashlib

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from backend_core.aktoer import Aktoer
from backend_core.constants import AktoerType, Rolle, SagStatus
from backend_core.models import Borger, Kommune, Medarbejder, Sag, Udbetaling
from backend_core.registre.cpr import DEMO_PERSONER
from backend_core.registre.eindkomst.fake import DEMO_INDKOMST
from backend_core.services import ansoegning_submit, besked_send, sag_transition

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
    # cpr, ydelse, state to move to by a caseworker (None: as submitted)
    ("1909821315", "kontanthjaelp", None),
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
            kommune, ny = Kommune.objects.get_or_create(
                kode=kode,
                defaults={
                    "navn": navn,
                    "slug": slug,
                    "indstillinger": {"telefon": "70 10 10 10", "adresse": f"Rådhuset\n{navn}"},
                },
            )
            kommuner[kode] = kommune
            if ny:
                oprettet["kommuner"].append(kode)
            for prefix, rolle in ROLLER:
                username = f"{prefix}-{slug}"
                user, ny_user = User.objects.get_or_create(
                    username=username,
                    defaults={
                        "first_name": prefix.capitalize(),
                        "last_name": navn,
                        "is_staff": True,
                    },
                )
                if ny_user:
                    user.set_password(PASSWORD)
                    user.save(update_fields=["password"])
                    oprettet["medarbejdere"].append(username)
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
    _demo_udbetalinger()
    oprettet["sager_i_alt"] = Sag.objects.filter(ansoegning__idempotency_key__startswith="demo-").count()
    return oprettet


def _demo_udbetalingsdato(maaned: str) -> datetime.date:
    """Demo only: the last weekday before the month (assistance is paid in
    advance). The real date comes from the payment calendar."""
    aar, md = (int(x) for x in maaned.split("-"))
    dato = datetime.date(aar, md, 1) - datetime.timedelta(days=1)
    while dato.weekday() >= 5:
        dato -= datetime.timedelta(days=1)
    return dato


def _demo_udbetalinger() -> None:
    """Give demo payments without one a payout date and their reasons (from
    the calculation), so Min Side shows what the payment calendar will fill."""
    for linje in Udbetaling.objects.filter(udbetalingsdato__isnull=True).select_related("beregning"):
        linje.udbetalingsdato = _demo_udbetalingsdato(linje.maaned)
        if not linje.begrundelse and linje.beregning is not None:
            linje.begrundelse = list(linje.beregning.linjer)
        linje.save(update_fields=["udbetalingsdato", "begrundelse", "opdateret"])
