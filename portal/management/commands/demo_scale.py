"""Demo data at scale, for benchmarks: N citizens with one or two cases each,
spread over municipalities, benefits and states, inserted in batches.
Cases are received over the last year; decided ones carry a decision time,
most are assigned to a caseworker of the municipality, some have new
activity from the citizen or a deadline, so the back office's queue and
management figures run on realistic data."""

from __future__ import annotations

import random
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from backend_core.constants import BorgerAktivitet, SagStatus, UdbetalingStatus, Udfald, Ydelsestype
from backend_core.models import Afgoerelse, Borger, Kommune, Medarbejder, Sag, Udbetaling
from backend_core.services import sag_bulk_create
from portal.demo import KOMMUNER

STATUSFORDELING = (
    (SagStatus.MODTAGET, 15),
    (SagStatus.UNDER_BEHANDLING, 20),
    (SagStatus.AFVENTER_BORGER, 5),
    (SagStatus.AFGJORT, 45),
    (SagStatus.LUKKET, 15),
)
YDELSEFORDELING = (
    (Ydelsestype.KONTANTHJAELP, 50),
    (Ydelsestype.HELBREDSTILLAEG, 20),
    (Ydelsestype.TANDPLEJE, 20),
    (Ydelsestype.PERSONLIG_TILLAEGSPROCENT, 10),
)
_DATOER = [date(1937, 1, 1) + timedelta(days=d) for d in range((date(1999, 12, 31) - date(1937, 1, 1)).days)]
_DATOER = [d for d in _DATOER if d.day <= 28]


def demo_cpr(i: int) -> str:
    """A fictitious, unique CPR-shaped number for index ``i`` (20th century,
    serial numbers 3000–3999 so they never meet the named demo people)."""
    d = _DATOER[i % len(_DATOER)]
    loebenr = 3000 + i // len(_DATOER)
    if loebenr > 3999:
        raise ValueError("demo_scale supports up to about 21 million citizens")
    return f"{d:%d%m%y}{loebenr:04d}"


class Command(BaseCommand):
    help = "Create N demo citizens with cases (bulk, batched)."

    def add_arguments(self, parser):
        parser.add_argument("--borgere", type=int, required=True)
        parser.add_argument("--batch", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, borgere: int, batch: int, seed: int, **options):
        rng = random.Random(seed)
        kommuner = list(Kommune.objects.all())
        if not kommuner:
            kommuner = [Kommune.objects.create(kode=k, navn=n, slug=s) for k, n, s in KOMMUNER]
        start = Borger.objects.filter(cpr__regex=r"^\d{6}3\d{3}$").count()
        statusser, svaegt = zip(*STATUSFORDELING, strict=True)
        ydelser, yvaegt = zip(*YDELSEFORDELING, strict=True)
        t0 = time.monotonic()
        sager_i_alt = 0
        nu = timezone.now()
        behandlere: dict[int, list[int]] = {}
        for m in Medarbejder.objects.filter(rolle__in=["sagsbehandler", "koordinator"]):
            behandlere.setdefault(m.kommune_id, []).append(m.user_id)
        for offset in range(0, borgere, batch):
            n = min(batch, borgere - offset)
            with transaction.atomic():
                nye = [
                    Borger(
                        cpr=demo_cpr(start + offset + j),
                        fornavn="Demo",
                        efternavn=f"Borger {start + offset + j}",
                        adresse="Demovej 1",
                        postnummer="1000",
                        by="Demoby",
                        kommune=rng.choice(kommuner),
                        foedselsdato=None,
                    )
                    for j in range(n)
                ]
                Borger.objects.bulk_create(nye, batch_size=batch)
                nye = list(Borger.objects.filter(cpr__in=[b.cpr for b in nye]).only("id", "kommune_id"))
                sager = []
                tider = {}
                for b in nye:
                    for _ in range(1 if rng.random() < 0.7 else 2):
                        u = uuid.uuid4()
                        status = rng.choices(statusser, svaegt)[0]
                        oprettet = nu - timedelta(days=rng.uniform(0, 365))
                        afgjort = None
                        if status in (SagStatus.AFGJORT, SagStatus.LUKKET):
                            afgjort = min(oprettet + timedelta(days=rng.choice([0, 1, 3, 7, 14, 30])), nu)
                        kolleger = behandlere.get(b.kommune_id) or [None]
                        sag = Sag(
                            uuid=u,
                            reference=f"YP-{u.hex[:10].upper()}",
                            borger_id=b.pk,
                            kommune_id=b.kommune_id,
                            ydelse=rng.choices(ydelser, yvaegt)[0],
                            status=status,
                            afgjort_tid=afgjort,
                            sagsbehandler_id=rng.choice(kolleger) if status != SagStatus.MODTAGET else None,
                        )
                        if status == SagStatus.AFVENTER_BORGER:
                            sag.borger_frist = (nu + timedelta(days=rng.randint(-10, 14))).date()
                        if sag.er_aaben and rng.random() < 0.1:
                            sag.ny_aktivitet = rng.choice(BorgerAktivitet.values)
                            sag.ny_aktivitet_tid = nu
                        sager.append(sag)
                        tider[u] = oprettet
                sag_bulk_create(sager=sager, batch_size=batch)
                gemte = list(Sag.objects.filter(uuid__in=list(tider)).only("id", "uuid"))
                for s in gemte:
                    s.oprettet = tider[s.uuid]
                Sag.objects.bulk_update(gemte, ["oprettet"], batch_size=batch)
                Afgoerelse.objects.bulk_create(
                    [
                        Afgoerelse(
                            sag_id=s.pk,
                            udfald=Udfald.BEVILGET,
                            beloeb=Decimal("1000.00"),
                            begrundelse="Demo.",
                            afgjort_af_straks=rng.random() < 0.3,
                        )
                        for s in Sag.objects.filter(uuid__in=list(tider), afgjort_tid__isnull=False).only("id")
                    ],
                    batch_size=batch,
                )
                linjer = [
                    Udbetaling(
                        sag_id=s.pk,
                        borger_id=s.borger_id,
                        maaned="2026-11",
                        beloeb=Decimal(rng.randrange(300000, 1500000)) / 100,
                        status=UdbetalingStatus.BESTILT,
                    )
                    for s in Sag.objects.filter(
                        uuid__in=[s.uuid for s in sager],
                        status=SagStatus.AFGJORT,
                        ydelse=Ydelsestype.KONTANTHJAELP,
                    ).only("id", "borger_id")
                ]
                Udbetaling.objects.bulk_create(linjer, batch_size=batch)
                sager_i_alt += len(sager)
            self.stdout.write(f"{offset + n} borgere, {sager_i_alt} sager ({time.monotonic() - t0:.1f} s)")
        self.stdout.write(
            self.style.SUCCESS(f"Created {borgere} citizens and {sager_i_alt} cases in {time.monotonic() - t0:.1f} s.")
        )
