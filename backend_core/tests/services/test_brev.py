import hashlib

import pytest
from django.core.files.storage import storages

from backend_core.models import Brevbestilling, Brevtekst, Dokument
from backend_core.registre.digital_post import FakeDigitalPostClient
from backend_core.services import ansoegning_submit, brev_kontekst
from backend_core.tasks import brev_send, brev_send_pending
from backend_core.tests.factories import BorgerFactory, borger_aktoer, kontanthjaelp_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def straks_sag(straks_tilladt):
    borger = BorgerFactory()
    return ansoegning_submit(
        aktoer=borger_aktoer(borger),
        borger=borger,
        ydelse="kontanthjaelp",
        svar={"bor_alene": True},
        beregning_input=kontanthjaelp_input(),
        form_version="1",
        idempotency_key="a",
    ).sag


def test_decision_letter_context_follows_the_renderer_contract(straks_sag):
    Brevtekst.objects.create(
        kommune=straks_sag.kommune, brevtype="afgoerelse", noegle="indledning", tekst="Kære borger."
    )
    bestilling = Brevbestilling.objects.get(sag=straks_sag, brevtype="afgoerelse")
    k = brev_kontekst(bestilling=bestilling)
    assert k["reference"] == straks_sag.reference
    assert k["udfald"] == "bevilget"
    assert str(k["beloeb"]) == "14201.00"
    assert k["straks"] is True
    assert k["linjer"][0]["hjemmel"] == "LAS § 16"
    assert k["klagevejledning"]
    assert k["brevtekster"] == {"indledning": "Kære borger."}
    assert k["modtager"]["adresse_linjer"][0] == "Testvej 1"


def test_letters_are_stored_shown_to_the_citizen_and_sent_once(straks_sag):
    FakeDigitalPostClient.down = True
    for b in Brevbestilling.objects.filter(sag=straks_sag):
        brev_send(b.pk)  # eager: Digital Post is down, the order waits
    assert Dokument.objects.filter(sag=straks_sag, kategori="brev").count() == 2
    assert Brevbestilling.objects.filter(sendt__isnull=True).count() == 2
    assert FakeDigitalPostClient.sendt == {}

    FakeDigitalPostClient.down = False
    assert brev_send_pending() == 2
    assert brev_send_pending() == 0
    assert Dokument.objects.filter(sag=straks_sag, kategori="brev").count() == 2
    assert len(FakeDigitalPostClient.sendt) == 2
    dokument = Dokument.objects.get(sag=straks_sag, brevtype="afgoerelse")
    with storages["dokumenter"].open(dokument.lagernoegle) as f:
        pdf = f.read()
    assert pdf.startswith(b"%PDF")
    assert dokument.sha256 == hashlib.sha256(pdf).hexdigest()
    assert dokument.synlig_for_borger is True
    assert dokument.digital_post_sendt is not None
