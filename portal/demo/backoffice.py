"""Back-office demo data: a few hundred cases per municipality in varied
states, received over the last 16 weeks, some assigned to the demo
caseworker and team lead, some with new activity from the citizen, some
waiting past their deadline, and decided ones (instantly or by a
caseworker) so the queue and the management figures have something to
show. Idempotent (marked by the citizens' CPR range) and bulk-inserted."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from backend_core.constants import BorgerAktivitet, SagStatus, Udfald, Ydelsestype
from backend_core.models import Afgoerelse, Borger, Kommune, Medarbejder, Sag
from backend_core.services import sag_bulk_create

SAGER_PR_KOMMUNE = 300
FORNAVNE = ("Anna", "Mikkel", "Sofie", "Mads", "Ida", "Oliver", "Freja", "Lucas", "Laura", "Emil", "Clara", "Noah")
EFTERNAVNE = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen")
STATUS = (
    (SagStatus.MODTAGET, 18),
    (SagStatus.UNDER_BEHANDLING, 22),
    (SagStatus.AFVENTER_BORGER, 10),
    (SagStatus.AFGJORT, 40),
    (SagStatus.LUKKET, 10),
)
YDELSER = (
    (Ydelsestype.KONTANTHJAELP, 45),
    (Ydelsestype.HELBREDSTILLAEG, 20),
    (Ydelsestype.TANDPLEJE, 25),
    (Ydelsestype.PERSONLIG_TILLAEGSPROCENT, 10),
)


def _cpr(kommune_index: int, i: int) -> str:
    """Fictitious CPR-shaped numbers, serial 8000-8999, apart from the other demo people."""
    d = dt.date(1950, 1, 1) + dt.timedelta(days=(kommune_index * 1000 + i) * 7 % 18000)
    return f"{d:%d%m%y}{8000 + kommune_index * 300 + i % 300:04d}"


def seed_backoffice_demo(*, antal: int = SAGER_PR_KOMMUNE, seed: int = 2026) -> int:
    """Create the cases for each municipality that has none yet; returns how many were made."""
    rng = random.Random(seed)
    nu = timezone.now()
    oprettet_i_alt = 0
    statusser, sv = zip(*STATUS, strict=True)
    ydelser, yv = zip(*YDELSER, strict=True)
    for ki, kommune in enumerate(Kommune.objects.order_by("kode")[:3]):
        if Borger.objects.filter(kommune=kommune, cpr__regex=r"^\d{6}8\d{3}$").exists():
            continue
        behandlere = [
            m.user
            for m in Medarbejder.objects.filter(
                kommune=kommune, rolle__in=["sagsbehandler", "koordinator"]
            ).select_related("user")
        ]
        with transaction.atomic():
            borgere = [
                Borger(
                    cpr=_cpr(ki, i),
                    fornavn=rng.choice(FORNAVNE),
                    efternavn=rng.choice(EFTERNAVNE),
                    adresse=f"Demogade {i + 1}",
                    postnummer="1000",
                    by="Demoby",
                    kommune=kommune,
                    cpr_opdateret=nu,
                )
                for i in range(antal)
            ]
            Borger.objects.bulk_create(borgere, batch_size=1000)
            borgere = list(Borger.objects.filter(cpr__in=[b.cpr for b in borgere]).only("id"))
            sager, tider = [], {}
            for b in borgere:
                status = rng.choices(statusser, sv)[0]
                oprettet = nu - dt.timedelta(days=rng.uniform(0, 112))
                u = uuid.uuid4()
                afgjort = None
                if status in (SagStatus.AFGJORT, SagStatus.LUKKET):
                    afgjort = min(oprettet + dt.timedelta(days=rng.choice([0, 0, 1, 3, 6, 10, 15, 25, 40])), nu)
                sag = Sag(
                    uuid=u,
                    reference=f"YP-{u.hex[:10].upper()}",
                    borger_id=b.pk,
                    kommune=kommune,
                    ydelse=rng.choices(ydelser, yv)[0],
                    status=status,
                    sagsbehandler=(
                        rng.choice(behandlere)
                        if behandlere and status != SagStatus.MODTAGET and rng.random() < 0.85
                        else None
                    ),
                    afgjort_tid=afgjort,
                    lukket_tid=afgjort if status == SagStatus.LUKKET else None,
                )
                if status == SagStatus.AFVENTER_BORGER:
                    sag.borger_frist = (nu + dt.timedelta(days=rng.randint(-10, 14))).date()
                if status in (SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER) and rng.random() < 0.3:
                    sag.ny_aktivitet = rng.choice(BorgerAktivitet.values)
                    sag.ny_aktivitet_tid = nu - dt.timedelta(hours=rng.randint(1, 72))
                sager.append(sag)
                tider[u] = oprettet
            sag_bulk_create(sager=sager, batch_size=1000)
            gemte = list(Sag.objects.filter(uuid__in=list(tider)))
            for s in gemte:
                s.oprettet = tider[s.uuid]
            Sag.objects.bulk_update(gemte, ["oprettet"], batch_size=1000)
            afgoerelser = []
            for s in gemte:
                if s.afgjort_tid is None:
                    continue
                straks = s.ydelse == Ydelsestype.TANDPLEJE and rng.random() < 0.6
                udfald = rng.choices([Udfald.BEVILGET, Udfald.DELVIST_BEVILGET, Udfald.AFSLAG], [70, 15, 15])[0]
                afgoerelser.append(
                    Afgoerelse(
                        sag=s,
                        udfald=udfald,
                        beloeb=None if udfald == Udfald.AFSLAG else Decimal(rng.randrange(50000, 1500000)) / 100,
                        begrundelse="Demo-afgørelse.",
                        afgjort_af=None if straks else s.sagsbehandler,
                        afgjort_af_straks=straks,
                    )
                )
            Afgoerelse.objects.bulk_create(afgoerelser, batch_size=1000)
            oprettet_i_alt += len(gemte)
    return oprettet_i_alt
