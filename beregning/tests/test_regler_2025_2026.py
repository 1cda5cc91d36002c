"""Rules the third rate research added (beregning-kilder-3.md) and law
references that resolve, named as sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from beregning import beregn
from beregning.kerne.hjemmel import loes, uloeste
from beregning.kerne.satser import indlaes

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


def _familie(maaned: str, boern: int, *, par: bool, maaneder: int | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ydelse": "kontanthjaelp",
        "maaned": maaned,
        "ansoeger": dict(PERSON),
        "aegtefaelle": dict(PERSON, foedselsdato="1986-01-01") if par else None,
        "boern": [{"foedselsdato": f"201{i}-03-01"} for i in range(boern)],
        "allerede_bevilget": True,
    }
    if maaneder is not None:
        data["maaneder_paa_kontanthjaelp"] = maaneder
    return data


def _fritid(resultat: dict[str, Any]) -> list[dict[str, Any]]:
    return [linje for linje in resultat["linjer"] if linje["tekst"].startswith("Fritidstillæg")]


def test_a_couple_with_two_children_after_three_months_gets_450_kr_per_child_in_2025() -> None:
    linjer = _fritid(beregn(_familie("2025-09", 2, par=True, maaneder=4)))
    assert [linje["beloeb"] for linje in linjer] == ["900.00"]


def test_a_single_parent_with_four_children_gets_the_2026_rate_for_three_children_only() -> None:
    linjer = _fritid(beregn(_familie("2026-03", 4, par=False, maaneder=12)))
    assert [linje["beloeb"] for linje in linjer] == ["375.00"]


def test_before_three_months_on_kontanthjaelp_there_is_no_leisure_supplement() -> None:
    uden = beregn(_familie("2026-03", 2, par=True, maaneder=2))
    med = beregn(_familie("2026-03", 2, par=True, maaneder=3))
    assert _fritid(uden) == []
    assert float(med["beloeb"]) - float(uden["beloeb"]) == 1000.0


def test_unknown_months_leave_the_supplement_out_and_block_an_instant_decision() -> None:
    resultat = beregn(_familie("2026-03", 1, par=True, maaneder=None))
    assert [linje["beloeb"] for linje in _fritid(resultat)] == [None]
    assert resultat["straks_afgoerelse"]["tilladt"] is False
    assert "fritidstillæg" in resultat["straks_afgoerelse"]["begrundelse"]


def test_a_negative_number_of_months_is_an_input_error_naming_the_field() -> None:
    resultat = beregn(_familie("2026-03", 1, par=True, maaneder=-1))
    assert resultat["fejl"]["felt"] == "maaneder_paa_kontanthjaelp"


@pytest.mark.parametrize(
    "hjemmel",
    [
        "LAS § 82 a",
        "LAS § 19, stk. 3",
        "LAS §§ 16-20 (lov nr. 1655 af 30. december 2024)",
        "Pensionsloven § 14 a; § 31, stk. 3",
        "LAS § 25, stk. 3, nr. 6 og 8",
        "LAS §§ 30-31",
    ],
)
def test_references_the_system_uses_resolve_to_paragraphs(hjemmel: str) -> None:
    assert loes(hjemmel)


@pytest.mark.parametrize(
    "hjemmel",
    [
        "LAS (indkomstfradrag efter L 13 2024-25; paragraf ikke fundet)",
        "LAS § 999",
        "Ukendt lov § 1",
        "LAS § 16-99",
        "",
    ],
)
def test_an_unresolved_reference_is_caught(hjemmel: str) -> None:
    assert not loes(hjemmel)


def test_every_rate_in_every_file_cites_a_paragraph_that_resolves() -> None:
    rod = Path(__file__).parent.parent
    hjemler = []
    for mappe in rod.glob("*/satser"):
        tabel = indlaes(mappe.parent.name, mappe)
        for fil in tabel.filer:
            hjemler.extend(s.hjemmel for s in fil.satser.values())
    assert hjemler
    assert uloeste(hjemler) == []
