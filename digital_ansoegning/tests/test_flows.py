"""The flow definitions: which steps are shown for which answers."""

from __future__ import annotations

from datetime import date

import pytest

import beregning
from digital_ansoegning.flows import FLOWS

PREFILL_ENLIG = {"hentet": "2026-01-01T00:00:00", "civilstand": "ugift", "foedselsdato": "1995-09-08", "boern": []}

ENLIG_UDEN_INDTAEGT = {
    "oplysninger_korrekte": True,
    "bor_hos_foraeldre": False,
    "samlevende": False,
    "uddannelse": False,
    "fuldtidsarbejde_2_5_aar": True,
    "aktivitetsparat": "ja",
    "opfylder_opholdskrav": True,
    "kommet_til_danmark": False,
    "har_arbejdsindtaegt": False,
    "har_anden_indtaegt": False,
    "formue": "0.00",
}


def test_single_applicant_without_income_or_children_sees_at_most_12_screens():
    flow = FLOWS["kontanthjaelp"]
    # The benefit list, every step, the documents, check answers, and the receipt.
    screens = ["oversigt", *flow.skaermbilleder(ENLIG_UDEN_INDTAEGT, PREFILL_ENLIG), "kvittering"]
    assert len(screens) <= 12, screens
    assert "indtaegt-beloeb" not in screens
    assert "aegtefaelle" not in screens
    assert "ret-oplysninger" not in screens


def test_income_step_appears_only_when_there_is_income():
    flow = FLOWS["kontanthjaelp"]
    svar = {**ENLIG_UDEN_INDTAEGT, "har_arbejdsindtaegt": True}
    slugs = flow.skaermbilleder(svar, PREFILL_ENLIG)
    assert "indtaegt-beloeb" in slugs
    keys = [s.key for s in flow.get_trin("indtaegt-beloeb").aktive_spoergsmaal(svar, PREFILL_ENLIG)]
    assert keys == ["arbejdsindtaegt", "arbejdstimer"]


def test_spouse_step_for_a_married_applicant():
    flow = FLOWS["kontanthjaelp"]
    prefill = {**PREFILL_ENLIG, "civilstand": "gift"}
    assert "aegtefaelle" in flow.skaermbilleder(ENLIG_UDEN_INDTAEGT, prefill)
    assert "samlevende" not in [s.key for s in flow.get_trin("bolig").aktive_spoergsmaal({}, prefill)]


def test_correction_step_when_the_citizen_says_the_cpr_data_is_wrong():
    flow = FLOWS["tandpleje"]
    assert "ret-oplysninger" in flow.skaermbilleder({"oplysninger_korrekte": False}, PREFILL_ENLIG)
    assert "ret-oplysninger" not in flow.skaermbilleder({"oplysninger_korrekte": True}, PREFILL_ENLIG)


def test_without_cpr_data_the_correction_step_replaces_the_fetched_data():
    flow = FLOWS["tandpleje"]
    slugs = flow.skaermbilleder({}, {"boern": []})
    assert slugs[0] == "ret-oplysninger"
    assert "om-dig" not in slugs
    keys = [s.key for s in flow.get_trin("ret-oplysninger").aktive_spoergsmaal({}, {})]
    assert "foedselsdato" in keys


def test_answers_to_hidden_questions_are_not_used():
    flow = FLOWS["kontanthjaelp"]
    svar = {**ENLIG_UDEN_INDTAEGT, "arbejdsindtaegt": "9000.00"}
    assert "arbejdsindtaegt" not in flow.aktive_svar(svar, PREFILL_ENLIG)
    data = flow.to_beregning_input(flow.aktive_svar(svar, PREFILL_ENLIG), PREFILL_ENLIG, date(2026, 3, 1))
    assert data["ansoeger"]["arbejdsindtaegt"] == "0.00"


def test_payslips_are_asked_for_only_with_work_income():
    flow = FLOWS["kontanthjaelp"]
    kategorier = [d.kategori for d in flow.noedvendige_dokumenter(ENLIG_UDEN_INDTAEGT, PREFILL_ENLIG)]
    assert kategorier == ["kontoudtog"]
    svar = {**ENLIG_UDEN_INDTAEGT, "har_arbejdsindtaegt": True}
    assert "loenseddel" in [d.kategori for d in flow.noedvendige_dokumenter(svar, PREFILL_ENLIG)]


@pytest.mark.parametrize(
    "ydelse,svar",
    [
        ("kontanthjaelp", ENLIG_UDEN_INDTAEGT),
        (
            "tandpleje",
            {
                "oplysninger_korrekte": True,
                "modtager_kontanthjaelp": True,
                "tandlaege": "Klinik",
                "behandling": "Fyldning",
                "udgift": "2000.00",
                "behandlingsdato": "2026-02-01",
                "akut": False,
                "betalt_egenbetaling_i_aar": "0.00",
            },
        ),
        (
            "helbredstillaeg",
            {
                "oplysninger_korrekte": True,
                "personlig_tillaegsprocent": 75,
                "udgiftstype": "medicin",
                "egenbetaling": "45.00",
                "likvid_formue": "20000.00",
            },
        ),
    ],
)
def test_complete_answers_give_a_calculation_without_error(ydelse, svar):
    flow = FLOWS[ydelse]
    assert flow.foerste_ubesvarede(svar, PREFILL_ENLIG) is None
    resultat = beregning.beregn(flow.to_beregning_input(svar, PREFILL_ENLIG, date(2026, 3, 1)))
    assert "fejl" not in resultat, resultat
    assert resultat["berettiget"] is True


def test_the_employment_requirement_is_met_for_someone_who_did_not_come_from_abroad():
    from datetime import date

    from digital_ansoegning.flows.kontanthjaelp import to_beregning_input

    svar = {**ENLIG_UDEN_INDTAEGT, "kommet_til_danmark": False, "fuldtidsarbejde_2_5_aar": False}
    ansoeger = to_beregning_input(svar, {}, date(2026, 3, 1))["ansoeger"]
    assert ansoeger["opfylder_beskaeftigelseskrav"] is True
    assert ansoeger["har_2_5_aars_fuldtidsbeskaeftigelse"] is False


def test_someone_from_abroad_without_two_and_a_half_years_of_work_does_not_meet_it():
    from datetime import date

    from digital_ansoegning.flows.kontanthjaelp import to_beregning_input

    svar = {**ENLIG_UDEN_INDTAEGT, "kommet_til_danmark": True, "fuldtidsarbejde_2_5_aar": False}
    assert to_beregning_input(svar, {}, date(2026, 3, 1))["ansoeger"]["opfylder_beskaeftigelseskrav"] is False


def test_dental_help_is_calculated_with_the_rules_of_the_treatment_date():
    from datetime import date

    from digital_ansoegning.flows.tandpleje import to_beregning_input

    data = to_beregning_input({"behandlingsdato": "2025-12-10", "udgift": "3000.00"}, {}, date(2026, 11, 23))
    assert data["dato"] == "2025-12-10"
