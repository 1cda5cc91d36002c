"""A repayment claim on Min Side: the case page shows the benefit's current
decision as the grant and the claim as its own line in words, the timeline
says what each decision was, and the payment list and the specification
present the claim as money to pay back, never as a payment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse

from backend_core.constants import UdbetalingStatus
from backend_core.models import Udbetaling
from backend_core.selectors import sag_afgoerelser_borger, sag_get, sag_tidslinje_borger
from backend_core.services import afgoerelse_create
from backend_core.tests.factories import (
    AfgoerelseFactory,
    MedarbejderFactory,
    SagFactory,
    UdbetalingFactory,
    borger_aktoer,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


@pytest.fixture
def sag(borger):
    """Granted at 13.616,00 kr. a month from September; October was paid, and
    on 1 December a new decision for October alone makes it 325,00 kr. less:
    a repayment claim."""
    with time_machine.travel("2026-09-15 10:00 +0200", tick=False):
        sag = SagFactory(borger=borger, ydelse="kontanthjaelp", afgjort=True)
        bevilling = AfgoerelseFactory(sag=sag, beloeb="13616.00", virkning_fra=dt.date(2026, 9, 1))
        UdbetalingFactory(
            sag=sag,
            maaned="2026-10",
            beloeb="13616.00",
            afgoerelse=bevilling,
            status=UdbetalingStatus.UDBETALT,
            udbetalingsdato=dt.date(2026, 9, 30),
        )
    with time_machine.travel("2026-12-01 10:00 +0100", tick=False):
        afgoerelse_create(
            aktoer=medarbejder_aktoer(MedarbejderFactory(kommune=sag.kommune)),
            sag=sag,
            udfald="delvis",
            beloeb="13291.00",
            begrundelse="Ny indtægt i oktober.",
            virkning_fra="2026-10-01",
            virkning_til="2026-10-31",
        )
    return sag


@pytest.fixture
def frossen():
    with time_machine.travel("2026-12-02 12:00 +0100", tick=False):
        yield


@pytest.fixture
def klient(client, borger, frossen):
    client.force_login(borger.user)  # at the frozen time: the session is fresh
    return client


def test_the_grant_shown_is_the_benefits_current_decision_and_the_claim_is_its_own_line(sag, frossen):
    vist = sag_afgoerelser_borger(sag_get(aktoer=borger_aktoer(sag.borger), uuid=sag.uuid))
    assert vist.gaeldende.beloeb == Decimal("13616.00")
    assert [(a.hvad, a.maaned, a.beloeb) for a in vist.andre] == [
        ("tilbagebetaling", "2026-10", Decimal("325.00")),
        ("aendret", "2026-10", Decimal("13291.00")),
    ]


def test_a_grant_for_a_period_that_has_ended_gives_way_to_the_latest_one_still_in_effect(borger):
    sag = SagFactory(borger=borger, ydelse="kontanthjaelp", afgjort=True)
    with time_machine.travel("2026-01-10 10:00 +0100", tick=False):
        aaben = AfgoerelseFactory(sag=sag, beloeb="1000.00", virkning_fra=dt.date(2026, 1, 1))
    with time_machine.travel("2026-02-10 10:00 +0100", tick=False):
        AfgoerelseFactory(
            sag=sag, beloeb="2000.00", virkning_fra=dt.date(2026, 2, 1), virkning_til=dt.date(2026, 6, 30)
        )
    sag = sag_get(aktoer=borger_aktoer(borger), uuid=sag.uuid)
    assert sag_afgoerelser_borger(sag, idag=dt.date(2026, 3, 1)).gaeldende.beloeb == Decimal("2000.00")
    assert sag_afgoerelser_borger(sag, idag=dt.date(2026, 7, 1)).gaeldende == aaben


def test_the_timeline_says_what_each_decision_was(sag, frossen):
    trin = [t for t in sag_tidslinje_borger(aktoer=borger_aktoer(sag.borger), sag=sag) if t.art == "afgjort"]
    assert [(t.hvad, t.maaned) for t in trin] == [
        ("bevilget", ""),
        ("aendret", "2026-10"),
        ("tilbagebetaling", "2026-10"),
    ]


def test_the_case_page_in_danish(klient, sag):
    html = klient.get(reverse("min_side:sag", args=[sag.uuid])).content.decode()
    gaeldende = html.split('id="afgoerelse-gaeldende"', 1)[1].split("</p>", 1)[0]
    assert f"13.616,00{NBSP}kr." in gaeldende and "325" not in gaeldende
    andre = html.split('id="afgoerelser-andre"', 1)[1].split("</ul>", 1)[0]
    assert f"Du skal betale 325,00{NBSP}kr. tilbage for oktober 2026." in andre
    assert f"Din ydelse for oktober 2026 er nu 13.291,00{NBSP}kr." in andre
    assert "afgjort 1. december 2026" in andre
    tidslinje = html.split('id="tidslinje"', 1)[1].split("</ol>", 1)[0]
    assert "Din ansøgning er bevilget" in tidslinje and "Din ydelse er ændret" in tidslinje
    assert "Tilbagebetalingskrav" in tidslinje
    assert ">Afgjort<" not in tidslinje
    udbetalinger = html.split('id="udbetalinger-heading"', 1)[1].split("</section>", 1)[0]
    assert f"oktober 2026: <strong>Du skal betale 325,00{NBSP}kr. tilbage</strong>" in udbetalinger
    assert "-325" not in udbetalinger


def test_the_case_page_in_english(klient, sag):
    klient.cookies["django_language"] = "en"
    html = klient.get(reverse("min_side:sag", args=[sag.uuid])).content.decode()
    andre = html.split('id="afgoerelser-andre"', 1)[1].split("</ul>", 1)[0]
    assert f"You must pay back DKK{NBSP}325.00 for October 2026." in andre
    assert "Repayment claim" in html.split('id="tidslinje"', 1)[1].split("</ol>", 1)[0]


def test_the_overview_lists_the_claim_as_money_to_pay_back(klient, sag):
    html = klient.get(reverse("min_side:oversigt")).content.decode()
    kort = [k for k in html.split('class="mb-4 portal-card udbetaling"')[1:] if "tilbagebetaling" in k]
    assert len(kort) == 1
    krav = kort[0].split("</li>", 1)[0]
    assert f"Du skal betale 325,00{NBSP}kr. tilbage" in krav
    assert "Kommunen sender dig et brev om, hvordan og hvornår du skal betale beløbet tilbage." in krav
    assert "Planlagt" not in krav and "Udbetalingsdatoen" not in krav and "-325" not in krav.split("<details")[0]


def test_the_specification_of_a_claim_never_says_paid_to_your_nemkonto(klient, sag):
    krav = Udbetaling.objects.get(sag=sag, art="tilbagebetaling")
    html = klient.get(reverse("min_side:udbetaling", args=[krav.uuid])).content.decode()
    assert "Tilbagebetalingskrav for oktober 2026" in html
    assert "NemKonto" not in html and "Udbetales" not in html
    assert f"<strong>325,00{NBSP}kr.</strong>" in html.split('id="beloeb"', 1)[1].split("</dd>", 1)[0]
    assert "Kommunen sender dig et brev" in html.split('id="betaling"', 1)[1]
    klient.cookies["django_language"] = "en"
    html = klient.get(reverse("min_side:udbetaling", args=[krav.uuid])).content.decode()
    assert "Repayment claim for October 2026" in html and "NemKonto" not in html
    assert "The municipality will send you a letter about how and when to pay it back." in html


def test_a_payment_still_reads_as_a_payment(klient, sag):
    ydelse = Udbetaling.objects.get(sag=sag, art="ydelse")
    html = klient.get(reverse("min_side:udbetaling", args=[ydelse.uuid])).content.decode()
    assert "Udbetaling for oktober 2026" in html and "Din NemKonto" in html and "skal betale" not in html
