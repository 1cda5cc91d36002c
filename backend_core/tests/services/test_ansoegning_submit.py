import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from backend_core import events
from backend_core.aktoer import Aktoer
from backend_core.constants import Register, SagStatus, UdbetalingStatus
from backend_core.exceptions import AdgangNaegtet, DomaeneValideringsfejl
from backend_core.models import (
    Afgoerelse,
    Ansoegning,
    AuditEntry,
    Beregning,
    Borger,
    Brevbestilling,
    OutboxEvent,
    Sag,
    Udbetaling,
)
from backend_core.registre.cpr import FakeCprClient
from backend_core.registre.eindkomst import FakeEindkomstClient
from backend_core.services import ansoegning_submit, sag_registre_refresh
from backend_core.tasks import registre_retry_waiting
from backend_core.tests.factories import (
    BorgerFactory,
    DokumentFactory,
    KommuneFactory,
    SagFactory,
    borger_aktoer,
    kontanthjaelp_input,
    tandpleje_input,
)

pytestmark = pytest.mark.django_db


def _submit(borger, *, key="k1", data=None, ydelse="kontanthjaelp", **kw):
    return ansoegning_submit(
        aktoer=borger_aktoer(borger),
        borger=borger,
        ydelse=ydelse,
        svar={"bor_alene": True},
        beregning_input=data or kontanthjaelp_input(),
        form_version="kontanthjaelp-3",
        idempotency_key=key,
        **kw,
    )


def test_submission_is_stored_calculated_and_queued_for_a_caseworker():
    borger = BorgerFactory()
    ansoegning = _submit(borger)
    sag = ansoegning.sag
    assert sag.status == SagStatus.MODTAGET
    assert sag.kommune == borger.kommune
    assert ansoegning.form_version == "kontanthjaelp-3"
    assert ansoegning.svar == {"bor_alene": True}
    beregning = Beregning.objects.get(sag=sag)
    assert beregning.beloeb == Decimal("14201.00")
    assert beregning.versioner["satser_gyldig_fra"] == "2026-01-01"
    assert beregning.linjer[0]["hjemmel"] == "LAS § 16"
    assert list(Brevbestilling.objects.filter(sag=sag).values_list("brevtype", flat=True)) == ["kvittering"]
    assert [e.type for e in OutboxEvent.objects.filter(sag=sag)] == [events.SAG_MODTAGET]
    entry = AuditEntry.objects.get(handling="ansoegning_submitted")
    assert entry.borger_uuid == borger.uuid
    assert not Afgoerelse.objects.exists()


def test_instant_decision_where_the_verdict_allows(straks_tilladt):
    borger = BorgerFactory()
    sag = _submit(borger).sag
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFGJORT
    afgoerelse = Afgoerelse.objects.get(sag=sag)
    assert afgoerelse.afgjort_af_straks is True
    assert afgoerelse.afgjort_af is None
    assert afgoerelse.beloeb == Decimal("14201.00")
    assert afgoerelse.klagevejledning
    linje = Udbetaling.objects.get(sag=sag)
    assert (linje.maaned, linje.beloeb, linje.status) == (
        "2026-03",
        Decimal("14201.00"),
        UdbetalingStatus.PLANLAGT,
    )
    assert sorted(Brevbestilling.objects.filter(sag=sag).values_list("brevtype", flat=True)) == [
        "afgoerelse",
        "kvittering",
    ]
    assert [e.type for e in OutboxEvent.objects.filter(sag=sag)] == [
        events.SAG_MODTAGET,
        events.SAG_AFGJORT,
        events.UDBETALING_AENDRET,
    ]
    overgang = AuditEntry.objects.get(handling="sag_transitioned")
    assert overgang.aktoer_type == "system"


def test_no_instant_decision_when_ereg_income_differs(straks_tilladt):
    borger = BorgerFactory(cpr="1909821315")  # eIndkomst: 3400.00 a month
    ansoegning = _submit(borger)
    assert Sag.objects.get(pk=ansoegning.sag_id).status == SagStatus.MODTAGET
    assert ansoegning.registerdata["afvigelser"][0]["register"] == "3400.00"


def test_same_idempotency_key_returns_the_first_application_without_side_effects():
    borger = BorgerFactory()
    foerste = _submit(borger)
    antal = (
        Sag.objects.count(),
        AuditEntry.objects.count(),
        OutboxEvent.objects.count(),
        Brevbestilling.objects.count(),
    )
    anden = _submit(borger, data=tandpleje_input(), ydelse="tandpleje")
    assert anden.pk == foerste.pk
    assert (
        Sag.objects.count(),
        AuditEntry.objects.count(),
        OutboxEvent.objects.count(),
        Brevbestilling.objects.count(),
    ) == antal


def test_a_calculation_error_is_a_validation_error_and_stores_nothing():
    borger = BorgerFactory()
    data = kontanthjaelp_input()
    del data["maaned"]
    with pytest.raises(DomaeneValideringsfejl) as info:
        _submit(borger, data=data)
    assert info.value.felt == "maaned"
    assert not Sag.objects.exists()


def test_input_for_another_benefit_is_refused():
    with pytest.raises(DomaeneValideringsfejl):
        _submit(BorgerFactory(), data=tandpleje_input(), ydelse="kontanthjaelp")


