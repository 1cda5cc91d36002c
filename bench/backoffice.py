"""The back office under load: the case queue and the management
information with 100,000 cases in PostgreSQL, on gunicorn with 2 sync
workers, at 8 concurrent staff.

Prepares the database (migrate, demo data, ``demo_scale`` up to the wanted
number of cases; run once, reused after), starts gunicorn on the dev
settings with DEBUG off, logs ``koordinator-kobenhavn`` in by creating a
session that has passed the one-time code, and drives each URL with N
client threads (keep-alive connections, one request at a time each) for
the given seconds. Prints p50/p95 latency, requests per second and errors.

    createdb -U postgres -h 127.0.0.1 bench_backoffice
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_backoffice .venv/bin/python bench/backoffice.py

The client threads run on the same machine as the server (as wrk does in
``load.py``), so the figures include that competition for the CPU.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._server import drive, gunicorn, manage, sag_count, vacuum_analyze  # noqa: E402


def env(port: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "PORTAL_VAR_DIR": str(ROOT / "var" / "bench"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CELERY_TASK_ALWAYS_EAGER": "true",
    }


def staff_session(environ: dict, username: str) -> str:
    code = (
        "from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY, get_user_model;"
        "from django.contrib.sessions.backends.db import SessionStore;"
        "from django_otp import DEVICE_ID_SESSION_KEY;"
        "from django_otp.plugins.otp_totp.models import TOTPDevice;"
        f"u = get_user_model().objects.get(username={username!r});"
        "s = SessionStore(); s[SESSION_KEY] = str(u.pk);"
        "s[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend';"
        "s[HASH_SESSION_KEY] = u.get_session_auth_hash();"
        "s[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=u).persistent_id;"
        "s.set_expiry(3600); s.create(); print(s.session_key)"
    )
    return manage(environ, "shell", "-c", code, capture=True).strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sager", type=int, default=100_000, help="cases in the database (created if fewer)")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8141)
    parser.add_argument("--skip-setup", action="store_true", help="the database and static files are ready")
    args = parser.parse_args()
    environ = env(args.port)
    if not environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("DATABASE_URL must point at PostgreSQL")
    if not args.skip_setup:
        manage(environ, "migrate", "--noinput", "-v0")
        manage(environ, "collectstatic", "--noinput", "-v0")
        manage(environ, "demo_data")
    antal = sag_count(environ)
    if antal < args.sager and not args.skip_setup:
        borgere = int((args.sager - antal) / 1.3)
        t0 = time.monotonic()
        manage(environ, "demo_scale", "--borgere", str(borgere))
        print(f"demo_scale --borgere {borgere}: {time.monotonic() - t0:.0f} s", file=sys.stderr)
    vacuum_analyze(environ)
    antal = sag_count(environ)
    rows = []
    with gunicorn(environ, args.port, args.workers, ready_path="/livez"):
        cookie = staff_session(environ, "koordinator-kobenhavn")
        urls = [
            ("queue, open cases (first page)", "/admin/sager/"),
            ("queue, filtered and sorted", "/admin/sager/?status=alle&ydelse=kontanthjaelp&ordering=-oprettet"),
            ("management information (12 weeks)", "/admin/ledelsesinformation/"),
            ("management information (1 year)", "/admin/ledelsesinformation/?fra=2025-12-01&til=2026-12-01"),
        ]
        for name, path in urls:
            drive(args.port, path, cookie, 3, args.clients)  # warm-up
            one = drive(args.port, path, cookie, args.seconds / 2, 1)
            many = drive(args.port, path, cookie, args.seconds, args.clients)
            rows.append((name, one, many))
    print(
        f"{antal} cases in PostgreSQL; gunicorn {args.workers} sync workers; "
        f"{args.clients} client threads on the same 2-core machine"
    )
    print(
        f"{'URL':<38}{'1 client p95':>14}{f'{args.clients} clients p50':>16}"
        f"{f'{args.clients} clients p95':>16}{'req/s':>8}{'errors':>8}"
    )
    for name, one, many in rows:
        print(
            f"{name:<38}{one['p95']:>14.0f}{many['p50']:>16.0f}{many['p95']:>16.0f}{many['rps']:>8.1f}"
            f"{many['errors']:>8}"
        )


if __name__ == "__main__":
    main()
