"""CPU cost of one request, in process, for the pages with speed targets.

Runs requests through Django's test client (the whole middleware chain, the
dev settings with ``DEBUG=false``) against an existing PostgreSQL database
filled by ``bench/backoffice.py`` / ``bench/min_side.py``, and prints per URL:
the Python process's CPU milliseconds (``time.process_time``), the CPU
milliseconds the PostgreSQL backend serving the connection used
(``/proc/<pid>/stat``; needs the server on this machine), wall milliseconds
and queries per request. CPU time does not depend on what else runs on a
shared machine the way wall time does, so it is the figure to optimise.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_bo .venv/bin/python bench/cpu.py [--n 40]

The log lines the requests write go to a file (``--log``, default
``/dev/null``) as gunicorn's stdout would take them. The database is written
to the way a real request writes it (sessions, audit entries), nothing else.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

URLS = [
    ("citizen", "/min-side/"),
    ("citizen", "/min-side/indlejret/"),
    ("staff", "/admin/sager/"),
    ("staff", "/admin/sager/?status=alle&ydelse=kontanthjaelp&ordering=-oprettet"),
    ("staff", "/admin/ledelsesinformation/"),
    ("staff", "/admin/ledelsesinformation/?fra=2025-12-01&til=2026-12-01"),
    ("anon", "/healthz"),
]


def _pg_cpu_ms(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="requests per URL after 5 warm-up requests")
    parser.add_argument("--only", default="", help="only URLs containing this text")
    parser.add_argument("--profile", default="", help="cProfile this URL and print the top functions")
    parser.add_argument("--url", action="append", default=[], help="WHO:PATH (citizen/staff/anon)")
    parser.add_argument("--set", action="append", default=[], help="NAME=LITERAL: override a setting")
    parser.add_argument("--sql", default="", help="print the queries of one request to this URL")
    parser.add_argument("--log", default="/dev/null", help="where the log lines go")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    os.environ.setdefault("PORTAL_VAR_DIR", str(ROOT / "var" / "bench"))
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("DATABASE_URL must point at PostgreSQL")
    log = open(args.log, "w")  # noqa: SIM115 - open for the whole run
    os.dup2(log.fileno(), 2)
    sys.stderr = log

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from backend_core.models import Borger

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    import ast

    for item in args.set:
        name, value = item.split("=", 1)
        setattr(settings, name, ast.literal_eval(value))

    def session(user, otp: bool) -> str:
        s = SessionStore()
        s[SESSION_KEY] = str(user.pk)
        s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        s[HASH_SESSION_KEY] = user.get_session_auth_hash()
        if otp:
            s[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user).persistent_id
        s.set_expiry(3600)
        s.create()
        return s.session_key

    borger = Borger.objects.annotate(n=Count("sager")).order_by("-n").first()
    staff = get_user_model().objects.get(username="koordinator-kobenhavn")
    clients = {"anon": Client(), "citizen": Client(), "staff": Client()}
    clients["citizen"].cookies["sessionid"] = session(borger.user, otp=False)
    clients["staff"].cookies["sessionid"] = session(staff, otp=True)
    with connection.cursor() as cur:
        cur.execute("SELECT pg_backend_pid()")
        pg_pid = cur.fetchone()[0]

    queries = [0]

    def count(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    print(f"citizen with {borger.n} cases; {args.n} requests per URL; ms per request", file=sys.stdout)
    print(f"{'URL':<70}{'py CPU':>8}{'pg CPU':>8}{'total':>8}{'wall p50':>10}{'queries':>9}", file=sys.stdout)
    urls = [tuple(u.split(":", 1)) for u in args.url] or URLS
    for who, url in urls:
        if args.only and args.only not in url:
            continue
        client = clients[who]
        for _ in range(5):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        if args.sql and args.sql == url:
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as captured:
                client.get(url)
            for q in captured.captured_queries:
                print(f"{q['time']:>6} {q['sql'][:300]}", file=sys.stdout)
            continue
        if args.profile and args.profile == url:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
            for _ in range(args.n):
                client.get(url)
            prof.disable()
            prof.dump_stats("/tmp/perf_last.prof")
            pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(60)
            pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(40)
            continue
        walls = []
        queries[0] = 0
        pg0 = _pg_cpu_ms(pg_pid)
        cpu0 = time.process_time()
        with connection.execute_wrapper(count):
            for _ in range(args.n):
                t0 = time.perf_counter()
                client.get(url)
                walls.append((time.perf_counter() - t0) * 1000)
        cpu = (time.process_time() - cpu0) * 1000 / args.n
        pg = (_pg_cpu_ms(pg_pid) - pg0) / args.n
        print(
            f"{url:<70}{cpu:>8.1f}{pg:>8.1f}{cpu + pg:>8.1f}{statistics.median(walls):>10.1f}"
            f"{queries[0] / args.n:>9.1f}",
            file=sys.stdout,
            flush=True,
        )


if __name__ == "__main__":
    main()
