"""Bytes a phone transfers for the portal's first pages, with static assets.

Serves the portal with gunicorn (dev settings, DEBUG off, collected static
through WhiteNoise, compressed as in production) and loads each page in a
fresh Chromium profile, counting the encoded (compressed) bytes of every
response from the DevTools protocol. Target: at most 100 kB per page.

    .venv/bin/python bench/pages.py [--path /ansoeg/beregn/ ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.services import chromium_path  # noqa: E402

DEFAULT_PATHS = [
    "/",
    "/kontanthjaelp/",
    "/tandpleje/tilskud-til-tandlaegen/",
    "/soeg/?q=kontanthj%C3%A6lp",
    "/ansoeg/beregn/",
    "/ansoeg/beregn/kontanthjaelp/",
    "/login/",
]
CITIZEN_PATHS = [
    "/ansoeg/kontanthjaelp/",
    "/ansoeg/kontanthjaelp/om-dig/",
    "/ansoeg/kontanthjaelp/indtaegt/",
    "/min-side/",
]
PORT = int(os.environ.get("BENCH_PORT", "8765"))


def serve(env: dict) -> subprocess.Popen:
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "manage.py", "demo_data"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)  # noqa: S310 - loopback
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("gunicorn did not start")


def measure(paths: list[str], detail: bool = False, session: str | None = None) -> list[tuple[str, int, int, int]]:
    from playwright.sync_api import sync_playwright

    from conftest import CHROMIUM_ARGS

    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        for path in paths:
            context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
            if session:
                context.add_cookies([{"name": "sessionid", "value": session, "url": f"http://localhost:{PORT}"}])
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            sizes: dict[str, int] = {}
            urls: dict[str, str] = {}
            cdp.on("Network.requestWillBeSent", lambda e, u=urls: u.__setitem__(e["requestId"], e["request"]["url"]))
            cdp.on("Network.loadingFinished", lambda e, s=sizes: s.__setitem__(e["requestId"], e["encodedDataLength"]))
            page.goto(f"http://localhost:{PORT}{path}", wait_until="networkidle")
            total = sum(sizes.values())
            html = page.evaluate("() => performance.getEntriesByType('navigation')[0].encodedBodySize")
            rows.append((path, len(sizes), html, total))
            if detail:
                for request_id, size in sorted(sizes.items(), key=lambda item: -item[1]):
                    print(f"    {size:>7}  {urls.get(request_id, '?').split('/static/')[-1][:70]}")
            context.close()
        browser.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", action="append", help="page path (repeatable)")
    parser.add_argument("--detail", action="store_true", help="print every response's transferred size")
    args = parser.parse_args()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "PORTAL_VAR_DIR": str(ROOT / "var" / "bench"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    server = serve(env)
    try:
        rows = measure(args.path or DEFAULT_PATHS, args.detail)
        if not args.path:
            from bench.load import citizen_session

            rows += measure(CITIZEN_PATHS, args.detail, session=citizen_session(env))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print("A fresh browser profile per page: nothing cached. Logged-in pages (a demo citizen) after the first seven.")
    print(f"{'page':<28}{'requests':>9}{'HTML bytes':>12}{'total kB':>10}{'of 100 kB':>11}")
    for path, requests, html, total in rows:
        print(f"{path:<28}{requests:>9}{html:>12}{total / 1000:>10.1f}{total / 100_000:>10.0%}")


if __name__ == "__main__":
    main()
