"""What the load benchmarks share: ``manage.py`` in a subprocess, gunicorn on
the dev settings, and N keep-alive client threads against one URL.

Used by ``backoffice.py`` and ``min_side.py``; the clients run on the same
machine as the server, so their cost is part of the figures."""

from __future__ import annotations

import contextlib
import http.client
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(environ: dict, *args: str, capture: bool = False) -> str:
    """``manage.py *args``; its standard output when ``capture``."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environ,
        check=True,
        capture_output=capture,
        text=True,
        stdout=None if capture else subprocess.DEVNULL,
    )
    return result.stdout if capture else ""


def sag_count(environ: dict) -> int:
    out = manage(
        environ, "shell", "-c", "from backend_core.models import Sag; print(Sag.objects.count())", capture=True
    )
    return int(out.strip().splitlines()[-1])


def vacuum_analyze(environ: dict) -> None:
    """As autovacuum keeps a production database: statistics, and the
    visibility map that lets PostgreSQL count from an index alone after bulk
    inserts."""
    manage(environ, "shell", "-c", "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')")


@contextlib.contextmanager
def gunicorn(environ: dict, port: int, workers: int, ready_path: str = "/healthz") -> Iterator[None]:
    """gunicorn with ``workers`` sync workers on 127.0.0.1:``port``, ready when
    ``ready_path`` answers 200; stopped on leaving."""
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "portal.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(workers)]
        + ["--log-level", "warning"],
        cwd=ROOT,
        env=environ,
    )
    try:
        for _ in range(150):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                conn.request("GET", ready_path)
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        yield
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def drive(port: int, path: str, cookie: str | None, seconds: float, clients: int) -> dict:
    """``clients`` threads, each one request at a time on its own keep-alive
    connection, for ``seconds``: latency p50/p95 in ms, requests per second,
    the number of requests and of errors (not 200)."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    end = time.monotonic() + seconds
    headers = {"Host": "127.0.0.1", **({"Cookie": f"sessionid={cookie}"} if cookie else {})}

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        while time.monotonic() < end:
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            mine.append((time.perf_counter() - start) * 1000)
            if not ok:
                with lock:
                    errors[0] += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    duration = time.monotonic() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [latencies[0]] * 99
    return {"p50": q[49], "p95": q[94], "rps": len(latencies) / duration, "n": len(latencies), "errors": errors[0]}
