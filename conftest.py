"""Fixtures shared by every package's tests: a real Celery worker, a real
browser (Debian's Chromium driven by Playwright) and an axe-core check."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.services import chromium_path, missing, reachable, redis_broker_url

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the tests make around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent
ARTIFACTS = ROOT / "test-artifacts"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"


# --- Parallel runs ---------------------------------------------------------


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (``--dist loadgroup``), every test that talks to the
    real Celery worker runs in one xdist worker, so one Celery worker serves one
    test database and no two test processes consume each other's messages."""
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "celery_worker_process" in names:
            item.add_marker(pytest.mark.xdist_group("celery"))
        elif "clamd_socket" in names:
            # One process starts (and stops) the local clamd it may share with no one.
            item.add_marker(pytest.mark.xdist_group("clamd"))


# --- Celery ----------------------------------------------------------------


def _test_database_url() -> str | None:
    """The test database as a URL another process can open (PostgreSQL only:
    SQLite's test database lives in this process's memory)."""
    from django.db import connection

    s = connection.settings_dict
    if connection.vendor != "postgresql":
        return None
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s.get('HOST') or '127.0.0.1'}:{s.get('PORT') or 5432}/{s['NAME']}"


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker):
    """A real ``celery worker`` process on the Redis broker, for the session,
    using the test database when that is PostgreSQL."""
    broker = redis_broker_url()
    if not reachable(broker, 6379):
        missing(f"Redis is not reachable at {broker}")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "CELERY_BROKER_URL": broker,
        "CELERY_TASK_ALWAYS_EAGER": "false",
    }
    with django_db_blocker.unblock():
        database_url = _test_database_url()
    if database_url:
        env["DATABASE_URL"] = database_url
    env.setdefault("CELERY_RESULT_BACKEND", "redis://127.0.0.1:6379/12")
    ARTIFACTS.mkdir(exist_ok=True)
    log = open(ARTIFACTS / "celery-worker.log", "w")  # noqa: SIM115 - closed in the finally below
    proc = subprocess.Popen(
        # --purge: messages an earlier run left on the broker must not run against this run's database.
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "--purge",
            "--pool=solo",
            "--loglevel=INFO",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"test-{os.getpid()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"the Celery worker exited with {proc.returncode}; see {log.name}")
            if "ready." in Path(log.name).read_text():
                break
            time.sleep(0.3)
        else:
            pytest.fail(f"the Celery worker did not become ready within 60 s; see {log.name}")
        yield {"broker": broker, "env": env, "log": Path(log.name)}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def celery_on_broker(celery_worker_process):
    """Send tasks from this test to the real worker instead of running them eagerly."""
    from portal.celery import app

    old = (app.conf.task_always_eager, app.conf.broker_url, app.conf.result_backend)
    # Celery reads CELERY_BROKER_URL from the environment before its configuration:
    # a test that points the app elsewhere must change both (see test_outbox_worker).
    app.conf.task_always_eager = False
    app.conf.broker_url = celery_worker_process["broker"]
    app.conf.result_backend = celery_worker_process["env"]["CELERY_RESULT_BACKEND"]
    _reset_connections(app)
    try:
        yield app
    finally:
        app.conf.broker_url = celery_worker_process["broker"]
        app.conf.broker_transport_options = {}
        _reset_connections(app)
        _wait_for_idle_worker(app)
        app.conf.task_always_eager, app.conf.broker_url, app.conf.result_backend = old
        _reset_connections(app)


def _wait_for_idle_worker(app, rounds: int = 3) -> None:
    """Let the worker finish what the test left it before the database is
    flushed (a task still writing while the test database is truncated
    deadlocks). The worker runs one task at a time, in order: a ping that
    comes back means every task queued before it is done; the further rounds
    cover tasks those tasks queued in turn."""
    from portal.celery import ping

    for _ in range(rounds):
        try:
            ping.delay().get(timeout=60)
        except Exception:  # noqa: BLE001 - a dead worker shows in the test itself; teardown goes on
            return


def _reset_connections(app) -> None:
    """Drop the app's cached broker pool and result backend so the next use
    connects with the configuration now in force."""
    app.__dict__.pop("backend", None)
    app._pool = None  # noqa: SLF001 - a new pool on the next use; the old one is left to the GC
    app.amqp._producer_pool = None  # noqa: SLF001 - it holds the old pool


# --- Browser ---------------------------------------------------------------

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        missing("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser, request):
    """A fresh phone-sized browser context (390×844, touch), Danish unless
    the test says otherwise. Screenshots go to ``test-artifacts/``."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=1,
        is_mobile=True,
        has_touch=True,
        locale="da-DK",
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.artifact_dir = ARTIFACTS / request.node.name
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    page.artifact_dir.mkdir(parents=True, exist_ok=True)
    path = page.artifact_dir / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page) -> list[dict]:
    """Run axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run npm ci")
    # Evaluated through the DevTools protocol, so the page's strict CSP (no
    # inline scripts) stays on while axe runs.
    # Let messages finish sliding and fading in (Wagtail's, the portal's alerts): axe
    # measures colour contrast as drawn, so a half-faded message reads as a fault.
    page.wait_for_function(
        """() => document.getAnimations().every(a => a.playState !== 'running'
             || !(a.effect && a.effect.target && a.effect.target.closest
                  && a.effect.target.closest('.messages, [role=status], [role=alert]')))""",
        timeout=10_000,
    )
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_JS.read_text())
    result = page.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
    )
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


@pytest.fixture
def assert_accessible():
    def check(page, name: str) -> None:
        screenshot(page, name)
        violations = axe_violations(page)
        assert violations == [], f"axe-core found violations on {name}: {violations}"

    return check


# --- Counters in the cache ---------------------------------------------------


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """API throttles and login rate limits count in the cache, per user id or
    address; ids repeat between tests, so each test starts from zero."""
    from django.core.cache import cache

    cache.clear()
    yield
