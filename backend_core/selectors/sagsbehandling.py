"""Reads for the back office: the queue with its filters, the dashboard's
overview, the case timeline, journal notes, income reports, colleagues and
the letter text blocks a caseworker can choose from.

Each is scoped by ``permissions`` and audited like the other selectors."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit, sagsflow
from ..aktoer import Aktoer
from ..constants import AktoerType, BorgerAktivitet, Brevtype, SagStatus
from ..exceptions import AdgangNaegtet, DomaeneValideringsfejl
from ..models import (
    AuditEntry,
    Brevtekst,
    Journalnotat,
    Medarbejder,
    OutboxEvent,
    Sag,
)
from ..policies import (
    SAGSBEHANDLING,
    har_sagsadgang,
    kan_behandle_sager,
    kan_fordele_sager,
    kan_se_ledelsesinformation,
    kan_se_sag,
    kraev,
    sager_synlige,
)

ALDER = {
    "0-7": (0, 7),
    "8-30": (8, 30),
    "31-90": (31, 90),
    "90+": (91, None),
}
"""Age groups of a case in days since it was received."""

AABNE = (SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER)
_CPR_LIGNENDE = re.compile(r"\d{6}")
ORDNINGER = (
    "oprettet",
    "-oprettet",
    "reference",
    "-reference",
    "status",
    "-status",
    "ydelse",
    "-ydelse",
    "borger_frist",
    "-borger_frist",
    "ny_aktivitet_tid",
    "-ny_aktivitet_tid",
)


def soegning_valider(soeg: str) -> str:
    """A search term for the queue: a case reference or a name. A term that
    looks like a CPR number is refused, so CPR numbers are never searched,
    stored in the session or written to a log."""
    soeg = (soeg or "").strip()[:100]
    if _CPR_LIGNENDE.search(soeg.replace("-", "").replace(" ", "")):
        raise DomaeneValideringsfejl(
            _("Search by case reference or name. CPR numbers cannot be searched here."), felt="soeg"
        )
    return soeg


KOE_FILTRE = ("status", "ydelse", "tildelt", "alder", "ny_aktivitet", "ordering")
"""The queue's filter parameters, as an export's audit entry records them."""


def sag_koe(*, aktoer: Aktoer, soeg: str = "", eksport: dict | None = None) -> QuerySet[Sag]:
    """The municipality's cases for the queue, with what each row shows
    (citizen, caseworker) joined. ``soeg``: a case reference or a name.
    Audited as a listing (without the search term); with ``eksport``
    (``{"format": "csv", "filtre": {...}}``) as one export of the queue
    instead, with its format and filters."""
    handling = audit.SAG_EXPORTED if eksport is not None else audit.SAG_LISTED
    kraev(har_sagsadgang(aktoer), aktoer=aktoer, handling=handling)
    qs = (
        sager_synlige(aktoer)
        .select_related("borger", "sagsbehandler")
        .only(
            "uuid",
            "reference",
            "ydelse",
            "status",
            "oprettet",
            "borger_frist",
            "ny_aktivitet",
            "ny_aktivitet_tid",
            "venter_paa_register",
            "kommune_id",
            "borger__fornavn",
            "borger__efternavn",
            "sagsbehandler__username",
            "sagsbehandler__first_name",
            "sagsbehandler__last_name",
        )
    )
    soeg = soegning_valider(soeg)
    if soeg:
        betingelse = Q(reference__icontains=soeg)
        navn = Q()
        for ord_ in soeg.split()[:4]:
            navn &= Q(borger__fornavn__icontains=ord_) | Q(borger__efternavn__icontains=ord_)
        qs = qs.filter(betingelse | navn)
    if eksport is not None:
        filtre = {k: str(v)[:40] for k, v in (eksport.get("filtre") or {}).items() if k in KOE_FILTRE and v}
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.SAG_EXPORTED,
            detaljer={"koe": True, "format": str(eksport.get("format", ""))[:10], "filtre": filtre, "soeg": bool(soeg)},
        )
    else:
        audit.audit_log(aktoer=aktoer, handling=audit.SAG_LISTED, detaljer={"koe": True, "soeg": bool(soeg)})
    return qs


def sag_koe_filtrer(
    qs: QuerySet[Sag],
    *,
    aktoer: Aktoer,
    status: str = "",
    ydelse: str = "",
    tildelt: str = "",
    alder: str = "",
    ny_aktivitet: str = "",
    idag: dt.date | None = None,
) -> QuerySet[Sag]:
    """The queue's filters on a queryset from ``sag_koe``.

    ``status``: ``""`` (open cases), ``"alle"``, ``"frist_overskredet"`` or a
    ``SagStatus``; ``tildelt``: ``"mine"``, ``"ingen"`` or a colleague's user
    id; ``alder``: a key of ``ALDER``; ``ny_aktivitet``: ``"alle"`` or a
    ``BorgerAktivitet``."""
    idag = idag or timezone.localdate()
    if not status:
        # The open states by name (not "not decided or closed"), so the index on
        # (kommune, status, oprettet) serves the count and the page.
        qs = qs.filter(status__in=AABNE)
    elif status == "frist_overskredet":
        qs = qs.filter(status=SagStatus.AFVENTER_BORGER, borger_frist__lt=idag)
    elif status in SagStatus.values:
        qs = qs.filter(status=status)
    if ydelse:
        qs = qs.filter(ydelse=ydelse)
    if tildelt == "mine":
        qs = qs.filter(sagsbehandler_id=getattr(aktoer.user, "pk", None))
    elif tildelt == "ingen":
        qs = qs.filter(sagsbehandler__isnull=True)
    elif tildelt.isdigit():
        qs = qs.filter(sagsbehandler_id=int(tildelt))
    if alder in ALDER:
        fra, til = ALDER[alder]
        nu = timezone.now()
        qs = qs.filter(oprettet__lte=nu - dt.timedelta(days=fra))
        if til is not None:
            qs = qs.filter(oprettet__gt=nu - dt.timedelta(days=til + 1))
    if ny_aktivitet == "alle":
        qs = qs.exclude(ny_aktivitet="")
    elif ny_aktivitet in BorgerAktivitet.values:
        qs = qs.filter(ny_aktivitet=ny_aktivitet)
    return qs


def sag_koe_list(*, aktoer: Aktoer, soeg: str = "", ordning: str = "oprettet", **filtre) -> QuerySet[Sag]:
    """``sag_koe`` with its filters and an ordering of ``ORDNINGER``."""
    qs = sag_koe_filtrer(sag_koe(aktoer=aktoer, soeg=soeg), aktoer=aktoer, **filtre)
    ordning = ordning if ordning in ORDNINGER else "oprettet"
    return qs.order_by(ordning, "id")


def sag_overblik(*, aktoer: Aktoer, antal: int = 5) -> dict:
    """The dashboard: open cases (the caseworker's own; the team lead's whole
    municipality), cases waiting for the citizen past their deadline, and
    cases with something new from the citizen. Counts and the first rows."""
    if not har_sagsadgang(aktoer):
        return {}
    idag = timezone.localdate()
    qs = (
        sager_synlige(aktoer)
        .select_related("borger")
        .only(
            "uuid",
            "reference",
            "ydelse",
            "status",
            "oprettet",
            "borger_frist",
            "ny_aktivitet",
            "ny_aktivitet_tid",
            "borger__fornavn",
            "borger__efternavn",
            "kommune_id",
        )
    )
    kun_mine = not kan_fordele_sager(aktoer)
    if kun_mine:
        qs = qs.filter(sagsbehandler_id=getattr(aktoer.user, "pk", None))
    aabne = qs.aabne()
    frist = aabne.filter(status=SagStatus.AFVENTER_BORGER, borger_frist__lt=idag)
    nyt = aabne.exclude(ny_aktivitet="")
    audit.audit_log(aktoer=aktoer, handling=audit.SAG_LISTED, detaljer={"overblik": True})
    return {
        "kun_mine": kun_mine,
        "aabne": {"antal": aabne.count(), "sager": list(aabne.order_by("oprettet", "id")[:antal])},
        "frist_overskredet": {
            "antal": frist.count(),
            "sager": list(frist.order_by("borger_frist", "id")[:antal]),
        },
        "ny_aktivitet": {
            "antal": nyt.count(),
            "sager": list(nyt.order_by("-ny_aktivitet_tid", "-id")[:antal]),
        },
    }


_LAESNINGER = frozenset(
    {
        audit.SAG_LISTED,
        audit.SAG_EXPORTED,
        audit.BESKED_LISTED,
        audit.DOKUMENT_LISTED,
        audit.DOKUMENT_VIEWED,
        audit.BREV_LISTED,
        audit.UDBETALING_LISTED,
        audit.INDBERETNING_VIEWED,
        audit.INDBERETNING_LISTED,
        audit.JOURNALNOTAT_LISTED,
        audit.TIDSLINJE_VIEWED,
        audit.BORGER_VIEWED,
        audit.AFGOERELSE_PREVIEWED,
        audit.ANSOEGNING_VIEWED,
        audit.REGISTER_READ,
        audit.KONTAKTVALG_VIEWED,
        audit.LEDELSESINFORMATION_VIEWED,
        audit.BORGER_LOGGED_IN,
        audit.ACCESS_DENIED,
    }
)
"""Reads left out of the timeline. A staff member opening the case is kept
(who has looked at the case is part of its history); the citizen's own
reads on Min Side are not."""
_HAENDELSER = frozenset({"dk.ydelsesportal.brev.sendt", "dk.ydelsesportal.udbetaling.aendret"})


def sag_tidslinje(*, aktoer: Aktoer, sag: Sag) -> list[dict]:
    """Everything that happened on the case, oldest first, from the audit
    log (changes, and staff opening the case) and the business events:
    ``{"tid", "handling", "aktoer_type", "aktoer_navn", "hvem", "detaljer"}``,
    where ``hvem`` is the staff member's full name (``None`` for the citizen
    and the system). A staff member opening the case is one entry a day
    (the first time). Staff only; audited."""
    kraev(
        kan_se_sag(aktoer, sag) and har_sagsadgang(aktoer),
        aktoer=aktoer,
        handling=audit.TIDSLINJE_VIEWED,
        objekt=sag,
        borger=sag.borger,
    )
    objekter = [sag.uuid]
    objekter += list(sag.beskeder.values_list("uuid", flat=True))
    objekter += list(sag.dokumenter.values_list("uuid", flat=True))
    objekter += list(sag.indberetninger.values_list("uuid", flat=True))
    objekter += list(sag.afgoerelser.values_list("uuid", flat=True))
    objekter += list(sag.journalnotater.values_list("uuid", flat=True))
    if hasattr(sag, "ansoegning"):
        objekter.append(sag.ansoegning.uuid)
    entries = list(
        AuditEntry.objects.filter(objekt_uuid__in=objekter)
        .exclude(handling__in=_LAESNINGER)
        .exclude(Q(handling=audit.SAG_VIEWED) & ~Q(aktoer_type=AktoerType.MEDARBEJDER))
        .order_by("tidspunkt", "id")
    )
    navne = {
        u.pk: (u.get_full_name() or u.get_username())
        for u in get_user_model()
        .objects.filter(pk__in={e.aktoer_user_id for e in entries if e.aktoer_user_id})
        .only("pk", "username", "first_name", "last_name")
    }
    poster: list[dict] = []
    aabnet: set[tuple] = set()
    for e in entries:
        hvem = navne.get(e.aktoer_user_id, e.aktoer_navn) if e.aktoer_type == AktoerType.MEDARBEJDER else None
        if e.handling == audit.SAG_VIEWED:
            dag = (e.aktoer_user_id, timezone.localdate(e.tidspunkt))
            if dag in aabnet:
                continue
            aabnet.add(dag)
        poster.append(
            {
                "tid": e.tidspunkt,
                "handling": e.handling,
                "aktoer_type": e.aktoer_type,
                "aktoer_navn": e.aktoer_navn,
                "aktoer_user_id": e.aktoer_user_id,
                "hvem": hvem,
                "detaljer": e.detaljer,
            }
        )
    poster += [
        {
            "tid": e.oprettet,
            "handling": e.type,
            "aktoer_type": AktoerType.SYSTEM,
            "aktoer_navn": "system",
            "aktoer_user_id": None,
            "hvem": None,
            "detaljer": {k: v for k, v in e.data.items() if k in ("brevtype", "beloeb", "maaned")},
        }
        for e in OutboxEvent.objects.filter(sag=sag, type__in=_HAENDELSER).order_by("oprettet", "id")
    ]
    poster.sort(key=lambda p: p["tid"])
    audit.audit_log(aktoer=aktoer, handling=audit.TIDSLINJE_VIEWED, objekt=sag, borger=sag.borger)
    return poster


def journalnotat_list(*, aktoer: Aktoer, sag: Sag) -> QuerySet[Journalnotat]:
    """The case's internal notes, oldest first. Staff with case access only:
    a citizen is refused (and the attempt audited)."""
    kraev(
        kan_se_sag(aktoer, sag) and har_sagsadgang(aktoer),
        aktoer=aktoer,
        handling=audit.JOURNALNOTAT_LISTED,
        objekt=sag,
        borger=sag.borger,
    )
    audit.audit_log(aktoer=aktoer, handling=audit.JOURNALNOTAT_LISTED, objekt=sag, borger=sag.borger)
    return Journalnotat.objects.filter(sag=sag).select_related("forfatter").order_by("oprettet", "id")


def medarbejder_list(*, aktoer: Aktoer) -> QuerySet[Medarbejder]:
    """The colleagues who work on cases in the actor's municipality (for
    assignment and the queue's filter). Staff with case access only."""
    if not har_sagsadgang(aktoer):
        raise AdgangNaegtet()
    return (
        Medarbejder.objects.filter(kommune_id=aktoer.kommune_id, rolle__in=SAGSBEHANDLING)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username")
    )


