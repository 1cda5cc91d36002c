"""Business events survive a broker outage and reach each receiver once,
with the real parts: Redis, a Celery worker in its own process, PostgreSQL."""

from __future__ import annotations

import re
import time

import pytest
from django.db import connection

from backend_core.models import OutboxEvent
from backend_core.services import ansoegning_submit, borger_login
from backend_core.tests.factories import borger_aktoer, tandpleje_input
from tests.services import missing

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def _wait_until(predicate, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def test_events_written_while_the_broker_is_down_are_delivered_once_when_it_is_back(
    celery_on_broker, celery_worker_process, monkeypatch
):
    if connection.vendor != "postgresql":
        missing("the worker shares the database with the test: needs PostgreSQL (DATABASE_URL)")
    from conftest import _reset_connections

    app = celery_on_broker
    real_broker = app.conf.broker_url

    # The broker is down: the submission still commits, its events wait. Celery reads
    # CELERY_BROKER_URL from the environment before its own configuration, so both change.
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:1/0")
    app.conf.broker_url = "redis://127.0.0.1:1/0"
    app.conf.broker_transport_options = {"max_retries": 1}
    _reset_connections(app)
    borger = borger_login(cpr="1909821315", fornavn="Peter", efternavn="Sørensen")
    sag = ansoegning_submit(
        aktoer=borger_aktoer(borger),
        borger=borger,
        ydelse="tandpleje",
        svar={},
        beregning_input=tandpleje_input(),
        form_version="t-1",
        idempotency_key="k-1",
    ).sag
    events = list(OutboxEvent.objects.filter(sag=sag).order_by("id"))
    assert events and all(e.leveret_beskedfordeler is None for e in events)

    # The broker is back: the periodic sweep runs on the worker and delivers.
    monkeypatch.setenv("CELERY_BROKER_URL", real_broker)
    app.conf.broker_url = real_broker
    app.conf.broker_transport_options = {}
    _reset_connections(app)
    from backend_core.tasks import outbox_publish

    outbox_publish.delay()
    assert _wait_until(
        lambda: (
            not OutboxEvent.objects.filter(sag=sag, leveret_beskedfordeler=None).exists()
            and not OutboxEvent.objects.filter(sag=sag, leveret_sagsindeks=None).exists()
        )
    )

    # A second sweep sends nothing again.
    outbox_publish.delay().get(timeout=30)
    log = celery_worker_process["log"].read_text()
    for event in events:
        assert len(re.findall(rf"beskedfordeler \(fake\) type=\S+ id={event.uuid}", log)) == 1, event.type
