"""Back-office demo data: a few hundred whole cases per municipality in
varied states, received over the last 16 weeks.

Each case is what a caseworker would find on a real one: the application's
answers as the citizen saw the questions (through the application flow of
``digital_ansoegning``), the CPR data it started from, register data, the
real calculation (``beregning``) with its reason lines, and its history in
the audit log. Some are assigned to the demo caseworker and team lead; some
wait for the citizen (the request as a message, with its deadline, some past
it); some have something new from the citizen (a reply, a document, an
income report or a change of circumstances); decided ones have a decision on
the calculated amount. Documents are small real PDFs on the documents
storage.

No case is decided instantly: the 2026 rates are not yet confirmed
(``sikkerhed = "afledt"``), so the real calculation allows no instant
decision for an application received now.

Idempotent (marked by the citizens' CPR range) and bulk-inserted: the
per-row timestamps (received, sent, decided) are written as the history
says, not as the time of seeding."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
from contextlib import contextmanager
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
from django.utils import timezone, translation

import beregning
from backend_core.constants import (
    AktoerType,
    BeskedAfsender,
    BorgerAktivitet,
    DokumentKategori,
    IndberetningType,
    SagStatus,
    Udfald,
    Ydelsestype,
)
from backend_core.models import (
    Afgoerelse,
    Ansoegning,
    AuditEntry,
    Beregning,
    Besked,
    Borger,
    Dokument,
    Indberetning,
    Kommune,
    Medarbejder,
    Sag,
)
from backend_core.services import sag_bulk_create
from digital_ansoegning.flows import FLOWS
from digital_ansoegning.opsummering import opsummering

SAGER_PR_KOMMUNE = 300
FORNAVNE = ("Anna", "Mikkel", "Sofie", "Mads", "Ida", "Oliver", "Freja", "Lucas", "Laura", "Emil", "Clara", "Noah")
EFTERNAVNE = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen")
BOERNENAVNE = ("Alma", "Karl", "Ella", "Aksel", "Agnes", "Viggo")
STATUS = (
    (SagStatus.MODTAGET, 18),
    (SagStatus.UNDER_BEHANDLING, 22),
    (SagStatus.AFVENTER_BORGER, 10),
    (SagStatus.AFGJORT, 40),
    (SagStatus.LUKKET, 10),
)
# The benefits a citizen applies for digitally (personlig tillægsprocent has
# no application flow, so its cases would have no answers to show).
YDELSER = (
    (Ydelsestype.KONTANTHJAELP, 50),
    (Ydelsestype.HELBREDSTILLAEG, 22),
    (Ydelsestype.TANDPLEJE, 28),
)
KORRELATION = "demo-data"
TANDLAEGER = ("Tandklinikken Nørrebro", "Tandlægerne i Centrum", "Smil Tandklinik", "Havnens Tandlæger")
BEHANDLINGER = ("En fyldning og en rensning.", "Rodbehandling af en kindtand.", "En ny krone.", "Trækning af en tand.")
ANMODNINGER = {
    Ydelsestype.KONTANTHJAELP: "Send venligst kontoudtog for alle dine konti for de sidste 3 måneder.",
    Ydelsestype.HELBREDSTILLAEG: "Send venligst regningen, der viser prisen og din egen betaling.",
    Ydelsestype.TANDPLEJE: "Send venligst tandlægens overslag med prisen for behandlingen.",
}
SVAR_FRA_BORGER = (
    "Hej. Jeg har sendt det, I bad om. Sig til, hvis der mangler noget.",
    "Tak for beskeden. Jeg sender papirerne i morgen.",
    "Jeg har et spørgsmål: hvornår kan jeg forvente et svar?",
)
AENDRINGER = (
    (["flyttet"], "Jeg er flyttet til en ny lejlighed den 1. i måneden."),
    (["arbejde"], "Jeg er begyndt i et deltidsjob på 15 timer om ugen."),
    (["gift"], "Jeg er flyttet sammen med min kæreste."),
)
DOKUMENTER = {
    Ydelsestype.KONTANTHJAELP: (DokumentKategori.KONTOUDTOG, "kontoudtog", "Kontoudtog, de seneste 3 måneder"),
    Ydelsestype.HELBREDSTILLAEG: (DokumentKategori.REGNING, "regning", "Regning med egenbetaling"),
    Ydelsestype.TANDPLEJE: (DokumentKategori.REGNING, "overslag", "Tandlægens overslag"),
}


def _cpr(kommune_index: int, i: int, foedt: dt.date) -> str:
    """A fictitious CPR-shaped number with the birth date, serial 8000-8899,
    apart from the other demo people (the serial marks them)."""
    return f"{foedt:%d%m%y}{8000 + kommune_index * 300 + i % 300:04d}"


def _foedselsdato(rng: random.Random, ydelse: str, idag: dt.date) -> dt.date:
    alder = rng.randint(67, 88) if ydelse == Ydelsestype.HELBREDSTILLAEG else rng.randint(22, 60)
    return dt.date(idag.year - alder, rng.randint(1, 12), rng.randint(1, 28))


def _pdf(linjer: list[str]) -> bytes:
    """A small, valid one-page PDF with the lines of text (Helvetica, WinAnsi)."""

    def tekst(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    strom = "BT /F1 14 Tf 72 760 Td 18 TL " + " ".join(f"({tekst(linje)}) '" for linje in linjer) + " ET"
    data = strom.encode("cp1252", errors="replace")
    objekter = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    ud = bytearray(b"%PDF-1.4\n")
    positioner = []
    for n, obj in enumerate(objekter, start=1):
        positioner.append(len(ud))
        ud += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(ud)
    ud += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objekter) + 1)
    ud += b"".join(b"%010d 00000 n \n" % p for p in positioner)
    ud += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objekter) + 1, xref)
    return bytes(ud)


@contextmanager
def _historiske_tidspunkter(*modeller_og_felter):
    """Let bulk inserts keep the given ``auto_now_add`` timestamps (the time
    a demo case was received, a message sent, a decision made) for the
    duration; restored afterwards."""
    felter = [model._meta.get_field(navn) for model, navn in modeller_og_felter]
    foer = [f.auto_now_add for f in felter]
    for f in felter:
        f.auto_now_add = False
    try:
        yield
    finally:
        for f, v in zip(felter, foer, strict=True):
            f.auto_now_add = v


# --- The answers, as the citizen gave them in the application flow ------------


def _prefill(borger: Borger, foedt: dt.date, hentet: dt.datetime, boern: list[dict]) -> dict:
    return {
        "hentet": hentet.isoformat(),
        "navn": borger.navn,
        "adresse": borger.adresse,
        "postnummer": borger.postnummer,
        "by": borger.by,
        "civilstand": borger.civilstand,
        "foedselsdato": foedt.isoformat(),
        "boern": boern,
    }


def _svar_kontanthjaelp(rng: random.Random, gift: bool) -> dict:
    arbejde = rng.random() < 0.25
    anden = rng.random() < 0.1
    svar = {
        "oplysninger_korrekte": True,
        "bor_hos_foraeldre": False,
        "samlevende": (not gift) and rng.random() < 0.15,
        "uddannelse": rng.random() < 0.5,
        "fuldtidsarbejde_2_5_aar": rng.random() < 0.7,
        "aktivitetsparat": rng.choice(["ja", "ja", "nej", "ved_ikke"]),
        "opfylder_opholdskrav": rng.random() < 0.95,
        "kommet_til_danmark": rng.random() < 0.2,
        "har_arbejdsindtaegt": arbejde,
        "har_anden_indtaegt": anden,
        "formue": rng.choice(["0.00", "0.00", "1200.00", "4500.00", "9800.00", "32000.00"]),
    }
    if arbejde:
        timer = rng.choice([8, 12, 20, 30])
        svar["arbejdsindtaegt"] = f"{timer * 150}.00"
        svar["arbejdstimer"] = timer
    if anden:
        svar["anden_indtaegt"] = rng.choice(["800.00", "1500.00", "2400.00"])
    if gift:
        svar.update(
            {
                "aegtefaelle_arbejdsindtaegt": rng.choice(["0.00", "6500.00", "14000.00"]),
                "aegtefaelle_arbejdstimer": rng.choice([0, 40, 80]),
                "aegtefaelle_anden_indtaegt": "0.00",
            }
        )
    return svar


def _svar_helbredstillaeg(rng: random.Random) -> dict:
    return {
        "oplysninger_korrekte": True,
        "personlig_tillaegsprocent": rng.choice([100, 100, 90, 75, 50, 20]),
        "udgiftstype": rng.choice(["medicin", "tandpleje", "fysioterapi", "fodbehandling", "briller"]),
        "egenbetaling": rng.choice(["450.00", "1200.00", "2350.00", "3800.00"]),
        "likvid_formue": rng.choice(["5000.00", "42000.00", "87000.00", "120000.00"]),
    }


def _svar_tandpleje(rng: random.Random, modtaget: dt.date) -> dict:
    return {
        "oplysninger_korrekte": True,
        "modtager_kontanthjaelp": rng.random() < 0.9,
        "modtager_uddannelseshjaelp_uden_aktivitetstillaeg": False,
        "tandlaege": rng.choice(TANDLAEGER),
        "behandling": rng.choice(BEHANDLINGER),
        "udgift": rng.choice(["1800.00", "3200.00", "4000.00", "6500.00"]),
        # An estimate: the treatment is planned after the application.
        "behandlingsdato": (modtaget + dt.timedelta(days=rng.randint(7, 30))).isoformat(),
        "akut": False,
        "betalt_egenbetaling_i_aar": rng.choice(["0.00", "0.00", "600.00"]),
    }


def _ansoegning(rng, ydelse: str, borger: Borger, foedt: dt.date, modtaget: dt.datetime, med_regning: bool):
    """``(svar, beregning_input)`` as the flow makes them on submission."""
    flow = FLOWS[ydelse]
    boern = []
    if ydelse == Ydelsestype.KONTANTHJAELP and rng.random() < 0.3:
        boern = [
            {
                "fornavn": rng.choice(BOERNENAVNE),
                "foedselsdato": dt.date(modtaget.year - rng.randint(1, 15), rng.randint(1, 12), 1).isoformat(),
            }
            for _ in range(rng.randint(1, 3))
        ]
    prefill = _prefill(borger, foedt, modtaget - dt.timedelta(minutes=20), boern)
    if ydelse == Ydelsestype.KONTANTHJAELP:
        raa = _svar_kontanthjaelp(rng, gift=borger.civilstand == "gift")
        if borger.civilstand == "gift":
            raa["aegtefaelle_foedselsdato"] = (foedt + dt.timedelta(days=rng.randint(-900, 900))).isoformat()
    elif ydelse == Ydelsestype.HELBREDSTILLAEG:
        raa = _svar_helbredstillaeg(rng)
    else:
        raa = _svar_tandpleje(rng, modtaget.date())
    svar = flow.aktive_svar(raa, prefill)
    data = flow.to_beregning_input(svar, prefill, modtaget.date())
    if ydelse == Ydelsestype.TANDPLEJE:
        # As the application service sets them: where the deciding facts came from.
        data["kilder"] = {"modtager_kontanthjaelp": "borger", "udgift": "dokument" if med_regning else "borger"}
        data["ansoegningsdato"] = modtaget.date().isoformat()
    with translation.override("da"):
        kvittering = [
            {"spoergsmaal": str(r["label"]), "svar": str(r["vaerdi"])}
            for sektion in opsummering(flow, svar, prefill)
            for r in sektion["raekker"]
        ]
    return {**svar, "_prefill": prefill, "opsummering": kvittering}, data


def _beregn(data: dict) -> dict:
    """The real calculation; a rate missing for the period is "not
    calculated", as the application service stores it."""
    resultat = beregning.beregn(data)
    if resultat.get("fejl"):
        fejl = resultat["fejl"]
        return {
            "ydelse": data.get("ydelse"),
            "berettiget": False,
            "beloeb": "0.00",
            "linjer": [],
            "versioner": {},
            "ikke_beregnet": fejl,
            "straks_afgoerelse": {
                "tilladt": False,
                "begrundelse": f"Ikke beregnet: {fejl.get('besked', '')} En sagsbehandler beregner hjælpen.",
            },
        }
    return resultat


