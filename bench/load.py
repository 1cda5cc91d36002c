"""Server time of an application step page under 20 concurrent clients.

Starts gunicorn on the dev settings with DEBUG off (use PostgreSQL through
``DATABASE_URL``), logs a demo citizen in by creating a session, opens the
kontanthjælp application so a draft exists, and drives two URLs with wrk
(20 connections, same run, same server): the step page, and ``/livez``, a
trivial Django view. Prints p50/p95 latency and requests per second, and the
step page's throughput as a ratio to the trivial view's.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_load .venv/bin/python bench/load.py
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8766
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.3f p95=%.3f rps=%.1f errors=%d non2xx=%d\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
"""


def env() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "PORTAL_VAR_DIR": str(ROOT / "var" / "bench"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }


def citizen_session(environ: dict) -> str:
    """A logged-in session for the first demo citizen; prints its key."""
    code = (
        "from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY;"
        "from django.contrib.sessions.backends.db import SessionStore;"
        "from backend_core.models import Borger;"
        "b = Borger.objects.exclude(user=None).order_by('pk').first() or None;"
        "from backend_core.services import borger_login;"
        "from backend_core.registre.cpr import DEMO_PERSONER as P;"
        "b = borger_login(cpr=P[0].cpr, fornavn=P[0].fornavn, efternavn=P[0].efternavn);"
        "s = SessionStore(); s[SESSION_KEY] = str(b.user.pk);"
        "s[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend';"
        "s[HASH_SESSION_KEY] = b.user.get_session_auth_hash(); s.set_expiry(3600); s.create();"
        "print(s.session_key)"
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environ,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out.strip().splitlines()[-1]


def step_url(session_key: str, start: str) -> str:
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", f"sessionid={session_key}")]
    with opener.open(f"http://127.0.0.1:{PORT}{start}", timeout=10) as response:  # noqa: S310 - loopback
        return response.geturl().replace(f"http://127.0.0.1:{PORT}", "")


def wrk(path: str, cookie: str | None, seconds: int, connections: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(LUA)
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", lua.name, "--latency"]
    if cookie:
        cmd += ["-H", f"Cookie: sessionid={cookie}"]
    out = subprocess.run([*cmd, f"http://127.0.0.1:{PORT}{path}"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"RESULT p50=([\d.]+) p95=([\d.]+) rps=([\d.]+) errors=(\d+) non2xx=(\d+)", out)
    if match is None:
        raise SystemExit(out)
    p50, p95, rps, errors, non2xx = match.groups()
    return {"p50_ms": float(p50), "p95_ms": float(p95), "rps": float(rps), "errors": int(errors), "non2xx": int(non2xx)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--start", default="/ansoeg/kontanthjaelp/", help="URL that redirects to the current step")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    environ = env()
    if not environ.get("DATABASE_URL", "").startswith("postgres"):
        print("warning: DATABASE_URL is not PostgreSQL; the figures will not be comparable", file=sys.stderr)
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"], ["demo_data"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=environ, check=True, stdout=subprocess.DEVNULL
        )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environ,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/livez", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        session = citizen_session(environ)
        path = step_url(session, args.start)
        wrk(path, session, 3, args.connections)  # warm-up
        trivial = wrk("/livez", None, args.seconds, args.connections)
        step = wrk(path, session, args.seconds, args.connections)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        f"gunicorn {args.workers} sync workers, wrk 2 threads, {args.connections} connections, "
        f"{args.seconds} s each, one 2-core machine (wrk shares it)"
    )
    print(f"{'URL':<40}{'p50 ms':>9}{'p95 ms':>9}{'req/s':>9}{'errors':>8}")
    for name, row in ((path, step), ("/livez (trivial view)", trivial)):
        failures = row["errors"] + row["non2xx"]
        print(f"{name:<40}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}{row['rps']:>9.0f}{failures:>8}")
    print(f"step page throughput / trivial view throughput = {step['rps'] / trivial['rps']:.2f}")


if __name__ == "__main__":
    main()