def afgoerelse_tekstblokke(*, aktoer: Aktoer, sag: Sag, sprog: str = "da") -> list[Brevtekst]:
    """Letter text blocks a caseworker may add to a decision's reasons: the
    municipality's own and the standard ones (a municipality's block wins
    over the standard block with the same key). The appeal guidance is not
    among them: every decision letter has it."""
    kraev(
        kan_se_sag(aktoer, sag) and kan_behandle_sager(aktoer),
        aktoer=aktoer,
        handling=audit.SAG_VIEWED,
        objekt=sag,
        borger=sag.borger,
    )
    blokke: dict[str, Brevtekst] = {}
    for b in (
        Brevtekst.objects.filter(
            Q(kommune_id=sag.kommune_id) | Q(kommune__isnull=True), brevtype=Brevtype.AFGOERELSE, sprog=sprog
        )
        .exclude(noegle="klagevejledning")
        .order_by("kommune_id", "noegle")
    ):
        if b.kommune_id is None:
            blokke.setdefault(b.noegle, b)
        else:
            blokke[b.noegle] = b
    return sorted(blokke.values(), key=lambda b: b.noegle)


def sager_til_fordeling(*, aktoer: Aktoer, uuids) -> list[Sag]:
    """The cases to (re)assign, by UUID, within the actor's municipality. A
    UUID outside it refuses the whole request (audited)."""
    uuids = list(dict.fromkeys(uuids))
    sager = list(sager_synlige(aktoer).select_related("borger", "kommune").filter(uuid__in=uuids))
    kraev(len(sager) == len(uuids) and har_sagsadgang(aktoer), aktoer=aktoer, handling=audit.SAG_ASSIGNED)
    return sager


