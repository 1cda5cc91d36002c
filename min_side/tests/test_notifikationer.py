"""Notices outside the portal (e-mail, SMS) without personal data, the
monthly income reminder, the citizen's channel choices, and the delivery to
the case and benefit indexes."""

from __future__ import annotations

import pytest
from django.core import mail

from backend_core.constants import SagStatus
from backend_core.models import Kontaktvalg, Notifikation, OutboxEvent
from backend_core.registre.sagsindeks import FakeSagsindeksClient
from backend_core.registre.ydelsesindeks import FakeYdelsesindeksClient
from backend_core.services import (
    afgoerelse_create,
    besked_send,
    indberetning_paamind,
    kontaktvalg_set,
    outbox_publish_pending,
    sag_transition,
)
from backend_core.tasks import notifikationer_send_pending
from backend_core.tests.factories import (
    AfgoerelseFactory,
    MedarbejderFactory,
    SagFactory,
    borger_aktoer,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _committed(django_capture_on_commit_callbacks, monkeypatch):
    """Publishing and the reminder run their on-commit work (sending) as a
    committed transaction would."""
    import min_side.tests.test_notifikationer as here

    def committed(fn):
        def run(*args, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return fn(*args, **kwargs)

        return run

    monkeypatch.setattr(here, "outbox_publish_pending", committed(outbox_publish_pending))
    monkeypatch.setattr(here, "indberetning_paamind", committed(indberetning_paamind))
    monkeypatch.setattr(here, "notifikationer_send_pending", committed(notifikationer_send_pending))


@pytest.fixture
def sb(borger):
    return medarbejder_aktoer(MedarbejderFactory(kommune=borger.kommune))


def _vaelg(borger, **kw):
    return kontaktvalg_set(aktoer=borger_aktoer(borger), borger=borger, **kw)


def test_the_citizen_chooses_channels_on_min_side(logged_in, borger):
    response = logged_in.post(
        "/min-side/besked-om-nyt/",
        {"via_email": "on", "email": "yasmin@example.dk", "via_sms": "on", "mobil": "20 30 40 50"},
    )
    assert response.status_code == 302
    valg = Kontaktvalg.objects.get(borger=borger)
    assert valg.kanaler == ["email", "sms"] and valg.mobil == "20304050"


def test_a_chosen_channel_without_its_address_is_refused_in_danish_and_english(logged_in, borger):
    response = logged_in.post("/min-side/besked-om-nyt/", {"via_sms": "on", "mobil": ""})
    assert response.status_code == 400
    assert "Skriv dit mobilnummer, eller fjern fluebenet ved sms." in response.content.decode()
    logged_in.cookies["django_language"] = "en"
    response = logged_in.post("/min-side/besked-om-nyt/", {"via_sms": "on", "mobil": "123"})
    assert "Write a Danish mobile number with 8 digits." in response.content.decode()
    assert not Kontaktvalg.objects.filter(borger=borger).exists()


def test_a_reply_from_the_caseworker_is_announced_by_email_without_personal_data(borger, sb):
    _vaelg(borger, email="yasmin@example.dk", via_email=True)
    sag = SagFactory(borger=borger, under_behandling=True)
    besked_send(aktoer=sb, sag=sag, tekst="Hej Yasmin, din hjælp på 14.201 kr. er på vej.")
    outbox_publish_pending()
    assert len(mail.outbox) == 1
    besked = mail.outbox[0]
    assert besked.to == ["yasmin@example.dk"]
    assert "Din sagsbehandler har skrevet til dig" in besked.body and "/min-side/" in besked.body
    for personligt in (borger.fornavn, borger.efternavn, borger.cpr, sag.reference, "14.201", "Yasmin"):
        assert personligt not in besked.body + besked.subject


def test_a_request_for_information_is_announced_by_sms_to_the_gateway(borger, sb, settings):
    settings.SMS_EMAIL_DOMAIN = "sms.gateway.example"
    _vaelg(borger, mobil="20304050", via_sms=True)
    sag = SagFactory(borger=borger, under_behandling=True)
    sag_transition(aktoer=sb, sag=sag, til=SagStatus.AFVENTER_BORGER, begrundelse="Send lønsedler.")
    outbox_publish_pending()
    assert [m.to for m in mail.outbox] == [["20304050@sms.gateway.example"]]
    assert "Send lønsedler" not in mail.outbox[0].body


def test_the_citizens_own_message_is_not_announced_to_them(borger):
    _vaelg(borger, email="yasmin@example.dk", via_email=True)
    sag = SagFactory(borger=borger, under_behandling=True)
    besked_send(aktoer=borger_aktoer(borger), sag=sag, tekst="Hej")
    outbox_publish_pending()
    assert mail.outbox == []


def test_an_event_delivered_twice_gives_one_notice(borger, sb):
    _vaelg(borger, email="yasmin@example.dk", via_email=True)
    sag = SagFactory(borger=borger, under_behandling=True)
    besked_send(aktoer=sb, sag=sag, tekst="Hej")
    outbox_publish_pending()
    OutboxEvent.objects.update(leveret_notifikation=None)
    outbox_publish_pending()
    assert Notifikation.objects.count() == 1 and len(mail.outbox) == 1


def test_a_mail_outage_loses_no_notice(borger, sb, settings):
    _vaelg(borger, email="yasmin@example.dk", via_email=True)
    settings.EMAIL_BACKEND = "min_side.tests.test_notifikationer.NedeBackend"
    sag = SagFactory(borger=borger, under_behandling=True)
    besked_send(aktoer=sb, sag=sag, tekst="Hej")
    outbox_publish_pending()
    notifikation = Notifikation.objects.get()
    assert notifikation.sendt is None and notifikation.forsoeg == 1
    assert "ConnectionRefusedError" in notifikation.sidste_fejl
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    notifikationer_send_pending()
    notifikation.refresh_from_db()
    assert notifikation.sendt is not None and len(mail.outbox) == 1


class NedeBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("smtp down")


def test_the_monthly_reminder_goes_to_citizens_who_have_not_reported(borger):
    _vaelg(borger, email="yasmin@example.dk", via_email=True)
    sag = SagFactory(borger=borger, afgjort=True)
    AfgoerelseFactory(sag=sag)
    SagFactory(afgjort=True)  # another citizen, no channel chosen
    assert indberetning_paamind() == 1
    assert indberetning_paamind() == 0  # once per case and month
    assert len(mail.outbox) == 1 and "indberette sidste måneds indtægt" in mail.outbox[0].body


def test_a_decision_and_its_payment_reach_the_ydelsesindeks_with_a_deep_link(borger, sb, settings):
    sag = SagFactory(borger=borger, under_behandling=True)
    afgoerelse_create(
        aktoer=sb, sag=sag, udfald="bevilget", beloeb="14201.00", begrundelse="Du opfylder betingelserne."
    )
    outbox_publish_pending()
    ydelse = FakeYdelsesindeksClient.ydelser[str(sag.uuid)]
    assert ydelse["udfald"] == "bevilget" and ydelse["beloeb"] == "14201.00"
    assert ydelse["link"] == f"{settings.PORTAL_BASE_URL}/min-side/sager/{sag.uuid}/"
    assert FakeSagsindeksClient.sager[str(sag.uuid)]["status"] == "afgjort"


def test_documents_reach_the_dokumentindeks_as_metadata_only(borger):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from backend_core.services import dokument_add

    sag = SagFactory(borger=borger)
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    dokument = dokument_add(
        aktoer=borger_aktoer(borger),
        borger=borger,
        sag=sag,
        kategori="loenseddel",
        fil=SimpleUploadedFile("loen.pdf", pdf),
        filnavn="loen.pdf",
    )
    outbox_publish_pending()
    post = FakeSagsindeksClient.dokumenter[str(dokument.uuid)]
    assert post["sag_id"] == str(sag.uuid) and post["kategori"] == "loenseddel"
    assert "loen.pdf" not in str(post)


def test_an_index_outage_loses_nothing(borger, sb):
    FakeYdelsesindeksClient.down = True
    sag = SagFactory(borger=borger, under_behandling=True)
    afgoerelse_create(aktoer=sb, sag=sag, udfald="bevilget", beloeb="14201.00", begrundelse="OK.")
    rapport = outbox_publish_pending()
    assert rapport["ydelsesindeks"]["fejlet"] == 1 and rapport["ydelsesindeks"]["venter"] >= 1
    assert rapport["sagsindeks"]["fejlet"] == 0
    assert FakeYdelsesindeksClient.ydelser == {}
    FakeYdelsesindeksClient.down = False
    rapport = outbox_publish_pending()
    assert rapport["ydelsesindeks"]["venter"] == 0
    assert FakeYdelsesindeksClient.ydelser[str(sag.uuid)]["udfald"] == "bevilget"
