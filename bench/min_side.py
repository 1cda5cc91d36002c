"""Min Side and its embed for a citizen with 50 cases, in a database of
100,000 cases, at 8 concurrent clients on gunicorn with 2 sync workers.

Fills the database once (``demo_data`` and ``demo_scale`` up to
``--sager`` cases, then 50 cases and 12 payments for the first demo
citizen), starts gunicorn on the dev settings with DEBUG off, logs the
citizen in by creating a session, and drives three URLs in turn from 8
client threads (keep-alive HTTP/1.1, same run, same server): ``/min-side/``,
``/min-side/indlejret/`` and ``/healthz``. Prints p50/p95 latency, requests
per second and each page's p95 as a ratio to ``/healthz``'s. The clients
share the 2-core machine with the server, so the figures are an upper bound.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_min_side .venv/bin/python bench/min_side.py
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._server import drive, gunicorn, manage, sag_count, vacuum_analyze  # noqa: E402

PORT = int(os.environ.get("BENCH_PORT", "8150"))

SETUP = """
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from backend_core.models import Sag, Udbetaling
from backend_core.models.sag import statusskrivning_tilladt
from backend_core.registre.cpr import DEMO_PERSONER as P
from backend_core.services import borger_login
from backend_core.services.sag import ny_reference
import datetime, random
b = borger_login(cpr=P[0].cpr, fornavn=P[0].fornavn, efternavn=P[0].efternavn)
mangler = 50 - Sag.objects.filter(borger=b).count()
statusser = ["modtaget", "under_behandling", "afventer_borger", "afgjort", "lukket"]
with statusskrivning_tilladt():
    Sag.objects.bulk_create([Sag(borger=b, kommune=b.kommune, reference=ny_reference(), ydelse="kontanthjaelp",
                                 status=statusser[i % 5], borger_frist=datetime.date(2026, 12, 20))
                             for i in range(max(mangler, 0))])
sag = Sag.objects.filter(borger=b, status="afgjort").first()
for m in range(1, 13):
    Udbetaling.objects.get_or_create(sag=sag, maaned=f"2026-{m:02d}", defaults={
        "borger": b, "beloeb": "14201.00", "udbetalingsdato": datetime.date(2026, m, 1) - datetime.timedelta(days=1),
        "begrundelse": [{"tekst": "Sats", "tekst_en": "Rate", "beloeb": "14201.00", "hjemmel": "LAS § 22"}]})
s = SessionStore(); s[SESSION_KEY] = str(b.user.pk)
s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
s[HASH_SESSION_KEY] = b.user.get_session_auth_hash(); s.set_expiry(3600); s.create()
print("SAGER", Sag.objects.count(), Sag.objects.filter(borger=b).count())
print(s.session_key)
"""


def env() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "PORTAL_VAR_DIR": str(ROOT / "var" / "bench"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
    }


def fill(environ: dict, sager: int, skip_setup: bool = False) -> str:
    if not skip_setup:
        manage(environ, "migrate", "--noinput", "-v0")
        manage(environ, "collectstatic", "--noinput", "-v0")
        manage(environ, "demo_data")
        antal = sag_count(environ)
        if antal < sager:
            # demo_scale gives each citizen one or two cases (about 1.3 on average).
            manage(environ, "demo_scale", "--borgere", str(int((sager - antal) / 1.3) + 1), "--seed", str(antal))
    # The citizen's 50 cases and 12 payments (kept if there), and a session.
    out = manage(environ, "shell", "-c", SETUP, capture=True).strip().splitlines()
    vacuum_analyze(environ)
    print(next(line for line in out if line.startswith("SAGER")))
    return out[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sager", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-setup", action="store_true", help="the database and static files are ready")
    args = parser.parse_args()
    environ = env()
    if not environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("DATABASE_URL must point to PostgreSQL")
    session = fill(environ, args.sager, skip_setup=args.skip_setup)
    with gunicorn(environ, PORT, args.workers):
        drive(PORT, "/min-side/", session, 3, args.clients)  # warm-up
        rows = {
            "/healthz": drive(PORT, "/healthz", None, args.seconds, args.clients),
            "/min-side/": drive(PORT, "/min-side/", session, args.seconds, args.clients),
            "/min-side/indlejret/": drive(PORT, "/min-side/indlejret/", session, args.seconds, args.clients),
        }
    print(
        f"gunicorn {args.workers} sync workers, {args.clients} client threads (keep-alive), "
        f"{args.seconds:.0f} s per URL, one 2-core machine shared with the clients"
    )
    print(f"{'URL':<24}{'p50 ms':>9}{'p95 ms':>9}{'req/s':>9}{'n':>7}{'errors':>8}{'p95/healthz':>13}")
    base = rows["/healthz"]["p95"]
    for name, row in rows.items():
        print(
            f"{name:<24}{row['p50']:>9.1f}{row['p95']:>9.1f}{row['rps']:>9.0f}{row['n']:>7}"
            f"{row['errors']:>8}{row['p95'] / base:>13.1f}"
        )


if __name__ == "__main__":
    main()
