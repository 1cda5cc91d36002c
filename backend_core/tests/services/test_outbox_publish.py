from collections import Counter
from unittest import mock

import pytest
from django.conf import settings
from kombu.exceptions import OperationalError

from backend_core.models import OutboxEvent
from backend_core.registre.beskedfordeler import FakeBeskedfordelerClient
from backend_core.registre.sagsindeks import FakeSagsindeksClient
from backend_core.services import ansoegning_submit, outbox_publish_pending
from backend_core.tasks import outbox_publish
from backend_core.tests.factories import BorgerFactory, borger_aktoer, kontanthjaelp_input

pytestmark = pytest.mark.django_db


def _submit(borger, key):
    return ansoegning_submit(
        aktoer=borger_aktoer(borger),
        borger=borger,
        ydelse="kontanthjaelp",
        svar={},
        beregning_input=kontanthjaelp_input(),
        form_version="1",
        idempotency_key=key,
    )


def test_events_are_published_after_commit_once(django_capture_on_commit_callbacks, straks_tilladt):
    borger = BorgerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        sag = _submit(borger, "a").sag
    assert FakeBeskedfordelerClient.modtaget  # published right after commit
    outbox_publish()  # the periodic sweep finds what the letters added later
    ids = [str(u) for u in OutboxEvent.objects.order_by("id").values_list("uuid", flat=True)]
    assert len(ids) >= 3
    assert FakeBeskedfordelerClient.modtaget == ids  # in order, each once
    assert FakeSagsindeksClient.modtaget == ids
    assert not OutboxEvent.objects.filter(leveret_beskedfordeler__isnull=True).exists()
    assert FakeSagsindeksClient.sager[str(sag.uuid)]["status"] == "afgjort"
    assert FakeSagsindeksClient.sager[str(sag.uuid)]["link"] == f"{settings.PORTAL_BASE_URL}/min-side/sager/{sag.uuid}/"
    assert "cpr" not in str(FakeBeskedfordelerClient.events).lower()


def test_broker_outage_loses_nothing_and_delivers_each_event_once(
    django_capture_on_commit_callbacks,
):
    borger = BorgerFactory()
    nede = mock.patch("celery.app.task.Task.apply_async", side_effect=OperationalError("broker down"))
    with nede:
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            _submit(borger, "a")
            _submit(BorgerFactory(), "b")
    assert callbacks  # publishing was attempted and failed quietly
    assert FakeBeskedfordelerClient.modtaget == []
    ventende = OutboxEvent.objects.filter(leveret_beskedfordeler__isnull=True).count()
    assert ventende == 2

    outbox_publish()  # the broker is back: the sweep runs
    outbox_publish()
    alle = {str(u) for u in OutboxEvent.objects.values_list("uuid", flat=True)}
    for modtaget in (FakeBeskedfordelerClient.modtaget, FakeSagsindeksClient.modtaget):
        assert set(modtaget) == alle
        assert max(Counter(modtaget).values()) == 1


def test_a_receiver_that_is_down_is_retried_without_resending_to_the_other():
    borger = BorgerFactory()
    _submit(borger, "a")
    FakeBeskedfordelerClient.down = True
    rapport = outbox_publish_pending()
    assert rapport["beskedfordeler"] == {"sendt": 0, "venter": 1, "fejlet": 1}
    assert rapport["sagsindeks"]["sendt"] == 1
    event = OutboxEvent.objects.get()
    assert event.forsoeg == 1
    assert "beskedfordeler" in event.sidste_fejl

    FakeBeskedfordelerClient.down = False
    _submit(BorgerFactory(), "b")  # one open case per citizen and benefit
    outbox_publish_pending()
    first, second = OutboxEvent.objects.order_by("id")
    assert FakeBeskedfordelerClient.modtaget == [str(first.uuid), str(second.uuid)]
    assert FakeSagsindeksClient.modtaget == [str(first.uuid), str(second.uuid)]
    assert first.leveret is True