def _periode(data: dict) -> str:
    return str(data.get("maaned") or data.get("dato") or "")


# --- The history ------------------------------------------------------------------


class _Historik:
    """Audit entries for the cases' timelines, inserted in one go."""

    def __init__(self, kommune: Kommune):
        self.kommune_kode = kommune.kode
        self.poster: list[AuditEntry] = []

    def __call__(self, tid, handling, *, borger, objekt_type, objekt_uuid, user=None, detaljer=None):
        if user is None:
            aktoer_type, user_id, navn = AktoerType.BORGER, borger.user_id, ""
        elif user == "system":
            aktoer_type, user_id, navn = AktoerType.SYSTEM, None, "system"
        else:
            aktoer_type, user_id, navn = AktoerType.MEDARBEJDER, user.pk, user.get_username()
        self.poster.append(
            AuditEntry(
                tidspunkt=tid,
                aktoer_type=aktoer_type,
                aktoer_user_id=user_id,
                aktoer_navn=navn,
                handling=handling,
                objekt_type=objekt_type,
                objekt_uuid=objekt_uuid,
                borger_uuid=borger.uuid,
                kommune_kode=self.kommune_kode,
                correlation_id=KORRELATION,
                detaljer=detaljer or {},
            )
        )


def _navn(user) -> str:
    return user.get_full_name() or user.get_username()


