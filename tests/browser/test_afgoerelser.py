"""Decisions a municipality can stand behind, on a phone (390×844) in real
Chromium, checked with axe-core on every screen: no instant decision without
verified facts, a reported marriage that reaches the caseworker, an income
report that lowers the payment with a decision letter, and one case per
application."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from backend_core.models import Ansoegning, Sag
from tests.browser.conftest import mitid_login
from tests.browser.test_backoffice import caseworker, staff_login  # noqa: F401 - fixture
from tests.browser.test_journeys import PETER, answer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def granted_case_with_decision(cpr: str) -> Sag:
    """A kontanthjælp case a caseworker has granted (a decision with its
    calculation), with last month's payment planned."""
    from backend_core.registre.cpr import DEMO_PERSONER
    from backend_core.services import borger_login
    from backend_core.tests.factories import (
        AfgoerelseFactory,
        BeregningFactory,
        SagFactory,
        UdbetalingFactory,
        kontanthjaelp_input,
    )

    person = next(p for p in DEMO_PERSONER if p.cpr == cpr)
    borger = borger_login(cpr=cpr, fornavn=person.fornavn, efternavn=person.efternavn)
    today = date.today()
    last_month = f"{today.year - (today.month == 1):04d}-{(today.month - 2) % 12 + 1:02d}"
    sag = SagFactory(borger=borger, afgjort=True, ydelse="kontanthjaelp")
    data = {
        **kontanthjaelp_input(foedselsdato=person.foedselsdato.isoformat()),
        "maaned": last_month,
        "allerede_bevilget": True,
    }
    beregning = BeregningFactory(sag=sag, input=data, periode=last_month)
    afgoerelse = AfgoerelseFactory(sag=sag, beregning=beregning, beloeb=beregning.beloeb, linjer=beregning.linjer)
    UdbetalingFactory(
        sag=sag, borger=borger, maaned=last_month, beloeb=beregning.beloeb, beregning=beregning, afgoerelse=afgoerelse
    )
    return sag


def pdf_texts(page, portal_url: str, link_pattern: str) -> list[str]:
    texts = []
    for link in page.get_by_role("link", name=re.compile(link_pattern)).all():
        response = page.request.get(portal_url + link.get_attribute("href"))
        assert response.ok and response.headers["content-type"] == "application/pdf"
        texts.append(
            "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages).replace("\u00a0", " ")
        )
    return texts


def test_dental_help_without_an_invoice_gets_no_instant_decision_and_the_reason_is_shown(
    phone,
    portal_url,
    assert_accessible,
):
    granted_case_with_decision("1909821315")  # Peter's kontanthjælp is known from this system
    mitid_login(phone, portal_url, PETER, start="/ansoeg/tandpleje/")
    answer(phone, lambda *a: None, "om-dig", oplysninger_korrekte="ja")
    answer(phone, lambda *a: None, "forsoergelse", modtager_kontanthjaelp="ja")
    answer(
        phone,
        lambda *a: None,
        "behandling",
        tandlaege="Klinik",
        behandling="Fyldning",
        udgift="2000",
        behandlingsdato=date.today().strftime("%d-%m-%Y"),
    )
    answer(phone, lambda *a: None, "egenbetaling", betalt_egenbetaling_i_aar="0")
    assert "/dokumenter/" in phone.url
    phone.get_by_role("button", name="Fortsæt").click()  # no invoice uploaded
    phone.wait_for_load_state()
    phone.get_by_role("button", name="Send ansøgningen").click()
    phone.wait_for_load_state()
    assert "/kvittering/" in phone.url
    reason = phone.locator("#ikke-straks").inner_text()
    assert "regning eller overslag er ikke vedlagt" in reason
    assert "kontanthjælp" not in reason.split("regning")[0] or "ikke bekræftet" not in reason
    assert phone.locator("#behandlingstid").is_visible()
    assert_accessible(phone, "afg-1-tandpleje-uden-regning")
    sag = Ansoegning.objects.get(ydelse="tandpleje").sag
    assert sag.status == "modtaget" and not sag.afgoerelser.exists()


