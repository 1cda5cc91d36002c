"""Helbredstillæg decided at once only on verified facts: the pension, the
personal supplement percentage and the liquid assets from Udbetaling
Danmark's register, the own share from an uploaded invoice (issue 10)."""

from __future__ import annotations

from decimal import Decimal
from unittest import mock

import pytest
import requests
import time_machine

from backend_core.constants import DokumentKategori, SagStatus
from backend_core.models import Afgoerelse, Ansoegning
from backend_core.registre import RegisterUtilgaengelig, get_pension_client
from backend_core.registre.pension import DEMO_PENSION, FakePensionClient, HttpPensionClient
from backend_core.services import ansoegning_submit
from backend_core.tests.factories import BorgerFactory, DokumentFactory, borger_aktoer

pytestmark = pytest.mark.django_db

KAREN = "0204551126"  # the demo pensioner: folkepension, 100 %, 20.000 kr.


def _svar(dato: str, **kw) -> dict:
    # What the citizen typed: a lower percentage and other assets than the register's.
    return {
        "ydelse": "helbredstillaeg",
        "dato": dato,
        "personlig_tillaegsprocent": 50,
        "likvid_formue": "5000.00",
        "egenbetaling": "450.00",
        **kw,
    }


def _submit(borger, *, dato, regning=True, key="h1"):
    dokumenter = [DokumentFactory(borger=borger, kategori=DokumentKategori.REGNING).uuid] if regning else []
    ansoegning = ansoegning_submit(
        aktoer=borger_aktoer(borger),
        borger=borger,
        ydelse="helbredstillaeg",
        svar={"personlig_tillaegsprocent": 50},
        beregning_input=_svar(dato),
        form_version="helbredstillaeg-2026.1",
        idempotency_key=key,
        dokument_uuids=dokumenter,
    )
    sag = ansoegning.sag
    sag.refresh_from_db()
    return ansoegning, sag


@time_machine.travel("2024-03-01 10:00 +0100", tick=False)
def test_an_instant_decision_on_the_registers_facts_and_confirmed_2024_rates():
    """Real rules and rates, no patched verdict: 2024's asset limit (99.200 kr.)
    and coverage (85 %) are confirmed by official sources."""
    borger = BorgerFactory(cpr=KAREN)
    ansoegning, sag = _submit(borger, dato="2024-03-01")
    assert ansoegning.beregning_input["kilder"] == {
        "modtager_pension": "register",
        "personlig_tillaegsprocent": "register",
        "likvid_formue": "register",
        "egenbetaling": "dokument",
    }
    # The register's 100 % and 20.000 kr. decide, not the 50 % the citizen typed.
    assert ansoegning.beregning_input["personlig_tillaegsprocent"] == 100
    assert ansoegning.beregning_input["likvid_formue"] == "20000.00"
    assert sag.status == SagStatus.AFGJORT
    afgoerelse = Afgoerelse.objects.get(sag=sag)
    assert afgoerelse.afgjort_af_straks is True
    assert afgoerelse.beloeb == Decimal("382.50")  # 85 % of 450 kr. at 100 %
    assert "Udbetaling Danmark oplyser" in afgoerelse.begrundelse
    tekst = afgoerelse.begrundelse.replace("\xa0", " ")
    assert "100 %" in tekst and "450,00 kr." in tekst
    assert "Udbetaling Danmark states" in afgoerelse.begrundelse_en
    assert FakePensionClient.kald == [KAREN]


@time_machine.travel("2024-03-01 10:00 +0100", tick=False)
def test_without_the_invoice_the_own_share_is_the_citizens_word_and_a_caseworker_decides():
    borger = BorgerFactory(cpr=KAREN)
    ansoegning, sag = _submit(borger, dato="2024-03-01", regning=False)
    assert ansoegning.beregning_input["kilder"]["egenbetaling"] == "borger"
    assert sag.status == SagStatus.MODTAGET and not sag.afgoerelser.exists()
    straks = sag.beregninger.get().resultat["straks_afgoerelse"]
    assert "regningen eller overslaget er ikke vedlagt" in straks["begrundelse"]
    assert "the invoice or estimate is not attached" in straks["begrundelse_en"]


@time_machine.travel("2024-03-01 10:00 +0100", tick=False)
def test_a_pension_register_outage_leaves_everything_to_the_citizens_word_and_stores_the_case():
    FakePensionClient.down = True
    borger = BorgerFactory(cpr=KAREN)
    ansoegning, sag = _submit(borger, dato="2024-03-01")
    assert ansoegning.beregning_input["kilder"]["personlig_tillaegsprocent"] == "borger"
    assert ansoegning.beregning_input["personlig_tillaegsprocent"] == 50  # the citizen's answer, unverified
    assert sag.status == SagStatus.MODTAGET and not sag.afgoerelser.exists()
    begrundelse = sag.beregninger.get().resultat["straks_afgoerelse"]["begrundelse"]
    assert "ikke bekræftet af Udbetaling Danmark" in begrundelse
    assert "kun oplyst af ansøgeren selv" in begrundelse