def test_a_citizen_cannot_apply_for_someone_else():
    borger, anden = BorgerFactory(), BorgerFactory()
    with pytest.raises(AdgangNaegtet):
        ansoegning_submit(
            aktoer=borger_aktoer(anden),
            borger=borger,
            ydelse="tandpleje",
            svar={},
            beregning_input=tandpleje_input(),
            form_version="1",
            idempotency_key="x",
        )
    assert AuditEntry.objects.filter(handling="access_denied", borger_uuid=borger.uuid).exists()
    assert not Sag.objects.exists()


def test_uploaded_documents_are_attached_to_the_new_case():
    borger = BorgerFactory()
    dokument = DokumentFactory(borger=borger)
    fremmed = DokumentFactory()
    sag = _submit(borger, dokument_uuids=[dokument.uuid, fremmed.uuid]).sag
    dokument.refresh_from_db()
    fremmed.refresh_from_db()
    assert dokument.sag == sag
    assert fremmed.sag is None


def test_eindkomst_outage_keeps_the_submission_and_retries_later(straks_tilladt):
    FakeEindkomstClient.down = True
    borger = BorgerFactory()
    ansoegning = _submit(borger)
    sag = Sag.objects.get(pk=ansoegning.sag_id)
    assert sag.status == SagStatus.MODTAGET
    assert sag.venter_paa_register == Register.EINDKOMST
    assert Beregning.objects.filter(sag=sag).exists()
    assert Ansoegning.objects.filter(pk=ansoegning.pk).exists()

    assert registre_retry_waiting() == 1  # still down: the task leaves it waiting
    sag.refresh_from_db()
    assert sag.venter_paa_register == Register.EINDKOMST

    FakeEindkomstClient.down = False
    registre_retry_waiting()
    sag.refresh_from_db()
    assert sag.venter_paa_register == ""
    assert sag.status == SagStatus.AFGJORT
    assert Afgoerelse.objects.get(sag=sag).afgjort_af_straks is True
    assert AuditEntry.objects.filter(handling="sag_register_refreshed").count() == 1


def test_cpr_outage_for_a_new_citizen_stores_the_case_without_municipality():
    KommuneFactory(kode="0851", navn="Aalborg", slug="aalborg")
    borger = Borger.objects.create(cpr="0204551126", foedselsdato=None)
    FakeCprClient.down = True
    sag = ansoegning_submit(
        aktoer=Aktoer.system(),
        borger=borger,
        ydelse="tandpleje",
        svar={},
        beregning_input=tandpleje_input(),
        form_version="1",
        idempotency_key="a",
    ).sag
    assert sag.kommune is None
    assert sag.venter_paa_register == Register.CPR
    FakeCprClient.down = False
    sag_registre_refresh(sag=sag)
    sag.refresh_from_db()
    assert sag.kommune.kode == "0851"
    assert sag.venter_paa_register == ""
    assert sag.borger.efternavn == "Madsen"


def test_query_count_does_not_grow_with_the_citizens_history(straks_tilladt):
    ny, erfaren = BorgerFactory(), BorgerFactory()
    for _ in range(50):
        SagFactory(borger=erfaren, afgjort=True, ydelse="tandpleje")
    with CaptureQueriesContext(connection) as foerste:
        _submit(ny, key="a")
    with CaptureQueriesContext(connection) as anden:
        _submit(erfaren, key="a")
    assert len(foerste) == len(anden)
    assert len(foerste) <= 30


def test_a_rate_not_known_for_the_period_sends_the_application_to_a_caseworker():
    """A 25-year-old living with her parents: the hjemmeboende sats from 1 July
    2025 is not in the rate files. That is no fault of the citizen's, so the
    application is stored, not refused, and a caseworker calculates it."""
    borger = BorgerFactory()
    data = kontanthjaelp_input()
    data["ansoeger"] = {**data["ansoeger"], "foedselsdato": "2001-04-25", "bor_hos_foraeldre": True}
    ansoegning = _submit(borger, data=data)
    beregning = Beregning.objects.get(sag=ansoegning.sag)
    assert ansoegning.sag.status == SagStatus.MODTAGET
    assert beregning.straks_tilladt is False
    assert beregning.resultat["ikke_beregnet"]["felt"].startswith("satser.kontanthjaelp")
    assert "sagsbehandler" in beregning.straks_begrundelse or "caseworker" in beregning.straks_begrundelse
    assert not Afgoerelse.objects.exists()
    # Told in words, in both languages; not the rate table's own message with its ISO dates.
    straks = beregning.resultat["straks_afgoerelse"]
    aar = data["maaned"][:4]
    assert straks["begrundelse"] == (
        f"Vi kan ikke beregne beløbet endnu: den sats, der gælder for dig i {aar}, er endnu ikke med i "
        "vores beregning. En sagsbehandler beregner hjælpen."
    )
    assert straks["begrundelse_en"].startswith(
        f"We cannot calculate the amount yet: the rate that applies to you in {aar}"
    )
    assert not re.search(r"\d{4}-\d{2}", straks["begrundelse"] + straks["begrundelse_en"])