def _begrundelse(udfald: str, ydelse: str, resultat: dict) -> str:
    navn = {
        Ydelsestype.KONTANTHJAELP: "kontanthjælp",
        Ydelsestype.HELBREDSTILLAEG: "helbredstillæg",
        Ydelsestype.TANDPLEJE: "tilskud til tandbehandling",
    }[ydelse]
    if udfald == Udfald.BEVILGET:
        return (
            f"Du opfylder betingelserne for {navn}. Beløbet er beregnet ud fra dine oplysninger, "
            "de oplysninger vi har hentet i registrene, og de gældende satser, som vist i beregningen."
        )
    if udfald == Udfald.DELVIST_BEVILGET:
        return (
            f"Du opfylder betingelserne for {navn}, men ikke for hele beløbet. Dine kontoudtog viser en "
            "indtægt, som du ikke havde oplyst, og den er trukket fra."
        )
    if resultat.get("berettiget"):
        return (
            f"Du opfylder ikke betingelserne for {navn}, fordi du ikke har sendt de oplysninger, "
            "vi bad om, inden fristen."
        )
    return (
        f"Du opfylder ikke betingelserne for {navn}. Efter beregningen er din indtægt eller formue "
        "for høj til, at du kan få hjælp."
    )


# --- Seeding ---------------------------------------------------------------------