def test_a_reported_marriage_reaches_the_caseworker_with_a_proposal_without_the_single_supplement(
    phone,
    portal_url,
    assert_accessible,
    caseworker,  # noqa: F811
):
    sag = granted_case_with_decision("1909821315")
    assert any("enlige" in linje["tekst"] for linje in sag.beregninger.get().linjer)
    mitid_login(phone, portal_url, PETER)
    phone.goto(portal_url + f"/min-side/sager/{sag.uuid}/")
    phone.locator("#meld-aendring").click()
    phone.wait_for_load_state()
    assert_accessible(phone, "afg-2-meld-aendring")
    phone.locator("input[name=aendringer][value=gift]").check()
    phone.locator("[name=dato]").fill(date.today().replace(day=1).strftime("%d-%m-%Y"))
    phone.locator("[name=beskrivelse]").fill("Jeg er flyttet sammen med min kæreste, og vi er blevet gift.")
    phone.get_by_role("button", name="Send ændringen").click()
    phone.wait_for_load_state()
    assert phone.locator("#aendring-modtaget").is_visible()
    assert_accessible(phone, "afg-3-aendring-kvittering")
    sag.refresh_from_db()
    assert sag.ny_aktivitet == "aendring"
    assert sag.udbetalinger.get().beloeb == sag.afgoerelser.get().beloeb  # nothing lowered silently

    staff = phone.context.browser.new_context(viewport={"width": 1280, "height": 800}, locale="da-DK")
    page = staff.new_page()
    medarbejder = caseworker(sag.kommune)
    staff_login(page, portal_url, medarbejder.user)
    page.goto(portal_url + f"/admin/sager/{sag.uuid}/")
    page.wait_for_load_state()
    beregning = page.locator("#beregning").inner_text()
    assert "enlige" not in beregning.lower()
    assert "samlev" in page.locator("main").inner_text().lower() or "Hjælp i alt" in beregning
    staff.close()


def test_an_income_report_that_lowers_the_payment_gives_a_decision_letter_with_appeal_guidance(
    phone,
    portal_url,
    assert_accessible,
):
    sag = granted_case_with_decision("1909821315")
    before = sag.afgoerelser.get().beloeb
    mitid_login(phone, portal_url, PETER)
    phone.goto(portal_url + f"/min-side/sager/{sag.uuid}/indberet/")
    phone.locator("[name=arbejdsindtaegt]").fill("4.000")
    phone.locator("[name=arbejdstimer]").fill("40")
    phone.locator("[name=anden_indtaegt]").fill("0")
    phone.get_by_role("button", name="Send indberetning").click()
    phone.wait_for_load_state()
    assert phone.locator("#afgoerelse-truffet").is_visible()
    assert_accessible(phone, "afg-4-indberetning-afgoerelse")
    ny = sag.afgoerelser.order_by("-afgjort_tid", "-id").first()
    assert ny.beloeb < before and ny.anledning == "indberetning"
    phone.goto(portal_url + f"/min-side/sager/{sag.uuid}/")
    assert_accessible(phone, "afg-5-min-side-brev")
    letters = pdf_texts(phone, portal_url, "fgørelse")
    assert letters, phone.locator("main").inner_text()
    letter = next(t for t in letters if "ændret" in t)
    assert "Klagevejledning" in letter or "klage" in letter.lower()
    assert "4 uger" in letter
    assert re.search(
        r"\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
        r"december) 20\d\d",
        letter,
    )
    assert "jobcent" in letter.lower() and "oplysningspligt" in letter.lower()  # what to do next


def test_a_second_application_for_an_open_case_is_refused_kindly_and_leads_to_the_case(
    phone,
    portal_url,
    assert_accessible,
):
    sag = granted_case_with_decision("1909821315")
    mitid_login(phone, portal_url, PETER, start="/ansoeg/kontanthjaelp/")
    assert phone.locator("#aaben-sag").is_visible()
    assert sag.reference in phone.locator("#aaben-sag").inner_text()
    assert_accessible(phone, "afg-6-aaben-sag")
    phone.get_by_role("link", name="Gå til din sag").click()
    phone.wait_for_load_state()
    assert f"/min-side/sager/{sag.uuid}/" in phone.url
    assert Sag.objects.filter(ydelse="kontanthjaelp").count() == 1
