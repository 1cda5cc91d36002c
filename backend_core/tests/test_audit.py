import pytest
from django.db import DatabaseError, connection, transaction

from backend_core.aktoer import Aktoer
from backend_core.audit import audit_log
from backend_core.korrelation import reset_correlation_id, set_correlation_id
from backend_core.models import AuditEntry
from backend_core.tests.factories import BorgerFactory

pytestmark = pytest.mark.django_db


def test_an_entry_records_who_what_when_where_and_the_correlation_id():
    token = set_correlation_id("abc123def456")
    try:
        borger = BorgerFactory()
        entry = audit_log(
            aktoer=Aktoer(type="borger", user=borger.user, borger=borger, ip="10.1.2.3"),
            handling="borger_viewed",
            objekt=borger,
            detaljer={"x": 1},
        )
    finally:
        reset_correlation_id(token)
    entry.refresh_from_db()
    assert (
        entry.aktoer_type,
        entry.aktoer_user_id,
        entry.handling,
        entry.objekt_type,
        entry.objekt_uuid,
        entry.borger_uuid,
        entry.ip,
        entry.correlation_id,
    ) == (
        "borger",
        borger.user.pk,
        "borger_viewed",
        "Borger",
        borger.uuid,
        borger.uuid,
        "10.1.2.3",
        "abc123def456",
    )
    assert entry.tidspunkt is not None


def test_the_log_line_never_contains_the_cpr_number(caplog):
    borger = BorgerFactory()
    with caplog.at_level("INFO", logger="backend_core.audit"):
        audit_log(aktoer=Aktoer.system(), handling="borger_viewed", objekt=borger)
    assert str(borger.uuid) in caplog.text
    assert borger.cpr not in caplog.text
    assert borger.cpr not in repr(borger) and borger.cpr not in str(borger)


def test_entries_cannot_be_changed_or_removed_by_the_application():
    entry = audit_log(aktoer=Aktoer.system(), handling="x")
    entry.handling = "y"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().update(handling="y")
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()


def test_the_database_refuses_an_update_too():
    entry = audit_log(aktoer=Aktoer.system(), handling="x")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as c:
        c.execute("UPDATE backend_core_auditentry SET handling = 'y' WHERE id = %s", [entry.pk])
    assert AuditEntry.objects.get(pk=entry.pk).handling == "x"
