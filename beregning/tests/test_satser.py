"""Rate files: every value carries a source, and the loader enforces it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from beregning import helbredstillaeg, kontanthjaelp, personlig_tillaegsprocent, tandpleje
from beregning.kerne.fejl import SatsFejl, SatsfilFejl
from beregning.kerne.satser import SIKKERHEDER, indlaes, laes_satsfil

PAKKE = Path(__file__).parent.parent
SATSFILER = sorted(PAKKE.glob("*/satser/*.toml"))

GYLDIG = """\
gyldig_fra = 2024-01-01
gyldig_til = 2024-12-31
regelsaet = "test"

[satser.a]
vaerdi = "1.00"
enhed = "kr"
hjemmel = "LAS § 1"
kilde = "https://example.org"
sikkerhed = "officiel"
"""


def test_there_is_a_rate_file_for_every_benefit() -> None:
    assert {p.parent.parent.name for p in SATSFILER} == {
        "kontanthjaelp",
        "personlig_tillaegsprocent",
        "helbredstillaeg",
        "tandpleje",
    }


@pytest.mark.parametrize("sti", SATSFILER, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_value_in_the_rate_file_names_its_source_law_and_confidence(sti: Path) -> None:
    fil = laes_satsfil(sti.parent.parent.name, sti)
    assert fil.satser
    for sats in fil.satser.values():
        assert sats.kilde.strip(), sats.navn
        assert sats.hjemmel.strip(), sats.navn
        assert sats.sikkerhed in SIKKERHEDER, sats.navn
        assert sats.vaerdi >= 0, sats.navn
        assert sats.gyldig_fra == fil.gyldig_fra


def test_the_loader_rejects_a_value_without_a_source(tmp_path: Path) -> None:
    sti = tmp_path / "2024-01-01.toml"
    sti.write_text(GYLDIG.replace('kilde = "https://example.org"\n', ""))
    with pytest.raises(SatsfilFejl, match="kilde"):
        laes_satsfil("test", sti)


def test_the_loader_rejects_an_unknown_confidence_label(tmp_path: Path) -> None:
    sti = tmp_path / "2024-01-01.toml"
    sti.write_text(GYLDIG.replace('"officiel"', '"sikker"'))
    with pytest.raises(SatsfilFejl, match="sikkerhed"):
        laes_satsfil("test", sti)


def test_the_loader_rejects_a_file_named_after_another_date(tmp_path: Path) -> None:
    sti = tmp_path / "2024-02-01.toml"
    sti.write_text(GYLDIG)
    with pytest.raises(SatsfilFejl, match="file name"):
        laes_satsfil("test", sti)


def test_the_loader_rejects_overlapping_files(tmp_path: Path) -> None:
    (tmp_path / "2024-01-01.toml").write_text(GYLDIG)
    (tmp_path / "2024-06-01.toml").write_text(
        GYLDIG.replace("2024-01-01", "2024-06-01").replace("2024-12-31", "2025-05-31")
    )
    with pytest.raises(SatsfilFejl, match="overlaps"):
        indlaes("test-overlap", tmp_path)


def test_a_date_without_a_rate_file_is_an_error_that_names_the_date_and_the_periods(
    tmp_path: Path,
) -> None:
    (tmp_path / "2024-01-01.toml").write_text(GYLDIG)
    tabel = indlaes("test-huller", tmp_path)
    assert tabel.gaeldende(dt.date(2024, 6, 1)).fil == "2024-01-01.toml"
    with pytest.raises(SatsFejl) as fejl:
        tabel.gaeldende(dt.date(2025, 1, 1))
    assert "2025-01-01" in fejl.value.besked
    assert "2024-01-01–2024-12-31" in fejl.value.besked


@pytest.mark.parametrize(
    "modul",
    [kontanthjaelp, personlig_tillaegsprocent, helbredstillaeg, tandpleje],
    ids=lambda m: m.__name__,
)
def test_the_rate_periods_of_a_benefit_do_not_overlap_and_start_on_the_first_of_a_month(
    modul: object,
) -> None:
    tabel = modul.satstabel()  # type: ignore[attr-defined]
    for foer, efter in zip(tabel.filer, tabel.filer[1:], strict=False):
        assert foer.gyldig_til < efter.gyldig_fra
        assert foer.gyldig_til + dt.timedelta(days=1) == efter.gyldig_fra, "a gap between files"
    assert all(f.gyldig_fra.day == 1 for f in tabel.filer)


def test_kontanthjaelp_covers_every_month_from_january_2023() -> None:
    tabel = kontanthjaelp.satstabel()
    assert tabel.filer[0].gyldig_fra == dt.date(2023, 1, 1)


def test_kontanthjaelp_rate_files_change_rule_set_on_1_july_2025() -> None:
    tabel = kontanthjaelp.satstabel()
    assert tabel.gaeldende(dt.date(2025, 6, 30)).regelsaet == "las_foer_2025_07"
    assert tabel.gaeldende(dt.date(2025, 7, 1)).regelsaet == "las_2025_07"


def test_the_unfound_hjemmeboende_sats_is_left_out_rather_than_invented() -> None:
    for fil in kontanthjaelp.satstabel().filer:
        assert "hjemmeboende_sats" not in fil.satser


def test_saerligt_ungetillaeg_2025_equals_the_2024_level_regulated_by_3_6_percent() -> None:
    fil = kontanthjaelp.satstabel().gaeldende(dt.date(2025, 7, 1))
    for navn, niveau_2024 in [("ungetillaeg_u25", 1000), ("ungetillaeg_25_29", 2500)]:
        assert fil.satser[navn].vaerdi == round(niveau_2024 * 1.036)


@pytest.mark.parametrize("sti", SATSFILER, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_rate_has_a_name_people_read_in_danish_and_english(sti: Path) -> None:
    """A reason shown to a citizen names an unconfirmed rate by its name, not its key."""
    import re

    from beregning.kerne.satsnavne import satsnavn

    for noegle in laes_satsfil(sti.parent.parent.name, sti).satser:
        da, en = satsnavn(noegle)
        assert (da, en) != ("en sats", "a rate"), noegle
        assert not re.search(r"[a-z]+_[a-z]+", da + en), (noegle, da, en)
