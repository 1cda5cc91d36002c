"""Every change of money is a decision with a letter; payments with real
dates; differences on paid months; changes of circumstances that reach the
caseworker (issue 10)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import time_machine

from backend_core import events
from backend_core.constants import SagStatus, UdbetalingStatus
from backend_core.exceptions import DomaeneValideringsfejl
from backend_core.models import Afgoerelse, Brevbestilling, Indberetning, OutboxEvent, Sag, Udbetaling
from backend_core.selectors import indberetning_list
from backend_core.services import (
    aendring_submit,
    afgoerelse_create,
    brev_kontekst,
    indberetning_submit,
)
from backend_core.tests.factories import (
    AfgoerelseFactory,
    BeregningFactory,
    BorgerFactory,
    MedarbejderFactory,
    SagFactory,
    UdbetalingFactory,
    borger_aktoer,
    kontanthjaelp_input,
    medarbejder_aktoer,
)
from backend_core.udbetalingskalender import udbetalingsdato
from beregning.kerne.hjemmel import uloeste

pytestmark = pytest.mark.django_db


def _bevilget(maaned="2026-11", **borger):
    """A granted kontanthjælp case: the decision rests on its calculation, and
    the month's payment is planned."""
    sag = SagFactory(afgjort=True, ydelse="kontanthjaelp", borger=BorgerFactory(**borger))
    data = {**kontanthjaelp_input(), "maaned": maaned, "allerede_bevilget": True}
    beregning = BeregningFactory(sag=sag, input=data, periode=maaned)
    afgoerelse = AfgoerelseFactory(sag=sag, beregning=beregning, beloeb=beregning.beloeb, linjer=beregning.linjer)
    UdbetalingFactory(
        sag=sag, borger=sag.borger, maaned=maaned, beloeb=beregning.beloeb, beregning=beregning, afgoerelse=afgoerelse
    )
    return sag


def _caseworker(sag):
    return medarbejder_aktoer(MedarbejderFactory(kommune=sag.kommune))


def _report(sag, loen="4000.00", key="r1", maaned="2026-11"):
    return indberetning_submit(
        aktoer=borger_aktoer(sag.borger),
        borger=sag.borger,
        sag=sag,
        maaned=maaned,
        arbejdsindtaegt=loen,
        arbejdstimer="40",
        anden_indtaegt="0",
        aendringer={},
        idempotency_key=key,
    )


class TestTheDecisionService:
    def test_an_amount_of_ten_to_the_thirteenth_is_a_clear_validation_error(self):
        sag = _bevilget()
        with pytest.raises(DomaeneValideringsfejl) as fejl:
            afgoerelse_create(
                aktoer=_caseworker(sag), sag=sag, udfald="bevilget", beloeb=10**13, begrundelse="Tastefejl."
            )
        assert fejl.value.felt == "beloeb"
        assert Afgoerelse.objects.filter(sag=sag).count() == 1

    def test_a_period_that_ends_before_it_starts_is_refused(self):
        sag = _bevilget()
        with pytest.raises(DomaeneValideringsfejl):
            afgoerelse_create(
                aktoer=_caseworker(sag),
                sag=sag,
                udfald="bevilget",
                beloeb="100.00",
                begrundelse="x",
                virkning_fra="2027-01-01",
                virkning_til="2026-12-31",
            )

    @time_machine.travel("2026-12-01 10:00 +0100", tick=False)
    def test_a_new_decision_on_a_granted_case_keeps_it_decided_and_orders_its_own_letter(self):
        sag = _bevilget(maaned="2026-12")
        ny = afgoerelse_create(
            aktoer=_caseworker(sag),
            sag=sag,
            udfald="delvis",
            beloeb="9000.00",
            begrundelse="Du er blevet gift; ægtefællens indtægt trækkes fra.",
            virkning_fra=dt.date(2026, 12, 1),
        )
        sag = Sag.objects.get(pk=sag.pk)
        assert sag.status == SagStatus.AFGJORT
        assert Brevbestilling.objects.get(sag=sag, afgoerelse=ny).brevtype == "afgoerelse"
        assert OutboxEvent.objects.filter(sag=sag, type=events.AFGOERELSE_TRUFFET).exists()
        linje = Udbetaling.objects.get(sag=sag, maaned="2026-12", art="ydelse")
        assert linje.beloeb == Decimal("9000.00")
        assert linje.udbetalingsdato == dt.date(2026, 12, 30)  # last bank day (31 Dec is closed)
        assert linje.begrundelse and all("hjemmel" in r for r in linje.begrundelse)
        assert linje.afgoerelse == ny

    def test_stopping_cancels_the_planned_months(self):
        sag = _bevilget(maaned="2026-11")
        afgoerelse_create(
            aktoer=_caseworker(sag),
            sag=sag,
            udfald="stoppet",
            beloeb=None,
            begrundelse="Du er begyndt at arbejde fuld tid.",
            virkning_fra="2026-11-01",
        )
        assert Udbetaling.objects.get(sag=sag).status == UdbetalingStatus.ANNULLERET