def seed_backoffice_demo(*, antal: int = SAGER_PR_KOMMUNE, seed: int = 2026) -> int:
    """Create the cases for each municipality that has none yet; returns how many were made."""
    rng = random.Random(seed)
    nu = timezone.now()
    idag = timezone.localdate()
    oprettet_i_alt = 0
    statusser, sv = zip(*STATUS, strict=True)
    ydelser, yv = zip(*YDELSER, strict=True)
    for ki, kommune in enumerate(Kommune.objects.order_by("kode")[:3]):
        if Borger.objects.filter(kommune=kommune, cpr__regex=r"^\d{6}8\d{3}$").exists():
            continue
        medarbejdere = list(
            Medarbejder.objects.filter(kommune=kommune, rolle__in=["sagsbehandler", "koordinator"]).select_related(
                "user"
            )
        )
        behandlere = [m.user for m in medarbejdere]
        leder = next((m.user for m in medarbejdere if m.rolle == "koordinator"), None)
        with (
            transaction.atomic(),
            _historiske_tidspunkter(
                (Ansoegning, "indsendt"),
                (Beregning, "oprettet"),
                (Besked, "sendt"),
                (Indberetning, "indsendt"),
                (Dokument, "oprettet"),
                (Afgoerelse, "afgjort_tid"),
                (AuditEntry, "tidspunkt"),
                (Sag, "oprettet"),
            ),
        ):
            oprettet_i_alt += _seed_kommune(
                rng, ki, kommune, antal, nu, idag, statusser, sv, ydelser, yv, behandlere, leder
            )
    return oprettet_i_alt


