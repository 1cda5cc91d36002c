"""Help texts communicators own: the code's text is the default, a
municipality's wording replaces it in its language."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from backend_core.models import Hjaelpetekst
from backend_core.selectors import hjaelpetekst, hjaelpetekst_kommune, hjaelpetekst_tekst
from backend_core.tests.factories import BorgerFactory, KommuneFactory

pytestmark = pytest.mark.django_db


def test_the_code_text_is_shown_until_a_communicator_rewords_it():
    kommune = KommuneFactory()
    text = hjaelpetekst(flow="test", noegle="spm", standard="Kodens tekst.")
    with hjaelpetekst_kommune(kommune.pk):
        assert str(text) == "Kodens tekst."
    Hjaelpetekst.objects.create(kommune=kommune, flow="test", noegle="spm", sprog="da", tekst="Bedre tekst.")
    with hjaelpetekst_kommune(kommune.pk), translation.override("da"):
        assert str(text) == "Bedre tekst."
    with hjaelpetekst_kommune(kommune.pk), translation.override("en"):
        assert str(text) == "Kodens tekst."  # no English wording: the code's
    with hjaelpetekst_kommune(KommuneFactory().pk), translation.override("da"):
        assert str(text) == "Kodens tekst."  # another municipality keeps the code's


def test_a_blank_wording_falls_back_to_the_code():
    kommune = KommuneFactory()
    Hjaelpetekst.objects.create(kommune=kommune, flow="test", noegle="tom", sprog="da", tekst="   ")
    assert (
        hjaelpetekst_tekst(flow="test", noegle="tom", standard="Standard", kommune_id=kommune.pk, sprog="da")
        == "Standard"
    )


def test_the_application_step_shows_the_citizens_municipalitys_wording(client):
    borger = BorgerFactory(cpr="0809952118")
    Hjaelpetekst.objects.create(
        kommune=borger.kommune,
        flow="tandpleje",
        noegle="udgift",
        sprog="da",
        tekst="Skriv prisen fra tandlægens overslag.",
    )
    client.force_login(borger.user)
    client.cookies["django_language"] = "da"
    client.get(reverse("ansoegning:start", args=["tandpleje"]))
    html = client.get(reverse("ansoegning:trin", args=["tandpleje", "behandling"])).content.decode()
    assert "Skriv prisen fra tandlægens overslag." in html