class TestPaidMonths:
    def test_a_lower_amount_for_a_paid_month_is_a_repayment_claim_with_its_own_decision(self):
        sag = _bevilget(maaned="2026-11")
        Udbetaling.objects.filter(sag=sag).update(status=UdbetalingStatus.UDBETALT)
        foer = Udbetaling.objects.get(sag=sag).beloeb
        afgoerelse_create(
            aktoer=_caseworker(sag),
            sag=sag,
            udfald="delvis",
            beloeb=foer - 1000,
            begrundelse="Ny indtægt.",
            virkning_fra="2026-11-01",
            virkning_til="2026-11-30",
        )
        krav = Udbetaling.objects.get(sag=sag, art="tilbagebetaling")
        assert krav.beloeb == Decimal("-1000.00")
        assert krav.afgoerelse.art == "tilbagebetaling" and krav.afgoerelse.beloeb == Decimal("1000.00")
        assert "LAS § 91" in krav.afgoerelse.begrundelse
        assert Brevbestilling.objects.filter(afgoerelse=krav.afgoerelse).exists()
        assert Udbetaling.objects.get(sag=sag, art="ydelse").beloeb == foer  # what was paid stays

    def test_a_higher_amount_for_a_paid_month_is_an_extra_payment(self):
        sag = _bevilget(maaned="2026-11")
        Udbetaling.objects.filter(sag=sag).update(status=UdbetalingStatus.BESTILT)
        foer = Udbetaling.objects.get(sag=sag).beloeb
        afgoerelse_create(
            aktoer=_caseworker(sag),
            sag=sag,
            udfald="bevilget",
            beloeb=foer + 500,
            begrundelse="Børnetillæg.",
            virkning_fra="2026-11-01",
            virkning_til="2026-11-30",
        )
        ekstra = Udbetaling.objects.get(sag=sag, art="efterbetaling")
        assert ekstra.beloeb == Decimal("500.00") and ekstra.udbetalingsdato is not None


class TestIncomeReports:
    def test_a_report_that_lowers_the_payment_is_a_decision_with_a_letter_about_this_case(self):
        sag = _bevilget()
        foer = sag.afgoerelser.get().beloeb
        indberetning = _report(sag)
        afgoerelse = indberetning.afgoerelse
        assert afgoerelse is not None and afgoerelse.beloeb < foer
        assert afgoerelse.anledning == "indberetning"
        assert "4.000,00\u00a0kr." in afgoerelse.begrundelse and "kr.." not in afgoerelse.begrundelse
        assert "november 2026" in afgoerelse.begrundelse
        assert afgoerelse.virkning_fra == dt.date(2026, 11, 1)
        assert afgoerelse.virkning_til == dt.date(2026, 11, 30)
        assert Brevbestilling.objects.filter(afgoerelse=afgoerelse).exists()
        assert Udbetaling.objects.get(sag=sag, art="ydelse").beloeb == afgoerelse.beloeb
        assert Sag.objects.get(pk=sag.pk).ny_aktivitet == "indtaegt"

    def test_a_citizen_reporting_in_english_gets_the_decision_letter_in_english(self):
        from django.utils import translation

        sag = _bevilget()
        with translation.override("en"):
            indberetning = _report(sag)
        assert Brevbestilling.objects.get(afgoerelse=indberetning.afgoerelse).sprog == "en"
        assert "you reported work income" in indberetning.afgoerelse.begrundelse_en

    def test_a_month_reported_twice_keeps_the_first_and_the_second_corrects_it(self):
        sag = _bevilget()
        foerste = _report(sag, key="a")
        anden = _report(sag, key="b", loen="3000.00")
        assert anden.korrektion_af == foerste
        assert Indberetning.objects.filter(sag=sag).count() == 2

    def test_a_higher_amount_on_the_citizens_word_alone_waits_for_a_caseworker(self, monkeypatch):
        sag = _bevilget()
        from backend_core.services import indberetning as modul

        monkeypatch.setattr(modul, "_eindkomst_bekraefter", lambda **kw: False)
        _report(sag, key="a", loen="4000.00")
        lavere = sag.afgoerelser.count()
        indberetning = _report(sag, key="b", loen="0.00")
        assert indberetning.afgoerelse is None
        assert sag.afgoerelser.count() == lavere


