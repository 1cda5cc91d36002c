"""A reported change of circumstances gets a receipt letter like an
application: a PDF stored as a letter on Min Side, in the citizen's
language, naming what happens next (issue 10)."""

from __future__ import annotations

import io
import re

import pytest
from django.core.files.storage import storages
from django.utils import translation
from pypdf import PdfReader

from backend_core.constants import DokumentKategori
from backend_core.models import Brevbestilling, Dokument
from backend_core.services import aendring_submit, brev_produce_and_send
from backend_core.tests.factories import DokumentFactory, SagFactory, borger_aktoer
from beregning.kerne.hjemmel import uloeste

pytestmark = pytest.mark.django_db


def _meld(sag, *, key="a1", sprog="da", dokumenter=()):
    with translation.override(sprog):
        return aendring_submit(
            aktoer=borger_aktoer(sag.borger),
            borger=sag.borger,
            sag=sag,
            aendringer=["gift", "flyttet"],
            beskrivelse="Vi er blevet gift og bor nu på Havnegade 3.",
            dato="2026-11-15",
            dokument_uuids=dokumenter,
            idempotency_key=key,
        )


def _pdf_tekst(dokument: Dokument) -> str:
    with storages["dokumenter"].open(dokument.lagernoegle, "rb") as f:
        reader = PdfReader(io.BytesIO(f.read()))
    return "\n".join(p.extract_text() for p in reader.pages).replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("sprog", "forventet"),
    [
        (
            "da",
            [
                "Vi har modtaget din indberetning",
                "Jeg er blevet gift eller flyttet sammen med en partner",
                "Jeg er flyttet",
                "15. november 2026",
                "Din sagsbehandler",
                "vielsesattest.pdf",
            ],
        ),
        (
            "en",
            [
                "We have received your report",
                "I have married or moved in with a partner",
                "I have moved",
                "15 November 2026",
                "Your caseworker looks at the change",
                "vielsesattest.pdf",
            ],
        ),
    ],
)
def test_a_reported_change_gets_a_receipt_letter_on_min_side_in_the_citizens_language(sprog, forventet):
    sag = SagFactory(afgjort=True, ydelse="kontanthjaelp")
    bilag = DokumentFactory(borger=sag.borger, filnavn="vielsesattest.pdf")
    indberetning = _meld(sag, sprog=sprog, dokumenter=[bilag.uuid])
    bestilling = Brevbestilling.objects.get(indberetning=indberetning)
    assert (bestilling.brevtype, bestilling.sprog, bestilling.sag) == ("kvittering", sprog, sag)

    dokument = brev_produce_and_send(bestilling=bestilling)
    assert dokument.kategori == DokumentKategori.BREV and dokument.synlig_for_borger
    assert dokument.sag == sag and dokument.brevtype == "kvittering"
    tekst = _pdf_tekst(dokument)
    for stykke in forventet:
        assert stykke in tekst.replace("\n", " "), stykke
    assert "Vi er blevet gift og bor nu på Havnegade 3." in tekst.replace("\n", " ")
    assert sag.reference in tekst
    assert "kr.." not in tekst and "paragraf ikke fundet" not in tekst
    assert not re.search(r"\b[a-z]+_[a-z]+\b", tekst)
    assert uloeste(re.findall(r"(?:LAS|Pensionsloven|Retssikkerhedsloven) §[^\n;)]*", tekst)) == []


def test_the_same_change_sent_twice_orders_one_receipt():
    sag = SagFactory(afgjort=True, ydelse="kontanthjaelp")
    first = _meld(sag, key="same")
    again = _meld(sag, key="same")
    assert first == again
    assert Brevbestilling.objects.filter(sag=sag, brevtype="kvittering").count() == 1


def test_the_application_receipt_is_not_mistaken_for_the_change_receipt():
    sag = SagFactory(afgjort=True, ydelse="kontanthjaelp")
    indberetning = _meld(sag)
    assert Brevbestilling.objects.get(sag=sag).indberetning == indberetning
    assert not Brevbestilling.objects.filter(sag=sag, indberetning__isnull=True).exists()