@dataclass(frozen=True)
class Rettigheder:
    """What a staff member's role lets them do in the back office."""

    sagsadgang: bool
    behandle: bool
    fordele: bool
    ledelsesinformation: bool


def medarbejder_rettigheder(*, aktoer: Aktoer) -> Rettigheder:
    return Rettigheder(
        sagsadgang=har_sagsadgang(aktoer),
        behandle=kan_behandle_sager(aktoer),
        fordele=kan_fordele_sager(aktoer),
        ledelsesinformation=kan_se_ledelsesinformation(aktoer),
    )


def sag_muligheder(*, aktoer: Aktoer, sag: Sag) -> frozenset[str]:
    """What the actor may do on the case now: ``behandle`` (work on it),
    ``paabegynd``, ``genoptag`` (resume a case waiting for the citizen),
    ``tag`` (take it), ``anmod`` (ask the citizen), ``skriv`` (write to the
    citizen), ``notat``, ``afgoer``. The services check again; this is for
    the screen."""
    if not (kan_se_sag(aktoer, sag) and har_sagsadgang(aktoer)):
        return frozenset()
    m: set[str] = set()
    if kan_behandle_sager(aktoer):
        m.add("behandle")
        if sag.er_aaben:
            m.add("notat")
        if sag.status == SagStatus.MODTAGET and SagStatus.UNDER_BEHANDLING in sagsflow.naeste(sag.status, aktoer.rolle):
            m.add("paabegynd")
        if sag.status in (SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING):
            m |= {"anmod", "afgoer"}
        if sag.status == SagStatus.AFVENTER_BORGER:
            # The answer came another way, or the deadline passed: the caseworker
            # takes the case up again and can then decide or ask again.
            m.add("genoptag")
        if sag.status != SagStatus.LUKKET:
            m.add("skriv")
        if sag.er_aaben and sag.sagsbehandler_id != getattr(aktoer.user, "pk", None):
            m.add("tag")
    return frozenset(m)


