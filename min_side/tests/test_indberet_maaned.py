"""The income report's eIndkomst prefill follows the month the citizen picks."""

from __future__ import annotations

import datetime as dt
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from backend_core.breve.formatering import MAANEDER
from backend_core.models import Indberetning
from backend_core.registre.eindkomst import FakeEindkomstClient
from backend_core.tests.factories import SagFactory
from min_side.indberetning import _maaneder

pytestmark = pytest.mark.django_db


@pytest.fixture
def sag(borger):
    return SagFactory(borger=borger, ydelse="kontanthjaelp", afgjort=True)


@pytest.fixture
def to_maaneder(borger):
    """Last month (the one due) and the month before it (``denne``: the other
    month picked in these tests)."""
    sidste, denne, _tredje = (m for m, _label in _maaneder(date.today()))
    FakeEindkomstClient.maaneder = {
        (borger.cpr, sidste): (Decimal("1850.00"), Decimal("12"), "Café Amager ApS"),
        (borger.cpr, denne): (Decimal("4312.50"), Decimal("31.5"), "Café Amager ApS"),
    }
    return denne, sidste


def _i_ord(maaned):
    aar, md = maaned.split("-")
    return f"{MAANEDER['da'][int(md) - 1]} {aar}"


def _felter(response):
    form = response.context["form"]
    return form["maaned"].value(), form["arbejdsindtaegt"].value(), str(form["arbejdstimer"].value())


def test_the_page_opens_on_last_month_with_last_months_income(logged_in, sag, to_maaneder):
    _denne, sidste = to_maaneder
    response = logged_in.get(reverse("min_side:indberet", args=[sag.uuid]))
    assert _felter(response) == (sidste, "1850,00", "12")
    assert f"eIndkomst for {_i_ord(sidste)}." in response.content.decode()  # the note names the month in words


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
    assert f"eIndkomst for {_i_ord(denne)}." in html and 'id="hent-indkomst"' in html


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


def test_the_months_offered_are_the_last_three_that_have_ended_in_words():
    assert _maaneder(date(2027, 1, 15)) == [
        ("2026-12", "december 2026"),
        ("2026-11", "november 2026"),
        ("2026-10", "oktober 2026"),
    ]
    with translation.override("en"):
        assert _maaneder(date(2026, 3, 1))[0] == ("2026-02", "February 2026")


def test_the_current_month_is_not_offered_and_sending_it_is_a_clear_error(logged_in, sag, to_maaneder):
    url = reverse("min_side:indberet", args=[sag.uuid])
    denne_maaned = f"{date.today():%Y-%m}"
    response = logged_in.get(url)
    assert f'value="{denne_maaned}"' not in response.content.decode()
    key = response.context["form"]["idempotency_key"].value()
    response = logged_in.post(
        url,
        {
            "maaned": denne_maaned,
            "arbejdsindtaegt": "0",
            "arbejdstimer": "0",
            "anden_indtaegt": "0",
            "idempotency_key": key,
        },
    )
    assert response.status_code == 200 and "maaned" in response.context["form"].errors
    assert not Indberetning.objects.filter(sag=sag).exists()


def test_earlier_reports_and_the_receipt_use_months_dates_and_amounts_in_words(logged_in, sag, to_maaneder):
    _denne, sidste = to_maaneder

    def indberetning(beloeb, key, korrektion_af=None):
        i = Indberetning.objects.create(
            sag=sag,
            borger=sag.borger,
            type="indtaegt",
            maaned=sidste,
            arbejdsindtaegt=Decimal(beloeb),
            arbejdstimer=Decimal("20"),
            idempotency_key=key,
            korrektion_af=korrektion_af,
        )
        Indberetning.objects.filter(pk=i.pk).update(indsendt=dt.datetime(2026, 11, 5, 9, tzinfo=dt.UTC))
        return i

    foerste = indberetning("3400.00", "første")
    url = reverse("min_side:indberet", args=[sag.uuid])
    html = logged_in.get(url).content.decode()
    tidligere = html.split('id="tidligere-indberetninger"', 1)[1].split("</ul>", 1)[0]
    assert f"{_i_ord(sidste)}: arbejdsindtægt 3.400,00\u00a0kr., indberettet 5. november 2026" in tidligere
    kvittering = reverse("min_side:indberetning_kvittering", args=[indberetning("3500.00", "anden", foerste).uuid])
    html = logged_in.get(kvittering).content.decode()
    assert f"udbetaling for {_i_ord(sidste)} igen" in html
    assert "allerede indberettet denne måned den 5. november 2026." in html
    logged_in.cookies["django_language"] = "en"
    html = logged_in.get(kvittering).content.decode()
    aar, md = sidste.split("-")
    assert f"payment for {MAANEDER['en'][int(md) - 1]} {aar} again" in html and "on 5 November 2026." in html
    html = logged_in.get(url).content.decode()
    assert "income from work DKK\u00a03,400.00, reported 5 November 2026" in html
