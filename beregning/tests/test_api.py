"""The Python API the Django side calls: ``beregn``, ``beregn_mange``, ``YDELSER``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

import beregning
from beregning import YDELSER, beregn, beregn_mange, kontanthjaelp
from beregning.kerne.periode import Maaned

PERSON = {
    "foedselsdato": "1985-01-01",
    "bor_hos_foraeldre": False,
    "erhvervskompetencegivende_uddannelse": True,
    "opfylder_opholdskrav": True,
    "opfylder_beskaeftigelseskrav": True,
    "aktivitetsparat": False,
    "arbejdsindtaegt": "0.00",
    "arbejdstimer": 0,
    "anden_indtaegt": "0.00",
    "formue": "0.00",
}
KH = {"ydelse": "kontanthjaelp", "maaned": "2024-03", "ansoeger": PERSON, "aegtefaelle": None, "boern": []}


def test_the_catalogue_describes_every_benefit_and_is_read_only() -> None:
    assert set(YDELSER) == {"kontanthjaelp", "personlig_tillaegsprocent", "helbredstillaeg", "tandpleje"}
    for navn, ydelse in YDELSER.items():
        assert ydelse.navn == navn
        assert ydelse.titel and ydelse.titel_en and ydelse.hjemmel
        assert ydelse.skoensmaessig is False
        with pytest.raises(dataclasses.FrozenInstanceError):
            ydelse.titel = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        YDELSER["x"] = YDELSER["tandpleje"]  # type: ignore[index]


def test_bulk_gives_the_same_results_as_one_by_one_in_order() -> None:
    rows = [KH, {**KH, "maaned": "2023-05"}, {"ydelse": "nej"}, {**KH, "maaned": "2025-09"}]
    assert beregn_mange(rows) == [beregn(r) for r in rows]
    assert beregn_mange(iter(rows))[1]["beloeb"] == "11944.00"


def test_a_negative_amount_names_the_dotted_field_path() -> None:
    resultat = beregn({**KH, "ansoeger": {**PERSON, "formue": "-1.00"}})
    assert resultat == {
        "ydelse": "kontanthjaelp",
        "fejl": {"felt": "ansoeger.formue", "besked": "Må ikke være negativt.", "besked_en": "Must not be negative."},
    }


def test_a_missing_field_in_a_child_names_its_index() -> None:
    resultat = beregn({**KH, "boern": [{"foedselsdato": "2015-01-01"}, {}]})
    assert resultat["fejl"]["felt"] == "boern.1.foedselsdato"


def test_a_spouse_field_error_names_the_spouse() -> None:
    resultat = beregn({**KH, "aegtefaelle": {**PERSON, "arbejdstimer": "mange"}})
    assert resultat["fejl"]["felt"] == "aegtefaelle.arbejdstimer"


def test_an_unknown_benefit_names_the_ydelse_field() -> None:
    assert beregn({"ydelse": "boligstoette"})["fejl"]["felt"] == "ydelse"
    assert beregn([1, 2])["fejl"]["besked_en"] == "Input must be a JSON object."  # type: ignore[arg-type]


def test_every_reason_line_has_danish_and_english_text_and_a_law_reference() -> None:
    resultat = beregn({**KH, "ansoeger": {**PERSON, "arbejdsindtaegt": "2000.00", "arbejdstimer": 10}})
    assert len(resultat["linjer"]) >= 3
    for linje in resultat["linjer"]:
        assert linje["tekst"] and linje["tekst_en"] and linje["hjemmel"]
        assert linje["beloeb"] is None or Decimal(linje["beloeb"]) == Decimal(linje["beloeb"]).quantize(Decimal("0.01"))
    assert resultat["linjer"][-1]["beloeb"] == resultat["beloeb"]


def test_the_typed_function_returns_a_result_with_the_rule_set_used() -> None:
    inp = kontanthjaelp.fra_json(KH)
    assert inp.maaned == Maaned(2024, 3)
    assert inp.ansoeger.foedselsdato == dt.date(1985, 1, 1)
    resultat = kontanthjaelp.beregn(inp)
    assert resultat.beloeb == Decimal("12326.00")
    assert resultat.versioner["regelsaet"] == "las_foer_2025_07"


def test_the_public_api_is_what_the_docstring_promises() -> None:
    assert set(beregning.__all__) >= {"beregn", "beregn_mange", "YDELSER"}
    assert "beregn_mange" in (beregning.__doc__ or "")
