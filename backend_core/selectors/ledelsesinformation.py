"""Management information for a team lead: aggregates over the cases of
their municipality, computed in the database.

Each figure is one grouped query that the indexes on ``Sag`` serve
(``kommune, oprettet``; ``kommune, afgjort_tid``; ``kommune, status,
oprettet``; ``kommune, sagsbehandler, status``). Percentiles of the
processing time use PostgreSQL's ``percentile_cont``; on SQLite (the
embedded default) they are computed from the durations in Python.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Aggregate,
    Case,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    FloatField,
    Max,
    Q,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import TruncWeek
from django.utils import timezone

from .. import audit
from ..aktoer import Aktoer
from ..constants import BorgerAktivitet, SagStatus, Ydelsestype
from ..models import Sag
from ..policies import kan_se_ledelsesinformation, kraev

ALDERSGRUPPER = (("0-7", 0, 7), ("8-30", 8, 30), ("31-90", 31, 90), ("90+", 91, None))


@dataclass(frozen=True)
class Periode:
    fra: dt.date
    til: dt.date

    @classmethod
    def standard(cls, idag: dt.date | None = None) -> Periode:
        """The last 12 whole weeks up to today."""
        idag = idag or timezone.localdate()
        return cls(fra=idag - dt.timedelta(weeks=12), til=idag)

    def graenser(self) -> tuple[dt.datetime, dt.datetime]:
        tz = timezone.get_current_timezone()
        start = dt.datetime.combine(self.fra, dt.time.min, tzinfo=tz)
        slut = dt.datetime.combine(self.til + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
        return start, slut


class _Percentil(Aggregate):
    """``percentile_cont(p) WITHIN GROUP (ORDER BY expr)`` (PostgreSQL)."""

    function = "percentile_cont"
    template = "%(function)s(%(p)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, p: float, **extra):
        super().__init__(expression, p=p, **extra)


def _percentil(vaerdier: list[float], p: float) -> float | None:
    """Linear interpolation between closest ranks, as ``percentile_cont``."""
    if not vaerdier:
        return None
    vaerdier = sorted(vaerdier)
    k = (len(vaerdier) - 1) * p
    f, c = math.floor(k), math.ceil(k)
    if f == c:
        return vaerdier[f]
    return vaerdier[f] + (vaerdier[c] - vaerdier[f]) * (k - f)


def ledelsesinformation(*, aktoer: Aktoer, periode: Periode | None = None, ydelse: str = "") -> dict:
    """The figures for the actor's municipality in ``periode`` (received or
    decided in it), optionally for one benefit:

    - ``modtaget``: applications received per week and benefit;
    - ``behandlingstid``: days from received to decided, median and 90th
      percentile, per benefit and in total;
    - ``straks``: the share of the decisions made instantly;
    - ``efterslaeb``: open cases now, by status and age group;
    - ``pr_sagsbehandler``: open cases per caseworker, and decided in the period;
    - ``indberetninger``: income reports and changes the caseworker has not seen.
    """
    kraev(kan_se_ledelsesinformation(aktoer), aktoer=aktoer, handling=audit.LEDELSESINFORMATION_VIEWED)
    periode = periode or Periode.standard()
    audit.audit_log(
        aktoer=aktoer,
        handling=audit.LEDELSESINFORMATION_VIEWED,
        detaljer={"fra": periode.fra.isoformat(), "til": periode.til.isoformat(), "ydelse": ydelse},
    )
    # The figures are kept until any case of the municipality changes: the
    # version is the latest change (one index lookup), so a cached answer is
    # never stale, and team leads looking at the same figures share them.
    version = Sag.objects.filter(kommune_id=aktoer.kommune_id).aggregate(v=Max("opdateret"))["v"]
    noegle = (
        "ledelsesinformation:"
        + hashlib.sha256(
            ":".join(
                str(x) for x in (aktoer.kommune_id, periode.fra, periode.til, ydelse, version, timezone.localdate())
            ).encode()
        ).hexdigest()
    )
    data = cache.get(noegle)
    if data is None:
        data = _beregn(kommune_id=aktoer.kommune_id, periode=periode, ydelse=ydelse)
        cache.set(noegle, data, timeout=CACHE_SEKUNDER)
    return data


CACHE_SEKUNDER = 600


def _beregn(*, kommune_id: int, periode: Periode, ydelse: str) -> dict:
    start, slut = periode.graenser()
    base = Sag.objects.filter(kommune_id=kommune_id)
    if ydelse:
        base = base.filter(ydelse=ydelse)

    modtaget_rows = (
        base.filter(oprettet__gte=start, oprettet__lt=slut)
        .annotate(uge=TruncWeek("oprettet"))
        .values("uge", "ydelse")
        .annotate(antal=Count("id"))
        .order_by("uge", "ydelse")
    )
    uger: dict[dt.date, dict[str, int]] = {}
    for r in modtaget_rows:
        uge = r["uge"].date() if isinstance(r["uge"], dt.datetime) else r["uge"]
        uger.setdefault(uge, {})[r["ydelse"]] = r["antal"]
    # Every week of the period, also the empty ones, so the chart's axis is true.
    uge = periode.fra - dt.timedelta(days=periode.fra.weekday())
    while uge <= periode.til:
        uger.setdefault(uge, {})
        uge += dt.timedelta(weeks=1)
    modtaget = [{"uge": u, "antal": uger[u]} for u in sorted(uger)]

    afgjorte = base.filter(afgjort_tid__gte=start, afgjort_tid__lt=slut)
    varighed = ExpressionWrapper(F("afgjort_tid") - F("oprettet"), output_field=DurationField())
    behandlingstid: dict[str, dict] = {}
    if connection.vendor == "postgresql":
        dage = RawSQL(
            'EXTRACT(EPOCH FROM ("backend_core_sag"."afgjort_tid" - "backend_core_sag"."oprettet")) / 86400.0',
            [],
        )
        for r in (
            afgjorte.values("ydelse")
            .annotate(antal=Count("id"), median=_Percentil(dage, 0.5), p90=_Percentil(dage, 0.9))
            .order_by("ydelse")
        ):
            behandlingstid[r["ydelse"]] = {"antal": r["antal"], "median": r["median"], "p90": r["p90"]}
        total = afgjorte.aggregate(antal=Count("id"), median=_Percentil(dage, 0.5), p90=_Percentil(dage, 0.9))
        behandlingstid[""] = total
    else:
        per_ydelse: dict[str, list[float]] = {}
        for y, d in afgjorte.annotate(varighed=varighed).values_list("ydelse", "varighed"):
            per_ydelse.setdefault(y, []).append(d.total_seconds() / 86400)
        alle = [d for v in per_ydelse.values() for d in v]
        for y in sorted(per_ydelse):
            v = per_ydelse[y]
            behandlingstid[y] = {"antal": len(v), "median": _percentil(v, 0.5), "p90": _percentil(v, 0.9)}
        behandlingstid[""] = {"antal": len(alle), "median": _percentil(alle, 0.5), "p90": _percentil(alle, 0.9)}

    straks_tal = afgjorte.aggregate(
        afgjort=Count("id", distinct=True),
        straks=Count("id", filter=Q(afgoerelser__afgjort_af_straks=True), distinct=True),
    )
    straks = {
        "afgjort": straks_tal["afgjort"],
        "straks": straks_tal["straks"],
        "andel": (straks_tal["straks"] / straks_tal["afgjort"]) if straks_tal["afgjort"] else None,
    }

    nu = timezone.now()
    gruppe = Case(
        *[
            When(oprettet__gt=nu - dt.timedelta(days=til + 1), then=Value(navn))
            for navn, _fra, til in ALDERSGRUPPER
            if til is not None
        ],
        default=Value(ALDERSGRUPPER[-1][0]),
    )
    aabne = base.filter(status__in=[SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER])
    efterslaeb: dict[str, dict[str, int]] = {
        s: {} for s in (SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER)
    }
    for r in aabne.annotate(gruppe=gruppe).values("status", "gruppe").annotate(antal=Count("id")):
        efterslaeb.setdefault(r["status"], {})[r["gruppe"]] = r["antal"]

    pr_behandler: dict[int | None, dict] = {}
    for r in aabne.values("sagsbehandler_id").annotate(antal=Count("id")).order_by():
        pr_behandler[r["sagsbehandler_id"]] = {"navn": "", "aabne": r["antal"], "afgjort": 0}
    for r in afgjorte.values("sagsbehandler_id").annotate(antal=Count("id")).order_by():
        pr_behandler.setdefault(r["sagsbehandler_id"], {"navn": "", "aabne": 0, "afgjort": 0})["afgjort"] = r["antal"]

    for user in get_user_model().objects.filter(pk__in=[k for k in pr_behandler if k is not None]):
        pr_behandler[user.pk]["navn"] = (user.get_full_name() or user.get_username()).strip()
    pr_sagsbehandler = sorted(
        ({"sagsbehandler_id": k, **v} for k, v in pr_behandler.items()),
        key=lambda r: (r["sagsbehandler_id"] is None, r["navn"]),
    )

    indberetninger = {a: 0 for a in (BorgerAktivitet.INDTAEGT, BorgerAktivitet.AENDRING)}
    for r in base.filter(ny_aktivitet__in=list(indberetninger)).values("ny_aktivitet").annotate(antal=Count("id")):
        indberetninger[r["ny_aktivitet"]] = r["antal"]

    return {
        "periode": periode,
        "ydelse": ydelse,
        "ydelser": [y for y in Ydelsestype.values if not ydelse or y == ydelse],
        "modtaget": modtaget,
        "behandlingstid": behandlingstid,
        "straks": straks,
        "efterslaeb": efterslaeb,
        "aldersgrupper": [g[0] for g in ALDERSGRUPPER],
        "pr_sagsbehandler": pr_sagsbehandler,
        "indberetninger": indberetninger,
    }