class TestChanges:
    def test_a_reported_marriage_is_a_task_with_a_proposal_and_changes_no_payment(self):
        sag = _bevilget()
        foer = Udbetaling.objects.get(sag=sag).beloeb
        indberetning = aendring_submit(
            aktoer=borger_aktoer(sag.borger),
            borger=sag.borger,
            sag=sag,
            aendringer=["gift"],
            beskrivelse="Vi er blevet gift og bor sammen.",
            dato="2026-11-15",
            idempotency_key="x",
        )
        assert Sag.objects.get(pk=sag.pk).ny_aktivitet == "aendring"
        assert Udbetaling.objects.get(sag=sag).beloeb == foer
        assert not any("enlige" in linje["tekst"] for linje in indberetning.beregning.linjer)
        rapport = indberetning_list(aktoer=_caseworker(sag), sag=sag)[0]
        assert rapport["beskrivelse"] == "Vi er blevet gift og bor sammen."
        assert rapport["forslag"] == indberetning.beregning
        assert rapport["noter"]

    def test_an_unknown_change_type_is_refused(self):
        sag = _bevilget()
        with pytest.raises(DomaeneValideringsfejl):
            aendring_submit(
                aktoer=borger_aktoer(sag.borger),
                borger=sag.borger,
                sag=sag,
                aendringer=["lottogevinst"],
                beskrivelse="",
                idempotency_key="y",
            )

    def test_a_caseworker_decides_on_the_proposal(self):
        sag = _bevilget()
        indberetning = aendring_submit(
            aktoer=borger_aktoer(sag.borger),
            borger=sag.borger,
            sag=sag,
            aendringer=["gift"],
            beskrivelse="",
            dato="2026-11-01",
            idempotency_key="z",
        )
        afgoerelse = afgoerelse_create(
            aktoer=_caseworker(sag),
            sag=sag,
            udfald="delvis",
            beloeb=indberetning.beregning.beloeb,
            begrundelse="Du bor sammen med din partner, så tillægget til enlige bortfalder.",
            beregning=indberetning.beregning,
            virkning_fra="2026-11-01",
        )
        assert afgoerelse.linjer == indberetning.beregning.linjer


class TestLetters:
    @time_machine.travel("2026-12-01 10:00 +0100", tick=False)
    def test_a_decision_letter_is_in_english_for_an_english_speaking_citizen(self):
        sag = _bevilget(maaned="2026-12", sprog="en")
        afgoerelse = afgoerelse_create(
            aktoer=_caseworker(sag),
            sag=sag,
            udfald="bevilget",
            beloeb="12000.00",
            begrundelse="Betingelserne er opfyldt.",
            virkning_fra="2026-12-01",
        )
        bestilling = Brevbestilling.objects.get(afgoerelse=afgoerelse)
        assert bestilling.sprog == "en"
        kontekst = brev_kontekst(bestilling=bestilling)
        assert kontekst["emne"] == "Decision on social assistance (kontanthjælp)"
        assert kontekst["periode"] == "from 1 December 2026, until further notice"
        assert kontekst["udbetaling"] == "The money is paid to your NemKonto on 30 December 2026."
        assert "job seeker" in kontekst["naeste_skridt"]

    @time_machine.travel("2026-12-01 10:00 +0100", tick=False)
    def test_a_danish_letter_writes_dates_the_danish_way_and_every_reference_resolves(self):
        from backend_core.breve import render_brev_pdf

        sag = _bevilget(maaned="2026-12")
        afgoerelse = afgoerelse_create(
            aktoer=_caseworker(sag),
            sag=sag,
            udfald="bevilget",
            beloeb="12000.00",
            begrundelse="Betingelserne er opfyldt.",
            virkning_fra="2026-12-01",
            virkning_til="2027-01-31",
        )
        kontekst = brev_kontekst(bestilling=Brevbestilling.objects.get(afgoerelse=afgoerelse))
        assert kontekst["periode"] == "1. december 2026 – 31. januar 2027"
        assert "30. december 2026" in kontekst["udbetaling"]
        assert uloeste([linje["hjemmel"] for linje in kontekst["linjer"]] + [kontekst["hjemmel"]]) == []
        import io

        from pypdf import PdfReader

        pdf = render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog="da")
        tekst = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert "ikke fundet" not in tekst and "2026-12" not in tekst
        assert "oplysningspligt" in tekst


class TestPaymentCalendar:
    @pytest.mark.parametrize(
        ("maaned", "dato"),
        [
            ("2026-12", dt.date(2026, 12, 30)),  # 31 December: banks closed
            ("2026-05", dt.date(2026, 5, 29)),
            ("2026-01", dt.date(2026, 1, 30)),  # 31 January is a Saturday
        ],
    )
    def test_monthly_help_is_paid_on_the_last_bank_day_of_the_month(self, maaned, dato):
        assert udbetalingsdato(ydelse="kontanthjaelp", maaned=maaned, afgjort=dt.date(2026, 1, 2)) == dato

    def test_a_month_decided_after_its_payout_day_is_paid_the_next_bank_day(self):
        assert udbetalingsdato(ydelse="kontanthjaelp", maaned="2026-11", afgjort=dt.date(2026, 12, 23)) == dt.date(
            2026, 12, 28
        )

    def test_one_off_help_is_paid_the_bank_day_after_the_decision(self):
        assert udbetalingsdato(ydelse="tandpleje", maaned="2026-12", afgjort=dt.date(2027, 3, 24)) == dt.date(
            2027, 3, 30
        )
