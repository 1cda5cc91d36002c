"""What Min Side shows a citizen, read in a fixed number of queries.

``min_side_oversigt`` answers "what needs me now" and lists the cases, the
letters under their case, the payments and the drafts; the number of queries
does not grow with the number of cases (a test and ``bench/min_side.py``
hold it to that). ``sag_tidslinje_borger`` is the history of one case as the citizen reads it.

``min_side_oversigt_vist`` is the overview as shown (HTML made by the
caller), cached per citizen under a fingerprint of every row the overview
reads (``_fingeraftryk``): a changed, added or removed row gives a new key,
so the cache is never stale, and it is never shared between citizens. A
cache hit is audited like a read.

Drafts belong to ``digital_ansoegning``, which ``backend_core`` may not
import; that package registers a source with ``kladde_kilde_registrer`` when
it starts (``AppConfig.ready``), so the import direction holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import get_language

from .. import audit
from ..aktoer import Aktoer
from ..constants import (
    AfgoerelseArt,
    BeskedAfsender,
    DokumentKategori,
    SagStatus,
    UdbetalingStatus,
    Udfald,
    Ydelsestype,
)
from ..models import (
    Afgoerelse,
    AuditEntry,
    Besked,
    Borger,
    Dokument,
    Indberetning,
    Kommune,
    Kontaktvalg,
    Sag,
    Udbetaling,
)
from ..policies import dokumenter_synlige, kan_se_borger, kan_se_sag, kraev, sager_synlige
from ..sagsbehandlingsfrister import Frist, forventet_dato, frist_for, indberetning_frist

_kladde_kilder: list[Callable[..., list[dict]]] = []


def kladde_kilde_registrer(kilde: Callable[..., list[dict]]) -> None:
    """Register a function ``kilde(*, borger) -> list[dict]`` that lists a
    citizen's open drafts: dicts with ``ydelse``, ``opdateret``, ``slettes``
    (the deletion date) and ``url``. Registering the same function twice
    keeps one."""
    if kilde not in _kladde_kilder:
        _kladde_kilder.append(kilde)


@dataclass
class Opgave:
    """Something the citizen should do, with its deadline where there is one."""

    art: str  # "oplysninger", "indberetning" or "kladde"
    sag: Any = None
    frist: dt.date | None = None
    tekst: str = ""
    maaned: str = ""
    url: str = ""
    ydelse: str = ""

    @property
    def ydelse_navn(self) -> str:
        return str(Ydelsestype(self.ydelse).label) if self.ydelse in Ydelsestype.values else self.ydelse


@dataclass
class MinSideOversigt:
    sager: list = field(default_factory=list)
    opgaver: list[Opgave] = field(default_factory=list)
    breve: list = field(default_factory=list)
    udbetalinger: list = field(default_factory=list)
    kladder: list[dict] = field(default_factory=list)


def sagsbehandlingsfrist(sag) -> Frist | None:
    """The processing deadline that applies to an open case: its
    municipality's published one for the benefit, or the default
    (``backend_core.sagsbehandlingsfrister``; retssikkerhedsloven § 3, stk. 2)."""
    if not sag.er_aaben:
        return None
    if sag.kommune_id is None:
        return frist_for(frister=None, ydelse=sag.ydelse)
    return sag.kommune.sagsbehandlingsfrist(sag.ydelse)


def forventet_afgoerelse(sag) -> dt.date | None:
    """When an open case is expected to be decided: received date plus the
    processing deadline (``sagsbehandlingsfrist``)."""
    frist = sagsbehandlingsfrist(sag)
    if frist is None:
        return None
    return forventet_dato(modtaget=timezone.localdate(sag.oprettet), frist=frist)


def indberetningsmaaned(idag: dt.date, kommune=None) -> tuple[str, dt.date]:
    """The month to report income for today (last month) and the deadline:
    the municipality's day of this month (``Kommune.indberetning_frist_dag``),
    else the default (UNCONFIRMED: no statutory day; see
    ``backend_core.sagsbehandlingsfrister``)."""
    forrige = idag.replace(day=1) - dt.timedelta(days=1)
    frist = indberetning_frist(idag=idag, dag=getattr(kommune, "indberetning_frist_dag", None))
    return f"{forrige:%Y-%m}", frist


def medarbejder_navn(user) -> str:
    """A staff member's name as the citizen reads it: first and last name,
    never the login name (it tells the role, not the person); empty without."""
    if user is None:
        return ""
    return " ".join(d for d in ((user.first_name or "").strip(), (user.last_name or "").strip()) if d)


def kommune_kontakt(kommune) -> dict:
    """How to reach the municipality: name, phone, e-mail, opening hours."""
    indstillinger = (kommune.indstillinger or {}) if kommune is not None else {}
    return {
        "kommune": kommune.navn if kommune is not None else "",
        "telefon": indstillinger.get("telefon", ""),
        "email": indstillinger.get("email", ""),
        # The opening hours in the reader's language (the site settings keep both).
        "aabningstider": ((get_language() or "da").startswith("en") and indstillinger.get("aabningstider_en"))
        or indstillinger.get("aabningstider", ""),
    }


def sag_kontakt(sag) -> dict:
    """Who handles the case and how to reach them: the assigned caseworker's
    name (first and last), else the benefit's team at the municipality, with
    the municipality's phone, e-mail and opening hours. Works on what the
    case page already read (no query beyond the case's caseworker)."""
    return {
        **kommune_kontakt(sag.kommune if sag.kommune_id else None),
        "sagsbehandler": medarbejder_navn(sag.sagsbehandler) if sag.sagsbehandler_id else "",
    }


def har_bevilling(sag) -> bool:
    """Whether the case has a granted decision (in full or in part): only
    then is there a payment for the citizen to report income against. Uses
    the case's prefetched decisions (``sag_get``)."""
    return any(a.udfald in (Udfald.BEVILGET, Udfald.DELVIST_BEVILGET) for a in sag.afgoerelser.all())


def afgoerelse_maaned(afgoerelse) -> str:
    """The month ("YYYY-MM") a decision is about when its period is one
    calendar month (a difference on a month already paid, or a month's
    amount changed by an income report); empty otherwise."""
    fra, til = afgoerelse.virkning_fra, afgoerelse.virkning_til
    if fra is not None and til is not None and (fra.year, fra.month) == (til.year, til.month):
        return f"{fra:%Y-%m}"
    return ""


def afgoerelse_hvad(afgoerelse, *, foerste: bool) -> str:
    """What a decision was, as the citizen reads it: ``tilbagebetaling``
    (a repayment claim), ``efterbetaling`` (an extra payment), ``afslag``,
    ``stoppet``, ``aendret`` (a later decision on the benefit, e.g. a month's
    amount after an income report), ``delvis`` or ``bevilget``. ``foerste``:
    whether it is the case's first decision on the benefit itself."""
    if afgoerelse.art == AfgoerelseArt.TILBAGEBETALING:
        return "tilbagebetaling"
    if afgoerelse.art == AfgoerelseArt.EFTERBETALING:
        return "efterbetaling"
    if afgoerelse.udfald in (Udfald.AFSLAG, Udfald.STOPPET):
        return afgoerelse.udfald
    if not foerste:
        return "aendret"
    return "delvis" if afgoerelse.udfald == Udfald.DELVIST_BEVILGET else "bevilget"


@dataclass
class AfgoerelseVist:
    """One decision as the citizen's case page words it."""

    afgoerelse: Any
    hvad: str
    maaned: str = ""

    @property
    def beloeb(self):
        return self.afgoerelse.beloeb


@dataclass
class SagAfgoerelser:
    """The decision a case page shows as the grant (``gaeldende``) and the
    other decisions that still concern the citizen, newest first: repayment
    claims, extra payments and one month's changed amount (``andre``)."""

    gaeldende: Any = None
    andre: list[AfgoerelseVist] = field(default_factory=list)


def sag_afgoerelser_borger(sag, idag: dt.date | None = None) -> SagAfgoerelser:
    """The case's decisions for its page (on the prefetched ``sag.afgoerelser``,
    no query). The grant shown is the benefit's current decision: the latest
    decision of art ``ydelse`` still in effect on ``idag`` (open-ended or
    ending on or after it), else the latest of art ``ydelse``; never a
    repayment claim or an extra payment, whose amount is a difference, not
    the benefit."""
    idag = idag or timezone.localdate()
    alle = sorted(sag.afgoerelser.all(), key=lambda a: (a.afgjort_tid, a.pk), reverse=True)
    ydelse = [a for a in alle if a.art == AfgoerelseArt.YDELSE]
    i_kraft = [a for a in ydelse if a.virkning_til is None or a.virkning_til >= idag]
    gaeldende = (i_kraft or ydelse or [None])[0]
    foerste = ydelse[-1] if ydelse else None
    andre = [
        AfgoerelseVist(afgoerelse=a, hvad=afgoerelse_hvad(a, foerste=a is foerste), maaned=afgoerelse_maaned(a))
        for a in alle
        if a is not gaeldende and (a.art != AfgoerelseArt.YDELSE or afgoerelse_maaned(a))
    ]
    return SagAfgoerelser(gaeldende=gaeldende, andre=andre)


def _bevilget():
    return Exists(Afgoerelse.objects.filter(sag=OuterRef("pk"), udfald__in=[Udfald.BEVILGET, Udfald.DELVIST_BEVILGET]))


def _kraev_oversigt(aktoer: Aktoer, borger) -> None:
    """Only the citizen themself (or the system) reads their overview; a refusal is audited."""
    kraev(
        kan_se_borger(aktoer, borger) and aktoer.er_borger or aktoer.er_system,
        aktoer=aktoer,
        handling=audit.SAG_LISTED,
        objekt=borger,
        borger=borger,
    )


def min_side_oversigt(
    *, aktoer: Aktoer, borger, idag: dt.date | None = None, breve_max: int = 50, udbetalinger_max: int = 12
) -> MinSideOversigt:
    """Everything the Min Side overview shows, audited as one read."""
    _kraev_oversigt(aktoer, borger)
    idag = idag or timezone.localdate()
    sager = list(
        sager_synlige(aktoer)
        .filter(borger=borger)
        .select_related("kommune", "sagsbehandler")
        .annotate(
            ulaeste=Count(
                "beskeder",
                filter=Q(beskeder__laest__isnull=True) & ~Q(beskeder__afsender=BeskedAfsender.BORGER),
            ),
            bevilget=_bevilget(),
        )
        .order_by("-oprettet", "-id")
    )
    per_id = {sag.pk: sag for sag in sager}
    breve = list(
        dokumenter_synlige(aktoer)
        .filter(borger=borger, kategori=DokumentKategori.BREV)
        .order_by("-oprettet", "-id")[:breve_max]
    )
    breve_pr_sag: dict[int, list] = defaultdict(list)
    for brev in breve:
        if brev.sag_id in per_id:
            brev.sag = per_id[brev.sag_id]
            breve_pr_sag[brev.sag_id].append(brev)
    udbetalinger = list(
        Udbetaling.objects.filter(borger=borger, sag__in=[s.pk for s in sager])
        .exclude(status=UdbetalingStatus.ANNULLERET)
        .order_by("-maaned", "-id")[:udbetalinger_max]
    )
    for u in udbetalinger:
        u.sag = per_id[u.sag_id]
    for sag in sager:
        sag.breve = breve_pr_sag.get(sag.pk, [])
        sag.sagsbehandlingsfrist = sagsbehandlingsfrist(sag)
        sag.forventet_afgoerelse = forventet_afgoerelse(sag)

    opgaver: list[Opgave] = []
    venter = [s for s in sager if s.status == SagStatus.AFVENTER_BORGER]
    if venter:
        anmodninger = _anmodninger(venter)
        for sag in venter:
            opgaver.append(
                Opgave(
                    art="oplysninger",
                    sag=sag,
                    frist=sag.borger_frist,
                    tekst=anmodninger.get(sag.pk, ""),
                    ydelse=sag.ydelse,
                )
            )
    aktive = [s for s in sager if s.ydelse == Ydelsestype.KONTANTHJAELP and s.bevilget and s.status != SagStatus.LUKKET]
    if aktive:
        maaned, _frist = indberetningsmaaned(idag)
        indberettet = set(
            Indberetning.objects.filter(sag__in=[s.pk for s in aktive], maaned=maaned).values_list("sag_id", flat=True)
        )
        for sag in aktive:
            maaned, frist = indberetningsmaaned(idag, sag.kommune)
            if sag.pk not in indberettet and idag <= frist:
                opgaver.append(Opgave(art="indberetning", sag=sag, frist=frist, maaned=maaned, ydelse=sag.ydelse))
    kladder = []
    for kilde in _kladde_kilder:
        kladder.extend(kilde(borger=borger))
    for kladde in kladder:
        opgaver.append(
            Opgave(
                art="kladde", frist=kladde.get("slettes"), url=kladde.get("url", ""), ydelse=kladde.get("ydelse", "")
            )
        )
    opgaver.sort(key=lambda o: (o.frist is None, o.frist or dt.date.max))
    if not aktoer.er_system:
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.SAG_LISTED,
            borger=borger,
            detaljer={"visning": "min_side", "sager": len(sager)},
        )
    return MinSideOversigt(sager=sager, opgaver=opgaver, breve=breve, udbetalinger=udbetalinger, kladder=kladder)


