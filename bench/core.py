"""Benchmark of backend_core's submit path (issue 4).

Measures, on the database in ``DATABASE_URL`` (PostgreSQL for the published
figures):

- submissions per second through ``ansoegning_submit`` — validation, the
  ``beregning`` calculation, the case, application, calculation, audit and
  outbox rows, the letter order; with and without an instant decision
  (which adds the decision, the transition, the payment line and their
  audit and outbox rows). Celery is not eager here: tasks go to an
  in-memory broker, as they would go to Redis, so rendering is not counted;
- database queries for one submission, for a citizen with 0 and with 50
  earlier cases (the count must not grow with history);
- optionally (``--scale N``) how long ``demo_scale`` takes for N citizens.

Run::

    createdb -U postgres bench_core
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_core \\
        .venv/bin/python bench/core.py [--n 500] [--scale 70000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_core")
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "false")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500, help="submissions per variant")
    parser.add_argument("--scale", type=int, default=0, help="also time demo_scale for N")
    args = parser.parse_args()

    import django

    django.setup()
    from unittest import mock

    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    import beregning
    from backend_core.aktoer import Aktoer
    from backend_core.constants import AktoerType
    from backend_core.models import Borger, Kommune
    from backend_core.services import ansoegning_submit, sag_bulk_create
    from backend_core.tests.factories import kontanthjaelp_input
    from portal.celery import app

    app.conf.task_always_eager = False
    app.conf.broker_url = "memory://"
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")

    kommune, _ = Kommune.objects.get_or_create(kode="0999", defaults={"navn": "Benchkommune", "slug": "bench"})
    from django.utils import timezone

    def ny_borger() -> Borger:
        return Borger.objects.create(
            cpr=f"{uuid.uuid4().int % 10**10:010d}",
            fornavn="Bench",
            efternavn="Borger",
            kommune=kommune,
            cpr_opdateret=timezone.now(),
        )

    def data() -> dict:
        return kontanthjaelp_input()  # the same input the service tests use

    def submit(borger: Borger) -> None:
        ansoegning_submit(
            aktoer=Aktoer(type=AktoerType.BORGER, borger=borger),
            borger=borger,
            ydelse="kontanthjaelp",
            svar={"bor_alene": True},
            beregning_input=data(),
            form_version="bench-1",
            idempotency_key=uuid.uuid4().hex,
        )

    original = beregning.beregn

    def straks(d):
        r = original(d)
        return {**r, "straks_afgoerelse": {"tilladt": True, "begrundelse": "bench"}}

    resultater = {}
    for navn, patch in (("til sagsbehandler", None), ("straks-afgørelse", straks)):
        borgere = [ny_borger() for _ in range(args.n)]
        with mock.patch.object(beregning, "beregn", patch or original):
            submit(ny_borger())  # warm-up
            t0 = time.perf_counter()
            for b in borgere:
                submit(b)
            dt = time.perf_counter() - t0
            ny = ny_borger()
            erfaren = ny_borger()
            from backend_core.models import Sag

            sag_bulk_create(
                sager=[
                    Sag(
                        reference=f"YP-{uuid.uuid4().hex[:10].upper()}",
                        borger=erfaren,
                        kommune=kommune,
                        ydelse="kontanthjaelp",
                        status="lukket",
                    )
                    for _ in range(50)
                ]
            )
            with CaptureQueriesContext(connection) as q0:
                submit(ny)
            with CaptureQueriesContext(connection) as q50:
                submit(erfaren)
        resultater[navn] = (args.n / dt, 1000 * dt / args.n, len(q0), len(q50))
        print(
            f"{navn}: {args.n / dt:.0f} submissions/s ({1000 * dt / args.n:.2f} ms each); "
            f"queries: {len(q0)} (0 earlier cases), {len(q50)} (50 earlier cases)"
        )
    if args.scale:
        t0 = time.perf_counter()
        call_command("demo_scale", borgere=args.scale, batch=5000, stdout=open(os.devnull, "w"))
        dt = time.perf_counter() - t0
        print(f"demo_scale --borgere {args.scale}: {dt:.1f} s, Sag rows now {Sag.objects.count()}")


if __name__ == "__main__":
    main()
