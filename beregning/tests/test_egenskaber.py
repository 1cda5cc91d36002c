"""Properties that hold for every input (hypothesis)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from beregning import beregn, beregn_json, kontanthjaelp

INDSTILLINGER = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

MAANEDER = [f"{aar}-{m:02d}" for aar in (2023, 2024, 2025, 2026) for m in range(1, 13)]
beloeb = st.integers(min_value=0, max_value=60_000_00).map(lambda oere: f"{oere / 100:.2f}")


@st.composite
def person(draw: st.DrawFn) -> dict[str, Any]:
    foedt = draw(st.dates(min_value=dt.date(1958, 1, 1), max_value=dt.date(2007, 12, 31)))
    return {
        "foedselsdato": foedt.isoformat(),
        "bor_hos_foraeldre": draw(st.booleans()),
        "erhvervskompetencegivende_uddannelse": draw(st.booleans()),
        "opfylder_opholdskrav": draw(st.booleans()),
        "opfylder_beskaeftigelseskrav": draw(st.booleans()),
        "aktivitetsparat": draw(st.sampled_from([True, False, None])),
        "arbejdsindtaegt": draw(beloeb),
        "arbejdstimer": draw(st.integers(min_value=0, max_value=250)),
        "anden_indtaegt": draw(beloeb),
        "formue": draw(st.sampled_from(["0.00", "5000.00", "12000.00", "40000.00"])),
        "har_2_5_aars_fuldtidsbeskaeftigelse": draw(st.booleans()),
        "gravid_efter_12_uge": draw(st.booleans()),
        "psykisk_syg": draw(st.booleans()),
    }


@st.composite
def husstand(draw: st.DrawFn) -> dict[str, Any]:
    boern = draw(st.lists(st.dates(min_value=dt.date(2004, 1, 1), max_value=dt.date(2022, 12, 31)), max_size=3))
    return {
        "ydelse": "kontanthjaelp",
        "maaned": draw(st.sampled_from(MAANEDER)),
        "ansoeger": draw(person()),
        "aegtefaelle": draw(st.one_of(st.none(), person())),
        "boern": [{"foedselsdato": b.isoformat()} for b in boern],
        "allerede_bevilget": draw(st.booleans()),
    }


@INDSTILLINGER
@given(
    husstand(),
    st.sampled_from(["ansoeger", "aegtefaelle"]),
    st.sampled_from(["arbejdsindtaegt", "anden_indtaegt"]),
    st.integers(min_value=1, max_value=20_000_00),
)
def test_more_income_never_gives_more_kontanthjaelp(data: dict[str, Any], hvem: str, felt: str, mere_oere: int) -> None:
    assume(data[hvem] is not None)
    foer = beregn(data)
    assume("fejl" not in foer)
    mere = {**data, hvem: {**data[hvem]}}
    mere[hvem][felt] = f"{Decimal(data[hvem][felt]) + Decimal(mere_oere) / 100:.2f}"
    efter = beregn(mere)
    assert "fejl" not in efter
    assert Decimal(efter["beloeb"]) <= Decimal(foer["beloeb"])


@INDSTILLINGER
@given(husstand())
def test_kontanthjaelp_is_never_negative_and_zero_when_not_entitled(data: dict[str, Any]) -> None:
    resultat = beregn(data)
    if "fejl" in resultat:
        assert resultat["fejl"]["felt"]
        return
    assert Decimal(resultat["beloeb"]) >= 0
    if not resultat["berettiget"]:
        assert resultat["beloeb"] == "0.00"
        assert resultat["straks_afgoerelse"]["tilladt"] is False
    if resultat["ubekraeftede_satser"]:
        assert resultat["straks_afgoerelse"]["tilladt"] is False


@INDSTILLINGER
@given(husstand())
def test_a_month_uses_only_the_rates_of_its_own_rate_period(data: dict[str, Any]) -> None:
    resultat = beregn(data)
    assume("fejl" not in resultat)
    dag = dt.date.fromisoformat(data["maaned"] + "-01")
    fil = kontanthjaelp.satstabel().gaeldende(dag)
    assert resultat["versioner"]["satser"] == fil.version
    assert fil.gyldig_fra <= dag <= fil.gyldig_til
    assert resultat["versioner"]["regelsaet"] == ("las_foer_2025_07" if dag < dt.date(2025, 7, 1) else "las_2025_07")
    for sats in resultat["ubekraeftede_satser"]:
        assert Decimal(sats["vaerdi"]) == fil.satser[sats["navn"]].vaerdi
        assert sats["sikkerhed"] == fil.satser[sats["navn"]].sikkerhed
    # Every positive amount before the total is a rate from the month's own file.
    egne = {s.vaerdi for s in fil.satser.values()}
    positive = [
        linje for linje in resultat["linjer"][:-1] if linje["beloeb"] is not None and Decimal(linje["beloeb"]) > 0
    ]
    for linje in positive:
        assert Decimal(linje["beloeb"]) in egne, linje


@INDSTILLINGER
@given(husstand())
def test_the_json_line_is_exactly_the_compact_encoding_of_the_result_dict(
    data: dict[str, Any],
) -> None:
    assert beregn_json(data) == json.dumps(beregn(data), ensure_ascii=False, separators=(",", ":")).encode()


@INDSTILLINGER
@given(
    st.sampled_from([2024, 2025, 2026]),
    st.booleans(),
    st.integers(min_value=0, max_value=300_000),
    st.integers(min_value=1, max_value=50_000),
)
def test_more_income_never_raises_the_personal_supplement_percentage(
    aar: int, par: bool, indtaegt: int, mere: int
) -> None:
    def procent(i: int) -> int:
        r = beregn(
            {"ydelse": "personlig_tillaegsprocent", "aar": aar, "gift_eller_samlevende": par, "indtaegt": f"{i}.00"}
        )
        assert 0 <= r["procent"] <= 100
        return int(r["procent"])

    assert procent(indtaegt + mere) <= procent(indtaegt)


@INDSTILLINGER
@given(
    st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2026, 12, 31)),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=1, max_value=100_000_00),
    st.integers(min_value=0, max_value=120_000),
)
def test_health_supplement_grows_with_the_percentage_and_never_exceeds_85_percent(
    dato: dt.date, procent: int, oere: int, formue: int
) -> None:
    def tillaeg(p: int) -> Decimal:
        r = beregn(
            {
                "ydelse": "helbredstillaeg",
                "dato": dato.isoformat(),
                "personlig_tillaegsprocent": p,
                "likvid_formue": f"{formue}.00",
                "egenbetaling": f"{oere / 100:.2f}",
            }
        )
        assert "fejl" not in r
        return Decimal(r["beloeb"])

    lav, hoej = tillaeg(procent), tillaeg(procent + 1)
    assert 0 <= lav <= hoej
    assert hoej <= (Decimal(oere) / 100 * Decimal("0.85")).quantize(Decimal("0.01")) + Decimal("0.01")


@INDSTILLINGER
@given(
    st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2026, 12, 31)),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2005, 1, 1)),
    st.integers(min_value=0, max_value=50_000_00),
    st.integers(min_value=0, max_value=900),
    st.integers(min_value=1, max_value=10_000_00),
)
def test_a_larger_dental_bill_never_gives_a_smaller_subsidy_nor_more_than_the_bill(
    dato: dt.date, foedt: dt.date, oere: int, betalt: int, mere: int
) -> None:
    def tilskud(o: int) -> Decimal | None:
        r = beregn(
            {
                "ydelse": "tandpleje",
                "dato": dato.isoformat(),
                "foedselsdato": foedt.isoformat(),
                "modtager_kontanthjaelp": True,
                "udgift": f"{o / 100:.2f}",
                "betalt_egenbetaling_i_aar": f"{betalt}.00",
            }
        )
        assert "fejl" not in r, r["fejl"]
        return Decimal(r["beloeb"])

    lav, hoej = tilskud(oere), tilskud(oere + mere)
    assert 0 <= lav <= hoej <= Decimal(oere + mere) / 100


json_vaerdier = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda indre: st.lists(indre, max_size=4) | st.dictionaries(st.text(max_size=8), indre, max_size=4),
    max_leaves=20,
)


@INDSTILLINGER
@given(
    st.sampled_from(["kontanthjaelp", "personlig_tillaegsprocent", "helbredstillaeg", "tandpleje", "ukendt", None]),
    st.dictionaries(
        st.sampled_from(
            [
                "maaned",
                "ansoeger",
                "aegtefaelle",
                "boern",
                "aar",
                "gift_eller_samlevende",
                "indtaegt",
                "dato",
                "personlig_tillaegsprocent",
                "likvid_formue",
                "egenbetaling",
                "foedselsdato",
                "modtager_kontanthjaelp",
                "udgift",
                "betalt_egenbetaling_i_aar",
            ]
        ),
        json_vaerdier,
        max_size=8,
    ),
)
def test_any_json_input_gives_a_result_or_a_named_error_and_never_raises(
    ydelse: str | None, resten: dict[str, Any]
) -> None:
    resultat = beregn({"ydelse": ydelse, **resten})
    assert resultat["ydelse"] == ydelse
    if "fejl" in resultat:
        assert set(resultat["fejl"]) == {"felt", "besked", "besked_en"}
        assert not resultat["fejl"]["besked"].startswith("Uventet")
    else:
        assert isinstance(resultat["berettiget"], bool)