CACHE_SEKUNDER = 600
"""How long a shown overview is kept at most. The key already changes with
every row; the limit frees memory and bounds a deploy's old markup."""


def _fingeraftryk(borger) -> tuple[str, int] | None:
    """A digest of every row the overview reads for ``borger`` (whole rows,
    so any column counts: the case's status, a message read, a payment
    paid, a letter added, an income report sent), with the number of cases.
    One query, on PostgreSQL only (``None`` elsewhere: no caching). A new
    kind of data on the overview must be added here."""
    if connection.vendor != "postgresql":
        return None
    sag = Sag._meta.db_table

    def rows(model, where: str) -> str:
        table = model._meta.db_table
        return f"(SELECT string_agg(md5(x::text), '' ORDER BY x.id) FROM {table} x WHERE {where})"  # noqa: S608

    paa_sag = f"x.sag_id IN (SELECT id FROM {sag} WHERE borger_id = %(b)s)"  # noqa: S608
    # The municipalities the cases and the citizen belong to: their processing
    # deadlines and income-report day decide the tasks and expected dates.
    kommuner = (
        f"x.id IN (SELECT kommune_id FROM {sag} WHERE borger_id = %(b)s "  # noqa: S608
        f"UNION SELECT kommune_id FROM {Borger._meta.db_table} WHERE id = %(b)s)"
    )
    dele = [
        rows(Kommune, kommuner),
        rows(Sag, "x.borger_id = %(b)s"),
        rows(Besked, paa_sag),
        rows(Afgoerelse, paa_sag),
        rows(Indberetning, paa_sag),
        rows(Dokument, "x.borger_id = %(b)s"),
        rows(Udbetaling, "x.borger_id = %(b)s"),
    ]
    sql = (
        f"SELECT (SELECT count(*) FROM {sag} WHERE borger_id = %(b)s), "  # noqa: S608
        f"md5(concat_ws('/', {', '.join(f'coalesce({d}, {chr(39)}-{chr(39)})' for d in dele)}))"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, {"b": borger.pk})
        antal, digest = cursor.fetchone()
    return digest, antal


