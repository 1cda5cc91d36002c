"""The payment system's receipt: a sent line becomes paid, once."""

from __future__ import annotations

import pytest

from backend_core import events
from backend_core.constants import UdbetalingStatus
from backend_core.models import AuditEntry, OutboxEvent
from backend_core.services import udbetaling_order, udbetaling_udbetalt
from backend_core.tests.factories import SagFactory, UdbetalingFactory

pytestmark = pytest.mark.django_db


def test_a_sent_line_becomes_paid_with_its_audit_entry_and_index_event():
    linje = UdbetalingFactory(sag=SagFactory(afgjort=True))
    linje.refresh_from_db()
    linje = udbetaling_order(udbetaling=linje)
    assert linje.status == UdbetalingStatus.BESTILT
    udbetaling_udbetalt(udbetaling=linje)
    linje.refresh_from_db()
    assert linje.status == UdbetalingStatus.UDBETALT
    assert AuditEntry.objects.filter(objekt_uuid=linje.uuid, detaljer__status="udbetalt").count() == 1
    event = OutboxEvent.objects.filter(type=events.UDBETALING_AENDRET).latest("id")
    assert event.data["udbetaling"] == str(linje.uuid) and event.data["udbetaling_status"] == "udbetalt"
    # A second receipt changes nothing.
    udbetaling_udbetalt(udbetaling=linje)
    assert AuditEntry.objects.filter(objekt_uuid=linje.uuid, detaljer__status="udbetalt").count() == 1


@pytest.mark.parametrize("status", [UdbetalingStatus.PLANLAGT, UdbetalingStatus.ANNULLERET])
def test_a_line_never_sent_cannot_be_paid(status):
    linje = UdbetalingFactory(sag=SagFactory(afgjort=True), status=status)
    udbetaling_udbetalt(udbetaling=linje)
    linje.refresh_from_db()
    assert linje.status == status
