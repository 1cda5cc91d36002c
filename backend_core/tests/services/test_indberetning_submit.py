from decimal import Decimal

import pytest

from backend_core import events
from backend_core.exceptions import AdgangNaegtet, DomaeneValideringsfejl
from backend_core.models import Indberetning, OutboxEvent, Udbetaling
from backend_core.services import ansoegning_submit, indberetning_submit
from backend_core.tests.factories import BorgerFactory, borger_aktoer, kontanthjaelp_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def bevilget_sag(straks_tilladt):
    borger = BorgerFactory()
    ansoegning = ansoegning_submit(
        aktoer=borger_aktoer(borger),
        borger=borger,
        ydelse="kontanthjaelp",
        svar={},
        beregning_input=kontanthjaelp_input(),
        form_version="1",
        idempotency_key="a",
    )
    return ansoegning.sag


def _report(sag, key="r1", loen="5000.00", **kw):
    return indberetning_submit(
        aktoer=borger_aktoer(sag.borger),
        borger=sag.borger,
        sag=sag,
        maaned="2026-04",
        arbejdsindtaegt=loen,
        arbejdstimer="30",
        anden_indtaegt="0",
        aendringer=kw.pop("aendringer", {}),
        idempotency_key=key,
        **kw,
    )


def test_income_report_recalculates_and_updates_the_payment_plan(bevilget_sag):
    indberetning = _report(bevilget_sag)
    beregning = indberetning.beregning
    assert beregning.input["ansoeger"]["arbejdsindtaegt"] == "5000.00"
    assert beregning.periode == "2026-04"
    assert beregning.beloeb < Decimal("14201.00")
    assert beregning.linjer
    linje = Udbetaling.objects.get(sag=bevilget_sag, maaned="2026-04")
    assert linje.beloeb == beregning.beloeb
    assert OutboxEvent.objects.filter(type=events.INDBERETNING_MODTAGET).count() == 1


def test_changes_ticked_on_an_income_report_are_a_task_and_not_applied(bevilget_sag):
    indberetning = _report(
        bevilget_sag,
        loen="0",
        aendringer={"valgt": ["gift", "flyttet"], "beskrivelse": "Vi er blevet gift."},
    )
    assert indberetning.type == "indtaegt"
    assert indberetning.aendringer["valgt"] == ["gift", "flyttet"]
    assert indberetning.aendringer["beskrivelse"] == "Vi er blevet gift."
    assert indberetning.beregning.input.get("aegtefaelle") is None
    bevilget_sag.refresh_from_db()
    assert bevilget_sag.ny_aktivitet == "aendring"


def test_an_unknown_change_is_a_clear_error(bevilget_sag):
    with pytest.raises(DomaeneValideringsfejl):
        _report(bevilget_sag, aendringer={"valgt": ["formue_og_alt_muligt"]})


def test_reporting_twice_with_one_key_returns_the_first(bevilget_sag):
    foerste = _report(bevilget_sag)
    anden = _report(bevilget_sag, loen="1.00")
    assert anden.pk == foerste.pk
    assert Indberetning.objects.count() == 1


def test_a_bad_month_is_refused(bevilget_sag):
    with pytest.raises(DomaeneValideringsfejl):
        indberetning_submit(
            aktoer=borger_aktoer(bevilget_sag.borger),
            borger=bevilget_sag.borger,
            sag=bevilget_sag,
            maaned="april",
            arbejdsindtaegt="0",
            arbejdstimer="0",
            anden_indtaegt="0",
            aendringer={},
            idempotency_key="x",
        )


def test_another_citizen_cannot_report_on_the_case(bevilget_sag):
    anden = BorgerFactory()
    with pytest.raises(AdgangNaegtet):
        indberetning_submit(
            aktoer=borger_aktoer(anden),
            borger=anden,
            sag=bevilget_sag,
            maaned="2026-04",
            arbejdsindtaegt="0",
            arbejdstimer="0",
            anden_indtaegt="0",
            aendringer={},
            idempotency_key="x",
        )