def min_side_oversigt_vist(
    *, aktoer: Aktoer, borger, vis: Callable[[MinSideOversigt], str], variant: str | None, idag: dt.date | None = None
) -> str:
    """The overview as ``vis`` shows it (a function of the overview, e.g. a
    rendered template), cached per citizen while nothing it reads changes.
    ``variant`` names everything else the output depends on (language,
    markup version); ``None`` does not cache. Audited as one read, hit or
    not."""
    _kraev_oversigt(aktoer, borger)
    idag = idag or timezone.localdate()
    aftryk = _fingeraftryk(borger) if variant is not None else None
    if aftryk is None:
        return vis(min_side_oversigt(aktoer=aktoer, borger=borger, idag=idag))
    # Drafts live in another package; their source is asked each time (one
    # query) and what it returns is part of the key.
    kladder = [sorted(k.items()) for kilde in _kladde_kilder for k in kilde(borger=borger)]
    ekstra = hashlib.sha256(repr((variant, idag, kladder)).encode()).hexdigest()[:32]
    noegle = f"min_side:oversigt:{borger.pk}:{aftryk[0]}:{ekstra}"
    html = cache.get(noegle)
    if html is None:
        html = vis(min_side_oversigt(aktoer=aktoer, borger=borger, idag=idag))
        cache.set(noegle, html, timeout=CACHE_SEKUNDER)
    elif not aktoer.er_system:
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.SAG_LISTED,
            borger=borger,
            detaljer={"visning": "min_side", "sager": aftryk[1]},
        )
    return html


