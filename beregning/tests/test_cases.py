"""Worked examples and rule checks from ``cases/*.toml``, each named as a sentence."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from beregning import beregn

CASES = Path(__file__).parent / "cases"


def _null(vaerdi: Any) -> Any:
    if vaerdi == "null":
        return None
    if isinstance(vaerdi, dict):
        return {k: _null(v) for k, v in vaerdi.items()}
    if isinstance(vaerdi, list):
        return [_null(v) for v in vaerdi]
    return vaerdi


def _tilfaelde() -> list[Any]:
    ud = []
    for sti in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(sti.read_text())
        standard = data.get("person_standard", {})
        for t in data["tilfaelde"]:
            inp = dict(t["input"])
            for felt in ("ansoeger", "aegtefaelle"):
                if isinstance(inp.get(felt), dict):
                    inp[felt] = {**standard, **inp[felt]}
            ud.append(pytest.param(_null(inp), t["forventet"], id=t["name"]))
    return ud


@pytest.mark.parametrize(("data", "forventet"), _tilfaelde())
def test_case(data: dict[str, Any], forventet: dict[str, Any]) -> None:
    resultat = beregn(data)
    if "fejl_felt" in forventet:
        assert "fejl" in resultat, resultat
        felt = forventet["fejl_felt"]
        if felt.endswith(".*"):
            assert resultat["fejl"]["felt"].startswith(felt[:-1])
        else:
            assert resultat["fejl"]["felt"] == felt
        assert resultat["fejl"]["besked"].endswith(".")
        return
    assert "fejl" not in resultat, resultat
    if "berettiget" in forventet:
        assert resultat["berettiget"] is forventet["berettiget"]
    if "beloeb" in forventet:
        assert resultat["beloeb"] == forventet["beloeb"]
    if "procent" in forventet:
        assert resultat["procent"] == forventet["procent"]
    if "straks_tilladt" in forventet:
        assert resultat["straks_afgoerelse"]["tilladt"] is forventet["straks_tilladt"], resultat["straks_afgoerelse"]
    if "ubekraeftede" in forventet:
        navne = {s["navn"] for s in resultat["ubekraeftede_satser"]}
        if forventet["ubekraeftede"]:
            assert set(forventet["ubekraeftede"]) <= navne
        else:
            assert navne == set()
    if "regelsaet" in forventet:
        assert resultat["versioner"]["regelsaet"] == forventet["regelsaet"]
    if "satser_gyldig_fra" in forventet:
        assert resultat["versioner"]["satser_gyldig_fra"] == forventet["satser_gyldig_fra"]
    if "linje_beloeb" in forventet:
        beloeb = [linje["beloeb"] for linje in resultat["linjer"] if linje["beloeb"] is not None]
        assert beloeb == forventet["linje_beloeb"]


def test_every_case_file_holds_cases_with_sentence_names() -> None:
    navne = [p.id for p in _tilfaelde()]
    assert len(navne) >= 40
    assert len(set(navne)) == len(navne)
    assert all(len(n.split()) >= 6 for n in navne)