@time_machine.travel("2024-03-01 10:00 +0100", tick=False)
def test_a_person_udbetaling_danmark_pays_no_pension_is_not_granted_at_once():
    borger = BorgerFactory(cpr="1205881234")  # Mette, 38: no pension
    ansoegning, sag = _submit(borger, dato="2024-03-01")
    assert ansoegning.beregning_input["modtager_pension"] is False
    assert ansoegning.beregning_input["kilder"]["modtager_pension"] == "register"
    beregning = sag.beregninger.get()
    assert beregning.berettiget is False
    assert sag.status == SagStatus.MODTAGET and not sag.afgoerelser.exists()


@time_machine.travel("2026-11-20 10:00 +0100", tick=False)
def test_in_2026_the_unconfirmed_asset_limit_sends_even_verified_facts_to_a_caseworker():
    """The 2026 limit (108.000 kr.) has only secondary sources, so no 2026
    expense can be decided at once; the reason names the rate in words."""
    borger = BorgerFactory(cpr=KAREN)
    _ansoegning, sag = _submit(borger, dato="2026-11-20")
    assert sag.status == SagStatus.MODTAGET
    begrundelse = sag.beregninger.get().resultat["straks_afgoerelse"]["begrundelse"]
    assert "formuegrænse" in begrundelse and "formuegraense" not in begrundelse
    assert "kun oplyst" not in begrundelse  # every fact was verified


def test_the_pension_client_comes_from_settings_and_the_fake_knows_the_demo_pensioner(settings):
    assert isinstance(get_pension_client(), FakePensionClient)
    assert get_pension_client().hent_pension(KAREN, 2026) == DEMO_PENSION[KAREN]
    assert get_pension_client().hent_pension("1205881234", 2026).modtager_pension is False
    settings.PENSION_CLIENT = "backend_core.registre.pension.HttpPensionClient"
    settings.PENSION_URL = "https://udk.example.invalid"
    settings.PENSION_TIMEOUT_SECONDS = 3
    client = get_pension_client()
    assert isinstance(client, HttpPensionClient) and client.timeout == 3


def test_the_http_pension_client_keeps_the_number_out_of_the_url_and_reads_the_answer():
    session = mock.Mock()
    session.request.return_value = mock.Mock(
        status_code=200,
        content=b"x",
        json=lambda: {"pensionstype": "folkepension", "personlig_tillaegsprocent": 62, "likvid_formue": "1200.50"},
    )
    svar = HttpPensionClient(base_url="https://u.invalid", session=session).hent_pension(KAREN, 2026)
    assert (svar.pensionstype, svar.personlig_tillaegsprocent, svar.likvid_formue) == (
        "folkepension",
        62,
        Decimal("1200.50"),
    )
    args, kwargs = session.request.call_args
    assert KAREN not in args[1] and kwargs["json"] == {"cpr": KAREN, "aar": 2026}


@pytest.mark.parametrize("fejl", [requests.Timeout, requests.ConnectionError])
def test_the_http_pension_client_turns_a_timeout_into_an_outage(fejl):
    session = mock.Mock()
    session.request.side_effect = fejl("boom")
    with pytest.raises(RegisterUtilgaengelig):
        HttpPensionClient(base_url="https://u.invalid", timeout=1, session=session).hent_pension(KAREN, 2026)
    assert session.request.call_args.kwargs["timeout"] == 1


def test_a_garbled_answer_verifies_nothing_beyond_what_it_says():
    session = mock.Mock()
    session.request.return_value = mock.Mock(
        status_code=200,
        content=b"x",
        json=lambda: {"pensionstype": "folkepension", "personlig_tillaegsprocent": 140, "likvid_formue": "NaN"},
    )
    svar = HttpPensionClient(base_url="https://u.invalid", session=session).hent_pension(KAREN, 2026)
    assert svar.modtager_pension and svar.personlig_tillaegsprocent is None and svar.likvid_formue is None


def test_no_ansoegning_stores_the_cpr_number_in_the_input():
    borger = BorgerFactory(cpr=KAREN)
    ansoegning, _sag = _submit(borger, dato="2026-11-20")
    assert KAREN not in str(Ansoegning.objects.get(pk=ansoegning.pk).beregning_input)
