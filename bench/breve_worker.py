"""Letters per minute through a real Celery worker on Redis and PostgreSQL.

Submits N applications (each orders a receipt letter) with the worker
stopped, so the letter tasks queue up in Redis; then starts one worker
(prefork, 2 processes on the 2 cores) and times until every ordered letter
is rendered (WeasyPrint, PDF/A), stored as a document with its checksum and
handed to the Digital Post client (the fake).

    createdb -U postgres bench_breve
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_breve \\
    CELERY_BROKER_URL=redis://127.0.0.1:6379/11 .venv/bin/python bench/breve_worker.py --n 200
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (the worker is another process).")
    os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/11")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DEBUG": "false",
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "LOG_LEVEL": "WARNING",
            "PORTAL_VAR_DIR": str(ROOT / "var" / "bench"),
        }
    )
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, check=True)
    subprocess.run([sys.executable, "manage.py", "demo_data"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        [sys.executable, "-m", "celery", "-A", "portal", "purge", "-f"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )

    import django

    django.setup()
    from backend_core.aktoer import aktoer_for_user
    from backend_core.models import Brevbestilling
    from backend_core.registre.cpr import DEMO_PERSONER
    from backend_core.services import ansoegning_submit, borger_login

    borgere = [borger_login(cpr=p.cpr, fornavn=p.fornavn, efternavn=p.efternavn) for p in DEMO_PERSONER]
    started = time.perf_counter()
    ids = []
    for i in range(args.n):
        borger = borgere[i % len(borgere)]
        ansoegning = ansoegning_submit(
            aktoer=aktoer_for_user(borger.user),
            borger=borger,
            ydelse="tandpleje",
            svar={"bench": i},
            form_version="bench-1",
            idempotency_key=f"bench-{uuid.uuid4()}",
            beregning_input={
                "ydelse": "tandpleje",
                "dato": "2026-03-01",
                "foedselsdato": borger.foedselsdato.isoformat(),
                "modtager_kontanthjaelp": True,
                "udgift": "3000.00",
                "betalt_egenbetaling_i_aar": "0.00",
            },
        )
        ids.append(ansoegning.sag_id)
    submit_s = time.perf_counter() - started
    orders = Brevbestilling.objects.filter(sag_id__in=ids)
    total = orders.count()

    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "--loglevel=WARNING",
            f"--concurrency={args.concurrency}",
            "--without-gossip",
            "--without-mingle",
            "-n",
            "bench@%h",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    started = time.perf_counter()
    try:
        while True:
            done = orders.exclude(dokument=None).count()
            if done >= total:
                break
            if time.perf_counter() - started > 600:
                raise SystemExit(f"only {done} of {total} letters after 600 s")
            time.sleep(0.5)
        elapsed = time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    sent = orders.exclude(sendt=None).count()
    print(f"{args.n} submissions in {submit_s:.1f} s ({args.n / submit_s:.0f}/s), {total} letters ordered")
    print(
        f"worker ({args.concurrency} processes): {total} letters rendered, stored and sent in {elapsed:.1f} s "
        f"(includes worker start) = {total / elapsed * 60:.0f} letters per minute; {sent} handed to Digital Post"
    )


if __name__ == "__main__":
    main()