def _seed_kommune(rng, ki, kommune, antal, nu, idag, statusser, sv, ydelser, yv, behandlere, leder) -> int:
    planer = []
    borgere = []
    for i in range(antal):
        ydelse = rng.choices(ydelser, yv)[0]
        foedt = _foedselsdato(rng, ydelse, idag)
        borger = Borger(
            cpr=_cpr(ki, i, foedt),
            fornavn=rng.choice(FORNAVNE),
            efternavn=rng.choice(EFTERNAVNE),
            adresse=f"Demogade {i + 1}",
            postnummer="1000",
            by="Demoby",
            kommune=kommune,
            civilstand="gift" if rng.random() < 0.15 else rng.choice(["ugift", "ugift", "skilt"]),
            foedselsdato=foedt,
            cpr_opdateret=nu,
        )
        borgere.append(borger)
        planer.append({"ydelse": ydelse, "foedt": foedt})
    Borger.objects.bulk_create(borgere, batch_size=1000)
    gemte_borgere = {b.cpr: b for b in Borger.objects.filter(cpr__in=[b.cpr for b in borgere])}

    sager = []
    for plan, b in zip(planer, borgere, strict=True):
        borger = gemte_borgere[b.cpr]
        status = rng.choices(statusser, sv)[0]
        modtaget = nu - dt.timedelta(days=rng.uniform(0, 112))
        u = uuid.uuid4()
        afgjort = None
        if status in (SagStatus.AFGJORT, SagStatus.LUKKET):
            afgjort = min(modtaget + dt.timedelta(days=rng.choice([1, 2, 3, 6, 10, 15, 25, 40])), nu)
        behandler = (
            rng.choice(behandlere) if behandlere and status != SagStatus.MODTAGET and rng.random() < 0.85 else None
        )
        sag = Sag(
            uuid=u,
            reference=f"YP-{u.hex[:10].upper()}",
            borger_id=borger.pk,
            kommune=kommune,
            ydelse=plan["ydelse"],
            status=status,
            sagsbehandler=behandler,
            oprettet=modtaget,
            afgjort_tid=afgjort,
        )
        if status == SagStatus.LUKKET:
            # A one-off payment made, or a benefit that ended: closed some days after the decision.
            sag.lukket_tid = min(afgjort + dt.timedelta(days=rng.randint(1, 20)), nu)
        sag.status_aendret = sag.lukket_tid or afgjort or (modtaget if status == SagStatus.MODTAGET else None)
        if status == SagStatus.AFVENTER_BORGER:
            # Some passed, some to come; never before the case came in.
            sag.borger_frist = max(
                (nu + dt.timedelta(days=rng.randint(-10, 14))).date(), (modtaget + dt.timedelta(days=5)).date()
            )
        if status in (SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER) and rng.random() < 0.3:
            muligt = (
                [BorgerAktivitet.BESKED, BorgerAktivitet.DOKUMENT, BorgerAktivitet.AENDRING]
                if status == SagStatus.UNDER_BEHANDLING
                # A reply or a document from the citizen ends the wait; a change does not.
                else [BorgerAktivitet.AENDRING]
            )
            if plan["ydelse"] == Ydelsestype.KONTANTHJAELP:
                muligt.append(BorgerAktivitet.INDTAEGT)
            sag.ny_aktivitet = rng.choice(muligt)
            sag.ny_aktivitet_tid = nu - dt.timedelta(hours=rng.randint(1, 72))
        plan.update(borger=borger, sag=sag, modtaget=modtaget)
        sager.append(sag)
    sag_bulk_create(sager=sager, batch_size=1000)
    gemte = {s.uuid: s for s in Sag.objects.filter(uuid__in=[s.uuid for s in sager])}

    historik = _Historik(kommune)
    lager = storages["dokumenter"]
    ansoegninger, beregninger, afgoerelser, beskeder, dokumenter, indberetninger = [], [], [], [], [], []
    for plan in planer:
        sag, borger, modtaget, ydelse = gemte[plan["sag"].uuid], plan["borger"], plan["modtaget"], plan["ydelse"]
        sag.sagsbehandler = plan["sag"].sagsbehandler
        behandler = sag.sagsbehandler or (rng.choice(behandlere) if behandlere else None)
        kategori, filnavn, titel = DOKUMENTER[ydelse]
        med_dokument = rng.random() < 0.5 or sag.ny_aktivitet == BorgerAktivitet.DOKUMENT
        svar, data = _ansoegning(rng, ydelse, borger, plan["foedt"], modtaget, med_dokument)
        resultat = _beregn(data)
        straks = resultat.get("straks_afgoerelse") or {}
        ber = Beregning(
            sag=sag,
            ydelse=ydelse,
            periode=_periode(data),
            input=data,
            resultat=resultat,
            berettiget=bool(resultat.get("berettiget")),
            beloeb=Decimal(str(resultat.get("beloeb") or "0")).quantize(Decimal("0.01")),
            linjer=resultat.get("linjer", []),
            versioner=resultat.get("versioner", {}),
            straks_tilladt=bool(straks.get("tilladt")),
            straks_begrundelse=straks.get("begrundelse", ""),
            oprettet=modtaget,
        )
        beregninger.append(ber)
        registerdata = {
            "cpr": {
                "kommunekode": kommune.kode,
                "kommunenavn": kommune.navn,
                "civilstand": borger.civilstand,
                "antal_boern": len(svar["_prefill"]["boern"]),
            }
        }
        if ydelse == Ydelsestype.KONTANTHJAELP:
            erklaeret = Decimal(data["ansoeger"]["arbejdsindtaegt"])
            register = erklaeret if rng.random() < 0.85 else erklaeret + Decimal(rng.choice([1500, 3200]))
            registerdata["eindkomst"] = {
                "maaned": data["maaned"],
                "arbejdsindtaegt": str(register),
                "timer": str(data["ansoeger"]["arbejdstimer"]),
            }
            if register != erklaeret:
                registerdata["afvigelser"] = [
                    {"felt": "arbejdsindtaegt", "erklaeret": str(erklaeret), "register": str(register)}
                ]
        ans = Ansoegning(
            sag=sag,
            borger=borger,
            ydelse=ydelse,
            svar=svar,
            beregning_input=data,
            form_version=FLOWS[ydelse].form_version,
            idempotency_key=f"demo-bo-{sag.uuid}",
            registerdata=registerdata,
            indsendt=modtaget,
            indsendt_af=AktoerType.BORGER,
        )
        ansoegninger.append(ans)
        historik(
            modtaget,
            "ansoegning_submitted",
            borger=borger,
            objekt_type="Ansoegning",
            objekt_uuid=ans.uuid,
            detaljer={"sag": str(sag.uuid), "ydelse": ydelse, "form_version": ans.form_version},
        )

        # Documents: what the citizen sent with the application, or later.
        if med_dokument:
            d_uuid = uuid.uuid4()
            sendt = (
                plan["sag"].ny_aktivitet_tid
                if sag.ny_aktivitet == BorgerAktivitet.DOKUMENT
                else modtaget - dt.timedelta(minutes=5)
            )
            indhold = _pdf([titel, f"{borger.navn}, {borger.adresse}", "Demodokument, ingen rigtige oplysninger."])
            noegle = lager.save(f"bilag/{borger.uuid}/{d_uuid}.pdf", ContentFile(indhold))
            dokumenter.append(
                Dokument(
                    uuid=d_uuid,
                    borger=borger,
                    sag=sag,
                    kategori=kategori,
                    filnavn=f"{filnavn}.pdf",
                    mimetype="application/pdf",
                    stoerrelse=len(indhold),
                    sha256=hashlib.sha256(indhold).hexdigest(),
                    lagernoegle=noegle,
                    oprettet_af=AktoerType.BORGER,
                    oprettet=sendt,
                )
            )
            historik(
                sendt,
                "dokument_added",
                borger=borger,
                objekt_type="Dokument",
                objekt_uuid=d_uuid,
                detaljer={"kategori": kategori, "stoerrelse": len(indhold)},
            )

        if sag.status == SagStatus.MODTAGET or behandler is None:
            continue
        t = modtaget + dt.timedelta(hours=rng.randint(2, 30))
        if sag.sagsbehandler is not None:
            historik(
                t,
                "sag_assigned",
                borger=borger,
                objekt_type="Sag",
                objekt_uuid=sag.uuid,
                user=leder or behandler,
                detaljer={"sagsbehandler": behandler.pk, "sagsbehandler_navn": _navn(behandler), "fra": None},
            )
        t += dt.timedelta(minutes=rng.randint(5, 600))
        historik(
            t,
            "sag_transitioned",
            borger=borger,
            objekt_type="Sag",
            objekt_uuid=sag.uuid,
            user=behandler,
            detaljer={"fra": SagStatus.MODTAGET, "til": SagStatus.UNDER_BEHANDLING, "begrundelse": ""},
        )
        anmodet = sag.status == SagStatus.AFVENTER_BORGER or (
            sag.ny_aktivitet == BorgerAktivitet.BESKED and rng.random() < 0.7
        )
        if anmodet:
            t += dt.timedelta(hours=rng.randint(1, 48))
            if sag.borger_frist:
                # The request went out about two weeks before its deadline (but after the case came in).
                foer_frist = dt.datetime.combine(sag.borger_frist, dt.time(10), tzinfo=t.tzinfo) - dt.timedelta(days=14)
                t = max(min(t, foer_frist), modtaget + dt.timedelta(hours=3))
            frist = sag.borger_frist or (t + dt.timedelta(days=14)).date()
            besked = Besked(
                sag=sag,
                afsender=BeskedAfsender.MEDARBEJDER,
                afsender_user=behandler,
                tekst=f"Hej {borger.fornavn}. {ANMODNINGER[ydelse]} Fristen er {frist:%d-%m-%Y}.",
                sendt=t,
                laest=t + dt.timedelta(hours=rng.randint(1, 30)) if rng.random() < 0.6 else None,
            )
            beskeder.append(besked)
            for handling, objekt_type, objekt_uuid, detaljer in (
                ("besked_sent", "Besked", besked.uuid, {"sag": str(sag.uuid)}),
                (
                    "sag_transitioned",
                    "Sag",
                    sag.uuid,
                    {"fra": SagStatus.UNDER_BEHANDLING, "til": SagStatus.AFVENTER_BORGER, "begrundelse": ""},
                ),
                ("sag_anmodning_sent", "Sag", sag.uuid, {"frist": frist.isoformat(), "besked": str(besked.uuid)}),
            ):
                historik(
                    t,
                    handling,
                    borger=borger,
                    objekt_type=objekt_type,
                    objekt_uuid=objekt_uuid,
                    user=behandler,
                    detaljer=detaljer,
                )
            if besked.laest:
                historik(besked.laest, "besked_read", borger=borger, objekt_type="Besked", objekt_uuid=besked.uuid)
        if sag.ny_aktivitet == BorgerAktivitet.BESKED:
            t = max(plan["sag"].ny_aktivitet_tid, t + dt.timedelta(minutes=30))
            svar_besked = Besked(sag=sag, afsender=BeskedAfsender.BORGER, tekst=rng.choice(SVAR_FRA_BORGER), sendt=t)
            beskeder.append(svar_besked)
            historik(
                t,
                "besked_sent",
                borger=borger,
                objekt_type="Besked",
                objekt_uuid=svar_besked.uuid,
                detaljer={"sag": str(sag.uuid)},
            )
            if anmodet:
                historik(
                    t,
                    "sag_transitioned",
                    borger=borger,
                    objekt_type="Sag",
                    objekt_uuid=sag.uuid,
                    detaljer={
                        "fra": SagStatus.AFVENTER_BORGER,
                        "til": SagStatus.UNDER_BEHANDLING,
                        "begrundelse": "Borgeren har svaret.",
                    },
                )
        if sag.ny_aktivitet in (BorgerAktivitet.AENDRING, BorgerAktivitet.INDTAEGT):
            t = plan["sag"].ny_aktivitet_tid
            maaned = f"{t:%Y-%m}"
            i = Indberetning(
                sag=sag,
                borger=borger,
                maaned=maaned,
                idempotency_key=f"demo-bo-{sag.uuid}",
                indsendt=t,
            )
            if sag.ny_aktivitet == BorgerAktivitet.AENDRING:
                valgt, beskrivelse = rng.choice(AENDRINGER)
                i.type = IndberetningType.AENDRING
                i.aendringer = {"valgt": valgt, "beskrivelse": beskrivelse}
                detaljer = {"sag": str(sag.uuid), "type": "aendring", "valgt": valgt}
            else:
                i.type = IndberetningType.INDTAEGT
                timer = rng.choice([10, 16, 24])
                i.arbejdsindtaegt, i.arbejdstimer = Decimal(timer * 155), Decimal(timer)
                ny = {**data, "maaned": maaned, "ansoeger": {**data["ansoeger"]}}
                ny["ansoeger"].update(arbejdsindtaegt=f"{i.arbejdsindtaegt}.00", arbejdstimer=timer)
                ny_resultat = _beregn(ny)
                i.beregning = Beregning(
                    sag=sag,
                    ydelse=ydelse,
                    periode=maaned,
                    input=ny,
                    resultat=ny_resultat,
                    berettiget=bool(ny_resultat.get("berettiget")),
                    beloeb=Decimal(str(ny_resultat.get("beloeb") or "0")),
                    linjer=ny_resultat.get("linjer", []),
                    versioner=ny_resultat.get("versioner", {}),
                    oprettet=t,
                )
                beregninger.append(i.beregning)
                detaljer = {"sag": str(sag.uuid), "maaned": maaned, "korrektion": False}
            indberetninger.append(i)
            historik(
                t,
                "indberetning_submitted",
                borger=borger,
                objekt_type="Indberetning",
                objekt_uuid=i.uuid,
                detaljer=detaljer,
            )

        if sag.afgjort_tid is None:
            continue
        if resultat.get("berettiget"):
            udfald = rng.choices([Udfald.BEVILGET, Udfald.DELVIST_BEVILGET, Udfald.AFSLAG], [80, 10, 10])[0]
        else:
            udfald = Udfald.AFSLAG
        beloeb = None
        if udfald == Udfald.BEVILGET:
            beloeb = ber.beloeb
        elif udfald == Udfald.DELVIST_BEVILGET:
            beloeb = (ber.beloeb * Decimal("0.8")).quantize(Decimal("1"))
        afgjort_af = sag.sagsbehandler or behandler
        afg = Afgoerelse(
            sag=sag,
            beregning=ber,
            udfald=udfald,
            beloeb=beloeb,
            begrundelse=_begrundelse(udfald, ydelse, resultat),
            linjer=ber.linjer if udfald != Udfald.AFSLAG else [],
            virkning_fra=sag.afgjort_tid.date() if udfald != Udfald.AFSLAG else None,
            afgjort_af=afgjort_af,
            afgjort_af_straks=False,
            afgjort_tid=sag.afgjort_tid,
        )
        afgoerelser.append(afg)
        historik(
            sag.afgjort_tid,
            "afgoerelse_created",
            borger=borger,
            objekt_type="Afgoerelse",
            objekt_uuid=afg.uuid,
            user=afgjort_af,
            detaljer={"udfald": udfald},
        )
        historik(
            sag.afgjort_tid,
            "sag_transitioned",
            borger=borger,
            objekt_type="Sag",
            objekt_uuid=sag.uuid,
            user=afgjort_af,
            detaljer={"fra": SagStatus.UNDER_BEHANDLING, "til": SagStatus.AFGJORT, "begrundelse": ""},
        )
        if sag.status == SagStatus.LUKKET:
            historik(
                sag.lukket_tid,
                "sag_transitioned",
                borger=borger,
                objekt_type="Sag",
                objekt_uuid=sag.uuid,
                user=afgjort_af,
                detaljer={"fra": SagStatus.AFGJORT, "til": SagStatus.LUKKET, "begrundelse": ""},
            )

    Beregning.objects.bulk_create(beregninger, batch_size=500)
    Ansoegning.objects.bulk_create(ansoegninger, batch_size=500)
    Dokument.objects.bulk_create(dokumenter, batch_size=500)
    Besked.objects.bulk_create(beskeder, batch_size=500)
    Indberetning.objects.bulk_create(indberetninger, batch_size=500)
    Afgoerelse.objects.bulk_create(afgoerelser, batch_size=500)
    AuditEntry.objects.bulk_create(historik.poster, batch_size=1000)
    return len(gemte)