def _anmodninger(sager: list) -> dict[int, str]:
    """What the caseworker asked each waiting case for: the newest message
    from staff since the case started waiting, else the reason given when it
    was moved to "waiting for you" (one query each, for all cases)."""
    svar: dict[int, str] = {}
    beskeder = (
        Besked.objects.filter(sag__in=[s.pk for s in sager], afsender=BeskedAfsender.MEDARBEJDER)
        .order_by("-sendt", "-id")
        .values_list("sag_id", "tekst", "sendt")
    )
    status_aendret = {s.pk: s.status_aendret for s in sager}
    for sag_id, tekst, sendt in beskeder:
        if sag_id not in svar and (
            status_aendret[sag_id] is None or sendt >= status_aendret[sag_id] - dt.timedelta(minutes=5)
        ):
            svar[sag_id] = tekst
    mangler = {str(s.uuid): s.pk for s in sager if s.pk not in svar}
    if mangler:
        for entry in AuditEntry.objects.filter(handling=audit.SAG_TRANSITIONED, objekt_uuid__in=list(mangler)).order_by(
            "-tidspunkt", "-id"
        ):
            pk = mangler.get(str(entry.objekt_uuid))
            if pk is not None and pk not in svar and entry.detaljer.get("til") == SagStatus.AFVENTER_BORGER:
                svar[pk] = entry.detaljer.get("begrundelse", "")
    return svar


