"""The income report's eIndkomst prefill follows the month the citizen picks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from backend_core.registre.eindkomst import FakeEindkomstClient
from backend_core.tests.factories import SagFactory
from min_side.indberetning import _maaneder

pytestmark = pytest.mark.django_db


@pytest.fixture
def sag(borger):
    return SagFactory(borger=borger, ydelse="kontanthjaelp", afgjort=True)


@pytest.fixture
def to_maaneder(borger):
    denne, sidste, _forrige = (m for m, _label in _maaneder(date.today()))
    FakeEindkomstClient.maaneder = {
        (borger.cpr, sidste): (Decimal("1850.00"), Decimal("12"), "Café Amager ApS"),
        (borger.cpr, denne): (Decimal("4312.50"), Decimal("31.5"), "Café Amager ApS"),
    }
    return denne, sidste


def _felter(response):
    form = response.context["form"]
    return form["maaned"].value(), form["arbejdsindtaegt"].value(), str(form["arbejdstimer"].value())


def test_the_page_opens_on_last_month_with_last_months_income(logged_in, sag, to_maaneder):
    _denne, sidste = to_maaneder
    response = logged_in.get(reverse("min_side:indberet", args=[sag.uuid]))
    assert _felter(response) == (sidste, "1850,00", "12")
    assert f"{sidste[5:]}/{sidste[:4]}" in response.content.decode()  # the note names the month


def test_choosing_another_month_fills_in_that_months_income_and_keeps_the_rest(logged_in, sag, to_maaneder):
    denne, _sidste = to_maaneder
    url = reverse("min_side:indberet", args=[sag.uuid])
    key = logged_in.get(url).context["form"]["idempotency_key"].value()
    response = logged_in.post(
        url,
        {
            "handling": "hent",
            "maaned": denne,
            "arbejdsindtaegt": "1850,00",
            "arbejdstimer": "12",
            "anden_indtaegt": "300",
            "aendringer": ["flyttet"],
            "beskrivelse": "Ny adresse",
            "idempotency_key": key,
        },
    )
    assert response.status_code == 200
    assert _felter(response) == (denne, "4312,50", "31.5")
    form = response.context["form"]
    assert form["anden_indtaegt"].value() == "300"
    assert form["aendringer"].value() == ["flyttet"] and form["beskrivelse"].value() == "Ny adresse"
    assert str(form["idempotency_key"].value()) == str(key)  # still one report
    assert not form.errors
    html = response.content.decode()
    assert f"{denne[5:]}/{denne[:4]}" in html and 'id="hent-indkomst"' in html


def test_a_month_given_in_the_address_is_prefilled_and_an_unknown_one_falls_back(logged_in, sag, to_maaneder):
    denne, sidste = to_maaneder
    url = reverse("min_side:indberet", args=[sag.uuid])
    assert _felter(logged_in.get(url, {"maaned": denne}))[:2] == (denne, "4312,50")
    assert _felter(logged_in.get(url, {"maaned": "1999-01"}))[:2] == (sidste, "1850,00")
    assert _felter(logged_in.post(url, {"handling": "hent", "maaned": "x'"}))[:2] == (sidste, "1850,00")


def test_with_eindkomst_down_the_chosen_month_is_kept_and_the_fields_are_left_empty(logged_in, sag, to_maaneder):
    denne, _sidste = to_maaneder
    FakeEindkomstClient.down = True
    response = logged_in.post(reverse("min_side:indberet", args=[sag.uuid]), {"handling": "hent", "maaned": denne})
    assert response.status_code == 200
    assert _felter(response)[:2] == (denne, None)
    assert response.context["hentet"] is False
