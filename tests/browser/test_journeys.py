"""The citizen's journeys on a phone, in real Chromium, checked with axe-core
on every screen. Screenshots of each step are kept in ``test-artifacts/``."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from backend_core.models import Ansoegning, Sag
from tests.browser.conftest import mitid_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PETER = "Peter Sørensen"  # 44, single, no children (Aalborg)
KAREN = "Karen Madsen"  # 71, pensioner (Aalborg)
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def answer(page, check, name: str, **fields) -> None:
    """Answer the questions on one step by field name, check the screen, go on."""
    for key, value in fields.items():
        radio = page.locator(f"input[type=radio][name='{key}'][value='{value}']")
        if radio.count():
            radio.check()
        else:
            page.locator(f"[name='{key}']").fill(str(value))
    check(page, name)
    page.get_by_role("button", name=re.compile("^(Fortsæt|Gem og gå tilbage|Continue|Save and go back)$")).click()
    page.wait_for_load_state()


def upload(page, filename: str, content: bytes, mimetype: str, kategori: str) -> None:
    page.locator(f"input[type=radio][name='kategori'][value='{kategori}']").check()
    page.locator("input[type=file]").set_input_files({"name": filename, "mimeType": mimetype, "buffer": content})
    page.get_by_role("button", name="Tilføj dokumentet").click()
    page.wait_for_load_state()


def pdf_text(page, link_name: str) -> str:
    href = page.get_by_role("link", name=re.compile(link_name)).first.get_attribute("href")
    origin = "/".join(page.url.split("/", 3)[:3])
    response = page.request.get(origin + href)
    assert response.ok and response.headers["content-type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    return text.replace("\u00a0", " ")


def test_the_estimator_shows_an_amount_with_its_reasons_without_login(phone, portal_url, assert_accessible):
    phone.goto(portal_url + "/ansoeg/beregn/")
    assert_accessible(phone, "1-estimat-valg")
    phone.locator("a[href$='/ansoeg/beregn/tandpleje/']").first.click()
    phone.locator("[name=alder]").fill("40")
    phone.locator("input[name=modtager_kontanthjaelp][value=ja]").check()
    phone.locator("[name=udgift]").fill("3.000")
    phone.locator("[name=betalt_egenbetaling_i_aar]").fill("0")
    phone.get_by_role("button", name="Beregn").click()
    phone.wait_for_load_state()
    text = phone.locator("main").inner_text()
    assert "1.560" in text or "1560" in text  # (3.000 − 600) × 65 %
    assert "§ 82 a" in text
    assert_accessible(phone, "2-estimat-resultat")
    assert phone.get_by_role("link", name="Søg nu").count() == 1


def test_dental_help_for_a_past_treatment_goes_to_a_caseworker_and_says_why(phone, portal_url, assert_accessible):
    """Peter's word that he receives kontanthjælp is not verified, and the
    treatment was before the application (LAS § 88): no instant decision; the
    receipt says why, with the estimated amount and the usual processing time."""
    mitid_login(phone, portal_url, PETER, start="/ansoeg/tandpleje/")
    assert "/ansoeg/tandpleje/om-dig/" in phone.url
    answer(phone, assert_accessible, "1-om-dig", oplysninger_korrekte="ja")
    answer(phone, assert_accessible, "2-forsoergelse", modtager_kontanthjaelp="ja")
    answer(
        phone,
        assert_accessible,
        "3-behandling",
        tandlaege="Tandklinikken Nord",
        behandling="To fyldninger",
        udgift="3.000",
        behandlingsdato="10-12-2025",
    )
    answer(phone, assert_accessible, "4-egenbetaling", akut="nej", betalt_egenbetaling_i_aar="0")
    assert "/dokumenter/" in phone.url
    assert "regning" in phone.locator("main").inner_text().lower()
    upload(phone, "regning.pdf", PDF, "application/pdf", "regning")
    assert "regning.pdf" in phone.locator("main").inner_text()
    assert_accessible(phone, "5-dokumenter")
    phone.get_by_role("button", name="Fortsæt").click()
    phone.wait_for_load_state()
    assert "/tjek/" in phone.url
    assert_accessible(phone, "6-tjek")
    phone.get_by_role("button", name="Send ansøgningen").click()
    phone.wait_for_load_state()
    assert "/kvittering/" in phone.url
    main = phone.locator("main").inner_text()
    assert re.search(r"YP-[0-9A-Z]{6,}", main)
    assert "1.560,00" in main or "1.560" in main  # the estimate
    assert phone.locator("#ikke-straks").is_visible()
    reason = phone.locator("#ikke-straks").inner_text()
    assert "før ansøgningen" in reason and "kontanthjælp" in reason
    assert "uger" in phone.locator("#behandlingstid").inner_text()
    assert_accessible(phone, "7-kvittering")
    sag = Sag.objects.get(ansoegning__borger__fornavn="Peter")
    assert sag.status == "modtaget" and not sag.afgoerelser.exists()
    phone.goto(portal_url + f"/min-side/sager/{sag.uuid}/")
    assert_accessible(phone, "8-min-side-sag")


def test_the_same_journey_works_in_english_and_is_accessible(phone, portal_url, assert_accessible):
    phone.context.add_cookies([{"name": "django_language", "value": "en", "url": portal_url}])
    mitid_login(phone, portal_url, PETER, start="/ansoeg/tandpleje/")
    assert phone.locator("html").get_attribute("lang") == "en"
    answer(phone, assert_accessible, "en-1-about-you", oplysninger_korrekte="ja")
    answer(phone, assert_accessible, "en-2-income", modtager_kontanthjaelp="ja")
    answer(
        phone,
        assert_accessible,
        "en-3-treatment",
        tandlaege="North Dental",
        behandling="Two fillings",
        udgift="3,000",
        behandlingsdato="10-12-2025",
    )
    assert "/egenbetaling/" in phone.url, phone.locator("main").inner_text()[:600]
    answer(phone, assert_accessible, "en-4-paid", akut="nej", betalt_egenbetaling_i_aar="0")
    assert_accessible(phone, "en-5-documents")
    phone.get_by_role("button", name="Continue").click()
    phone.wait_for_load_state()
    assert "Check your answers" in phone.locator("h1").inner_text()
    assert_accessible(phone, "en-6-check")
    phone.get_by_role("button", name="Send the application").click()
    phone.wait_for_load_state()
    main = phone.locator("main").inner_text()
    assert "DKK" in main and "1,560.00" in main
    assert_accessible(phone, "en-7-receipt")


def test_social_assistance_goes_to_a_caseworker_and_the_citizen_gets_a_receipt(phone, portal_url, assert_accessible):
    mitid_login(phone, portal_url, PETER, start="/ansoeg/kontanthjaelp/")
    screens = 1
    answer(phone, assert_accessible, "1-om-dig", oplysninger_korrekte="ja")
    while "/dokumenter/" not in phone.url:
        screens += 1
        fields = {}
        for name, value in (
            ("bor_hos_foraeldre", "nej"),
            ("samlevende", "nej"),
            ("uddannelse", "ja"),
            ("fuldtidsarbejde_2_5_aar", "ja"),
            ("aktivitetsparat", "ja"),
            ("opfylder_opholdskrav", "ja"),
            ("kommet_til_danmark", "nej"),
            ("har_arbejdsindtaegt", "nej"),
            ("har_anden_indtaegt", "nej"),
            ("formue", "2.000"),
        ):
            if phone.locator(f"[name='{name}']").count():
                fields[name] = value
        assert fields, f"an unexpected step: {phone.url}"
        answer(phone, assert_accessible, f"{screens}-trin", **fields)
    phone.get_by_role("button", name="Fortsæt").click()
    phone.wait_for_load_state()
    phone.get_by_role("button", name="Send ansøgningen").click()
    phone.wait_for_load_state()
    assert "/kvittering/" in phone.url
    assert "sagsbehandler" in phone.locator("main").inner_text()
    assert_accessible(phone, "kvittering")
    sag = Sag.objects.get(ydelse="kontanthjaelp")
    assert sag.status == "modtaget"
    assert screens + 3 <= 12  # steps + documents + check + receipt


def test_a_pensioner_applies_for_health_supplement_and_gets_a_receipt(phone, portal_url, assert_accessible):
    mitid_login(phone, portal_url, KAREN, start="/ansoeg/helbredstillaeg/")
    answer(phone, assert_accessible, "1-om-dig", oplysninger_korrekte="ja")
    answer(phone, assert_accessible, "2-pension", personlig_tillaegsprocent="100")
    answer(phone, assert_accessible, "3-udgift", udgiftstype="medicin", egenbetaling="450")
    answer(phone, assert_accessible, "4-formue", likvid_formue="20.000")
    upload(phone, "kvittering.pdf", PDF, "application/pdf", "regning")
    phone.get_by_role("button", name="Fortsæt").click()
    phone.wait_for_load_state()
    assert_accessible(phone, "5-tjek")
    phone.get_by_role("button", name="Send ansøgningen").click()
    phone.wait_for_load_state()
    assert "/kvittering/" in phone.url
    assert_accessible(phone, "6-kvittering")
    sag = Sag.objects.get(ydelse="helbredstillaeg")
    # 85 % of 450 kr. at 100 %; the 2026 asset limit is unconfirmed, so a caseworker decides.
    assert sag.beregninger.get().beloeb == Decimal("382.50")
    assert sag.status == "modtaget"


def test_a_citizen_can_leave_and_resume_on_another_device_without_losing_answers(browser, portal_url):
    first = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = first.new_page()
    mitid_login(page, portal_url, PETER, start="/ansoeg/tandpleje/")
    answer(page, lambda *a: None, "om-dig", oplysninger_korrekte="ja")
    answer(page, lambda *a: None, "forsoergelse", modtager_kontanthjaelp="ja")
    page.locator("[name=tandlaege]").fill("Tandklinikken Syd")  # typed, not yet sent
    first.close()  # the phone's battery dies

    second = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = second.new_page()
    mitid_login(page, portal_url, PETER, start="/ansoeg/tandpleje/")
    assert page.url.endswith("/ansoeg/tandpleje/behandling/")
    page.get_by_role("link", name="Tilbage").first.click()
    page.wait_for_load_state()
    assert page.locator("input[name=modtager_kontanthjaelp][value=ja]").is_checked()
    second.close()


def test_a_double_tap_on_send_makes_one_application(phone, portal_url):
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
        behandlingsdato="05-11-2025",
    )
    answer(phone, lambda *a: None, "egenbetaling", akut="nej", betalt_egenbetaling_i_aar="0")
    phone.get_by_role("button", name="Fortsæt").click()
    phone.wait_for_load_state()
    # Two submits of the same form, as a double tap on a slow connection sends them.
    phone.evaluate("""() => { const f = document.querySelector('#indsend-knap').form;
                               f.requestSubmit(); HTMLFormElement.prototype.submit.call(f); }""")
    phone.wait_for_url(re.compile("/kvittering/"))
    assert Ansoegning.objects.count() == 1


def test_an_upload_that_is_not_what_its_name_says_is_refused_with_a_clear_message(phone, portal_url, assert_accessible):
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
        behandlingsdato="05-11-2025",
    )
    answer(phone, lambda *a: None, "egenbetaling", akut="nej", betalt_egenbetaling_i_aar="0")
    upload(phone, "regning.pdf", b"this is plain text, not a PDF", "application/pdf", "regning")
    main = phone.locator("main").inner_text()
    assert "PDF" in main and "regning.pdf" not in main.split("Tilføj et dokument")[0]
    assert_accessible(phone, "upload-fejl")

    # A photo over 10 MB is refused in the browser, before a byte is sent.
    sent = []
    phone.on("request", lambda r: sent.append(r.method) if "/dokumenter/" in r.url else None)
    phone.locator("input[type=file]").set_input_files(
        {"name": "stort-foto.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff" + b"0" * (11 * 1024 * 1024)}
    )
    besked = phone.locator("[id$='-stoerrelse']")
    assert "større end 10 MB" in besked.inner_text()
    assert phone.locator("input[type=file]").input_value() == ""
    assert sent == []
    assert_accessible(phone, "upload-for-stor")


def test_an_income_report_changes_the_payment_and_says_why(phone, portal_url, assert_accessible):
    sag = granted_social_assistance("1909821315")
    mitid_login(phone, portal_url, PETER)
    phone.goto(portal_url + f"/min-side/sager/{sag.uuid}/")
    before = sag.udbetalinger.order_by("-maaned").first().beloeb
    phone.get_by_role("link", name="Indberet indtægt og ændringer").click()
    phone.wait_for_load_state()
    assert_accessible(phone, "indberet")
    phone.locator("[name=arbejdsindtaegt]").fill("4.000")
    phone.locator("[name=arbejdstimer]").fill("40")
    phone.locator("[name=anden_indtaegt]").fill("0")
    phone.get_by_role("button", name="Send indberetning").click()
    phone.wait_for_load_state()
    assert_accessible(phone, "indberetning-kvittering")
    new = phone.locator("#nyt-beloeb").inner_text()
    assert new.replace(".", "").replace(",", ".").split()[0] != f"{before}"
    assert "arbejd" in phone.locator("#linjer").inner_text().lower()


def granted_social_assistance(cpr: str) -> Sag:
    """A kontanthjælp case a caseworker has granted, with last month's payment."""
    from datetime import date

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
    sag = SagFactory(borger=borger, afgjort=True)
    data = {**kontanthjaelp_input(foedselsdato=person.foedselsdato.isoformat()), "maaned": last_month}
    beregning = BeregningFactory(sag=sag, input=data, periode=last_month)
    AfgoerelseFactory(sag=sag, beregning=beregning, beloeb=beregning.beloeb)
    UdbetalingFactory(sag=sag, borger=borger, maaned=last_month, beloeb=beregning.beloeb, beregning=beregning)
    return sag
