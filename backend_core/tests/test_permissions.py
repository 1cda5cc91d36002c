"""Scoping: citizens reach only their own data, staff only their own
municipality's, communicators no personal data — in the selectors."""

import pytest

from backend_core.exceptions import AdgangNaegtet
from backend_core.models import AuditEntry
from backend_core.selectors import (
    besked_list,
    brev_list,
    dokument_get,
    dokument_list,
    sag_get,
    sag_list,
    udbetaling_list,
)
from backend_core.tests.factories import (
    BeskedFactory,
    BorgerFactory,
    DokumentFactory,
    MedarbejderFactory,
    SagFactory,
    UdbetalingFactory,
    borger_aktoer,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def to_borgere():
    a, b = BorgerFactory(), BorgerFactory()
    sag_b = SagFactory(borger=b)
    return a, b, sag_b


def test_citizen_cannot_reach_another_citizens_case(to_borgere):
    a, b, sag_b = to_borgere
    mine = SagFactory(borger=a)
    assert list(sag_list(aktoer=borger_aktoer(a))) == [mine]
    assert sag_get(aktoer=borger_aktoer(a), uuid=mine.uuid) == mine
    with pytest.raises(AdgangNaegtet):
        sag_get(aktoer=borger_aktoer(a), uuid=sag_b.uuid)
    denied = AuditEntry.objects.get(handling="access_denied")
    assert denied.objekt_uuid == sag_b.uuid
    assert denied.borger_uuid == b.uuid


def test_citizen_cannot_reach_another_citizens_document(to_borgere):
    a, b, sag_b = to_borgere
    fremmed = DokumentFactory(borger=b, sag=sag_b)
    egen = DokumentFactory(borger=a)
    assert list(dokument_list(aktoer=borger_aktoer(a))) == [egen]
    with pytest.raises(AdgangNaegtet):
        dokument_get(aktoer=borger_aktoer(a), uuid=fremmed.uuid)
    with pytest.raises(AdgangNaegtet):
        dokument_list(aktoer=borger_aktoer(a), sag=sag_b)
    with pytest.raises(AdgangNaegtet):
        brev_list(aktoer=borger_aktoer(a), borger=b)


def test_citizen_cannot_reach_another_citizens_messages_or_payments(to_borgere):
    a, b, sag_b = to_borgere
    BeskedFactory(sag=sag_b)
    with pytest.raises(AdgangNaegtet):
        besked_list(aktoer=borger_aktoer(a), sag=sag_b)
    UdbetalingFactory(sag=SagFactory(borger=b, afgjort=True))
    with pytest.raises(AdgangNaegtet):
        udbetaling_list(aktoer=borger_aktoer(a), borger=b)
    assert list(udbetaling_list(aktoer=borger_aktoer(a), borger=a)) == []


def test_hidden_documents_are_not_shown_to_the_citizen():
    dok = DokumentFactory(synlig_for_borger=False)
    with pytest.raises(AdgangNaegtet):
        dokument_get(aktoer=borger_aktoer(dok.borger), uuid=dok.uuid)


def test_staff_see_only_their_own_municipality():
    egen, fremmed = SagFactory(), SagFactory()
    m = medarbejder_aktoer(MedarbejderFactory(kommune=egen.kommune))
    assert list(sag_list(aktoer=m)) == [egen]
    assert sag_get(aktoer=m, uuid=egen.uuid) == egen
    for kald in (
        lambda: sag_get(aktoer=m, uuid=fremmed.uuid),
        lambda: besked_list(aktoer=m, sag=fremmed),
        lambda: dokument_get(aktoer=m, uuid=DokumentFactory(borger=fremmed.borger, sag=fremmed).uuid),
        lambda: udbetaling_list(aktoer=m, borger=fremmed.borger),
        lambda: brev_list(aktoer=m, borger=fremmed.borger),
    ):
        with pytest.raises(AdgangNaegtet):
            kald()


@pytest.mark.parametrize("rolle", ["sagsbehandler", "koordinator", "administrator"])
def test_staff_reads_of_personal_data_are_audited(rolle):
    sag = SagFactory()
    m = medarbejder_aktoer(MedarbejderFactory(kommune=sag.kommune, rolle=rolle))
    sag_get(aktoer=m, uuid=sag.uuid)
    entry = AuditEntry.objects.get(handling="sag_viewed")
    assert (entry.aktoer_type, entry.aktoer_user_id, entry.objekt_uuid, entry.borger_uuid) == (
        "medarbejder",
        m.user.pk,
        sag.uuid,
        sag.borger.uuid,
    )
    assert entry.correlation_id


def test_a_citizens_own_reads_are_audited_too():
    sag = SagFactory()
    sag_get(aktoer=borger_aktoer(sag.borger), uuid=sag.uuid)
    entry = AuditEntry.objects.get(handling="sag_viewed")
    assert entry.aktoer_type == "borger" and entry.borger_uuid == sag.borger.uuid


def test_communicators_see_no_cases():
    sag = SagFactory()
    k = medarbejder_aktoer(MedarbejderFactory(kommune=sag.kommune, kommunikator=True))
    assert list(sag_list(aktoer=k)) == []
    with pytest.raises(AdgangNaegtet):
        sag_get(aktoer=k, uuid=sag.uuid)


def test_an_income_report_is_reachable_only_through_a_visible_case():
    from backend_core.models import Indberetning
    from backend_core.selectors import indberetning_get

    sag = SagFactory(afgjort=True)
    indberetning = Indberetning.objects.create(
        sag=sag, borger=sag.borger, type="indtaegt", maaned="2026-10", idempotency_key="k"
    )
    assert indberetning_get(aktoer=borger_aktoer(sag.borger), uuid=indberetning.uuid) == indberetning
    stranger = borger_aktoer(SagFactory().borger)
    with pytest.raises(AdgangNaegtet):
        indberetning_get(aktoer=stranger, uuid=indberetning.uuid)
    assert AuditEntry.objects.filter(handling="access_denied", aktoer_user_id=stranger.user.pk).exists()
