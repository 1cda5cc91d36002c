import pytest

from backend_core.constants import SagStatus
from backend_core.exceptions import AdgangNaegtet, DomaeneValideringsfejl
from backend_core.models import Sag
from backend_core.services import besked_mark_read, besked_send
from backend_core.tests.factories import (
    BorgerFactory,
    MedarbejderFactory,
    SagFactory,
    borger_aktoer,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db


def test_caseworker_and_citizen_write_and_read():
    sag = SagFactory(under_behandling=True)
    sb = medarbejder_aktoer(MedarbejderFactory(kommune=sag.kommune))
    besked = besked_send(aktoer=sb, sag=sag, tekst="Send lønsedler.")
    besked_mark_read(aktoer=sb, besked=besked)
    assert besked.laest is None  # the sender reading it changes nothing
    besked_mark_read(aktoer=borger_aktoer(sag.borger), besked=besked)
    assert besked.laest is not None


def test_a_citizens_answer_moves_a_waiting_case_back():
    sag = SagFactory(afventer_borger=True)
    besked_send(aktoer=borger_aktoer(sag.borger), sag=sag, tekst="Her er de.")
    assert Sag.objects.get(pk=sag.pk).status == SagStatus.UNDER_BEHANDLING


def test_empty_message_is_refused():
    sag = SagFactory()
    with pytest.raises(DomaeneValideringsfejl):
        besked_send(aktoer=borger_aktoer(sag.borger), sag=sag, tekst="  ")


def test_no_one_writes_on_a_case_they_cannot_see():
    sag = SagFactory()
    with pytest.raises(AdgangNaegtet):
        besked_send(aktoer=borger_aktoer(BorgerFactory()), sag=sag, tekst="Hej")
    with pytest.raises(AdgangNaegtet):
        besked_send(aktoer=medarbejder_aktoer(MedarbejderFactory()), sag=sag, tekst="Hej")
