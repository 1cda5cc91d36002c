"""Asking the citizen: the message, the wait and the deadline, all or nothing."""

import datetime as dt

import pytest
from django.utils import timezone

from backend_core.constants import SagStatus
from backend_core.exceptions import DomaeneValideringsfejl, UgyldigOvergang
from backend_core.models import Besked, Sag
from backend_core.services import besked_send, sag_anmod_borger
from backend_core.tests.factories import MedarbejderFactory, SagFactory, borger_aktoer, medarbejder_aktoer

pytestmark = pytest.mark.django_db


def _sagsbehandler(sag):
    return medarbejder_aktoer(MedarbejderFactory(kommune=sag.kommune))


def test_a_received_case_is_taken_into_processing_and_then_waits_for_the_citizen_with_the_deadline():
    sag = SagFactory(modtaget=True)
    frist = timezone.localdate() + dt.timedelta(days=14)
    sag_anmod_borger(aktoer=_sagsbehandler(sag), sag=sag, tekst="Send lønsedler for oktober.", frist=frist)
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFVENTER_BORGER
    assert sag.borger_frist == frist
    assert list(Besked.objects.filter(sag=sag).values_list("tekst", flat=True)) == ["Send lønsedler for oktober."]


def test_nothing_is_sent_when_the_case_cannot_wait_for_the_citizen():
    sag = SagFactory(afgjort=True)
    with pytest.raises(UgyldigOvergang):
        sag_anmod_borger(
            aktoer=_sagsbehandler(sag),
            sag=sag,
            tekst="Send lønsedler.",
            frist=timezone.localdate() + dt.timedelta(days=7),
        )
    assert not Besked.objects.filter(sag=sag).exists()
    assert Sag.objects.get(pk=sag.pk).status == SagStatus.AFGJORT


@pytest.mark.parametrize("dage", [0, -1, 91])
def test_a_deadline_today_in_the_past_or_too_far_ahead_is_refused(dage):
    sag = SagFactory(under_behandling=True)
    with pytest.raises(DomaeneValideringsfejl) as fejl:
        sag_anmod_borger(
            aktoer=_sagsbehandler(sag),
            sag=sag,
            tekst="Send lønsedler.",
            frist=timezone.localdate() + dt.timedelta(days=dage),
        )
    assert fejl.value.felt == "frist"
    assert not Besked.objects.filter(sag=sag).exists()


def test_the_citizens_answer_clears_the_deadline():
    sag = SagFactory(under_behandling=True)
    sag_anmod_borger(
        aktoer=_sagsbehandler(sag), sag=sag, tekst="Send lønsedler.", frist=timezone.localdate() + dt.timedelta(days=7)
    )
    besked_send(aktoer=borger_aktoer(sag.borger), sag=sag, tekst="Her er de.")
    sag.refresh_from_db()
    assert sag.status == SagStatus.UNDER_BEHANDLING
    assert sag.borger_frist is None
