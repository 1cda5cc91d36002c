"""Hours worked are often half hours: "12,5" is an answer, not an error."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation

import beregning
from digital_ansoegning.flows import FLOWS
from digital_ansoegning.forms import form_for, gyldige_svar
from digital_ansoegning.opsummering import vis_svar

from .test_flows import ENLIG_UDEN_INDTAEGT, PREFILL_ENLIG

SVAR = {**ENLIG_UDEN_INDTAEGT, "har_arbejdsindtaegt": True}


def timer_spoergsmaal():
    trin = FLOWS["kontanthjaelp"].get_trin("indtaegt-beloeb")
    return [s for s in trin.aktive_spoergsmaal(SVAR, PREFILL_ENLIG) if s.key == "arbejdstimer"]


@pytest.mark.parametrize(("skrevet", "gemt"), [("12,5", "12.5"), ("12.5", "12.5"), (" 37 ", "37"), ("7,25", "7.25")])
def test_hours_with_a_decimal_comma_or_point_are_kept(skrevet, gemt):
    form = form_for(timer_spoergsmaal(), {}, data={"arbejdstimer": skrevet})
    assert form.is_valid(), form.errors
    assert gyldige_svar(form) == {"arbejdstimer": gemt}


@pytest.mark.parametrize(
    ("skrevet", "fejl"),
    [
        ("tolv", "Write the hours as a number, for example 37 or 12,5."),
        ("1.234,5", "Write the hours as a number, for example 37 or 12,5."),
        ("12,555", "Write at most two decimals."),
        ("745", "The number must be 744 or less."),
        ("-1", "The number must be 0 or more."),
    ],
)
def test_odd_hours_get_a_clear_message(skrevet, fejl):
    with translation.override("en"):
        form = form_for(timer_spoergsmaal(), {}, data={"arbejdstimer": skrevet})
        assert not form.is_valid()
        assert form.errors["arbejdstimer"] == [fejl]


def test_the_answer_reads_each_languages_way_and_the_calculation_takes_it():
    (spoergsmaal,) = timer_spoergsmaal()
    with translation.override("da"):
        assert vis_svar(spoergsmaal, "12.5") == "12,5"
    with translation.override("en"):
        assert vis_svar(spoergsmaal, "12.5") == "12.5"
    form = form_for(timer_spoergsmaal(), {}, data={"arbejdstimer": "12,5"})
    assert form.is_valid()
    assert form.initial == {"arbejdstimer": None}
    igen = form_for(timer_spoergsmaal(), {"arbejdstimer": "12.5"})
    assert igen.initial == {"arbejdstimer": "12,5"}


def test_the_half_hour_counts_in_the_calculation():
    """Under the rules before July 2025 each hour worked frees part of the
    income, so 12,5 hours must give more than 12."""

    def beloeb(timer: str):
        data = FLOWS["kontanthjaelp"].to_beregning_input(
            {**SVAR, "arbejdsindtaegt": "3000.00", "arbejdstimer": timer}, PREFILL_ENLIG, date(2025, 3, 15)
        )
        return beregning.beregn(data)["beloeb"]

    assert Decimal(beloeb("12.5")) > Decimal(beloeb("12"))