@dataclass
class Trin:
    """One step of a case's history."""

    art: str  # modtaget, under_behandling, afventer_borger, svar, afgjort, lukket, brev
    tid: dt.datetime | None
    tekst: str = ""
    frist: dt.date | None = None
    dokument: Any = None
    udfald: str = ""
    hvad: str = ""  # a decision: what it was (``afgoerelse_hvad``)
    beloeb: Any = None  # a decision's amount
    maaned: str = ""  # a decision's month ("YYYY-MM"), when it is about one month


def sag_tidslinje_borger(*, aktoer: Aktoer, sag) -> list[Trin]:
    """The case's history, oldest first: received, each status change (with
    what was asked for), the letters, and each decision with what it was
    (granted, changed, a repayment claim ...: ``Trin.hvad``)."""
    kraev(kan_se_sag(aktoer, sag), aktoer=aktoer, handling=audit.SAG_VIEWED, objekt=sag, borger=sag.borger)
    trin = [Trin(art="modtaget", tid=sag.oprettet)]
    for entry in AuditEntry.objects.filter(handling=audit.SAG_TRANSITIONED, objekt_uuid=sag.uuid).order_by(
        "tidspunkt", "id"
    ):
        fra, til = entry.detaljer.get("fra"), entry.detaljer.get("til")
        if til == SagStatus.UNDER_BEHANDLING and fra == SagStatus.AFVENTER_BORGER:
            trin.append(Trin(art="svar", tid=entry.tidspunkt))
        elif til in (SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER, SagStatus.LUKKET):
            tekst = entry.detaljer.get("begrundelse", "") if til == SagStatus.AFVENTER_BORGER else ""
            trin.append(Trin(art=til, tid=entry.tidspunkt, tekst=tekst))
    foerste = True
    for afgoerelse in Afgoerelse.objects.filter(sag=sag).order_by("afgjort_tid", "id"):
        hvad = afgoerelse_hvad(afgoerelse, foerste=foerste)
        foerste = foerste and afgoerelse.art != AfgoerelseArt.YDELSE
        trin.append(
            Trin(
                art="afgjort",
                tid=afgoerelse.afgjort_tid,
                udfald=afgoerelse.udfald,
                hvad=hvad,
                beloeb=afgoerelse.beloeb,
                maaned=afgoerelse_maaned(afgoerelse),
            )
        )
    if sag.status == SagStatus.AFVENTER_BORGER:
        for t in reversed(trin):
            if t.art == SagStatus.AFVENTER_BORGER:
                t.frist = sag.borger_frist
                break
    trin.sort(key=lambda t: t.tid or timezone.now())
    return trin


def kontaktvalg_get(*, aktoer: Aktoer, borger):
    """The citizen's notice channels (an unsaved empty choice if none)."""
    kraev(kan_se_borger(aktoer, borger), aktoer=aktoer, handling=audit.KONTAKTVALG_VIEWED, objekt=borger, borger=borger)
    return Kontaktvalg.objects.filter(borger=borger).first() or Kontaktvalg(borger=borger)


def anmodning_for(*, sag, beskeder: list, tidslinje: list[Trin]) -> dict:
    """What the caseworker asked a waiting case for and by when: the newest
    staff message since it started waiting, else the reason given for the
    move. Works on what the case page already read (no query)."""
    if sag.status != SagStatus.AFVENTER_BORGER:
        return {}
    siden = sag.status_aendret - dt.timedelta(minutes=5) if sag.status_aendret else None
    tekst = next(
        (
            b.tekst
            for b in reversed(beskeder)
            if b.afsender == BeskedAfsender.MEDARBEJDER and (siden is None or b.sendt >= siden)
        ),
        "",
    )
    if not tekst:
        tekst = next((t.tekst for t in reversed(tidslinje) if t.art == SagStatus.AFVENTER_BORGER), "")
    return {"tekst": tekst, "frist": sag.borger_frist}