def sag_registerdata(*, aktoer: Aktoer, sag: Sag) -> list[dict]:
    """What the registers said for the case, each with its source and when it
    was fetched: ``{"kilde", "hentet", "data"}``; deviations from what the
    citizen declared under ``kilde == "afvigelser"``."""
    kraev(
        kan_se_sag(aktoer, sag) and har_sagsadgang(aktoer),
        aktoer=aktoer,
        handling=audit.SAG_VIEWED,
        objekt=sag,
        borger=sag.borger,
    )
    ansoegning = getattr(sag, "ansoegning", None)
    if ansoegning is None:
        return []
    data = ansoegning.registerdata or {}
    opdateret = (
        AuditEntry.objects.filter(objekt_uuid=sag.uuid, handling=audit.SAG_REGISTER_REFRESHED)
        .order_by("-tidspunkt")
        .values_list("tidspunkt", flat=True)
        .first()
    )
    hentet = opdateret or ansoegning.indsendt
    ud = []
    for kilde in ("cpr", "eindkomst"):
        if isinstance(data.get(kilde), dict):
            ud.append({"kilde": kilde, "hentet": hentet, "data": data[kilde]})
    if sag.borger.cpr_opdateret and not any(r["kilde"] == "cpr" for r in ud):
        ud.append(
            {
                "kilde": "cpr",
                "hentet": sag.borger.cpr_opdateret,
                "data": {
                    "kommunenavn": sag.kommune.navn if sag.kommune_id else "",
                    "civilstand": sag.borger.civilstand,
                },
            }
        )
    if data.get("afvigelser"):
        ud.append({"kilde": "afvigelser", "hentet": hentet, "data": data["afvigelser"]})
    return ud
