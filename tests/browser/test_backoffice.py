"""The caseworker's screens in the back office, on a phone, in real Chromium,
checked with axe-core on every screen. Screenshots are kept in
``test-artifacts/``."""

from __future__ import annotations

import io
import uuid
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django_otp.oath import TOTP, totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect
from pypdf import PdfReader

from backend_core.constants import Brevtype, DokumentKategori, SagStatus, Udfald
from backend_core.models import Afgoerelse, Brevbestilling, Dokument, Sag
from backend_core.registre.cpr import DEMO_PERSONER
from backend_core.services import ansoegning_submit, borger_login, dokument_add
from backend_core.tests.factories import MedarbejderFactory, borger_aktoer, kontanthjaelp_input
from tests.browser.conftest import mitid_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "et-langt-kodeord-til-sagsbehandleren"  # noqa: S105 - a test user's password
EMMA = next(p for p in DEMO_PERSONER if p.fornavn == "Emma")  # København, 28, single
JENS = next(p for p in DEMO_PERSONER if p.fornavn == "Jens")  # Aarhus
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def submitted_case(person, *, payslip: bool = False) -> Sag:
    """A kontanthjælp application as the citizen submits it: logged in through
    the same service MitID uses, with an optional payslip attached."""
    borger = borger_login(cpr=person.cpr, fornavn=person.fornavn, efternavn=person.efternavn)
    aktoer = borger_aktoer(borger)
    dokumenter = []
    if payslip:
        dokumenter.append(
            dokument_add(
                aktoer=aktoer,
                borger=borger,
                fil=PDF,
                filnavn="loenseddel-marts.pdf",
                kategori=DokumentKategori.LOENSEDDEL,
            ).uuid
        )
    ansoegning = ansoegning_submit(
        aktoer=aktoer,
        borger=borger,
        ydelse="kontanthjaelp",
        svar={"samlevende": "nej"},
        beregning_input=kontanthjaelp_input(
            foedselsdato=person.foedselsdato.isoformat(), har_2_5_aars_fuldtidsbeskaeftigelse=True
        ),
        form_version="test-1",
        idempotency_key=uuid.uuid4().hex,
        dokument_uuids=dokumenter,
    )
    sag = Sag.objects.get(pk=ansoegning.sag_id)
    assert sag.status == SagStatus.MODTAGET, "the case must wait for a caseworker"
    return sag


@pytest.fixture
def caseworker():
    """A caseworker of the given municipality, with a password and an authenticator app."""

    def make(kommune):
        medarbejder = MedarbejderFactory(
            kommune=kommune,
            user__username="sagsbehandler-test",
            user__first_name="Sara",
            user__last_name="Sagsbehandler",
        )
        user = medarbejder.user
        user.set_password(PASSWORD)
        user.save()
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        TOTPDevice.objects.create(user=user, name="app", confirmed=True)
        return medarbejder

    return make


def current_code(user) -> str:
    """A code the portal will accept now. django-otp refuses a code of a time step it has
    already accepted (replay protection), so a second login within the same 30 seconds takes
    the next step's code, which the device's tolerance of one step admits."""
    device = TOTPDevice.objects.get(user=user)
    now = TOTP(device.bin_key, step=device.step, t0=device.t0, digits=device.digits).t()
    step = max(now, (device.last_t or -1) + 1)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=step - now):06d}"


def staff_login(page, portal_url: str, user, *, code: str | None = None, check=None) -> None:
    page.goto(portal_url + "/admin/sager/")
    assert "/admin/login/" in page.url
    page.get_by_label("Brugernavn").fill(user.username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_label("Engangskode").fill(code or current_code(user))
    if check:
        check(page, "0-log-ind")
    page.get_by_role("button", name="Log ind", exact=True).click()
    page.wait_for_load_state()


def press(page, button: str) -> None:
    page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_load_state()
    # Wagtail slides its messages in from above the page; check them once they are in place.
    page.wait_for_function(
        "() => [...document.querySelectorAll('.messages li')].every(m => m.getBoundingClientRect().top >= 0)"
    )


def main_text(page) -> str:
    return page.locator("main").inner_text()


def test_a_caseworker_decides_a_case_of_their_own_municipality_and_the_letter_is_made(
    phone,
    portal_url,
    caseworker,
    assert_accessible,
):
    sag = submitted_case(EMMA, payslip=True)
    other = submitted_case(JENS)
    medarbejder = caseworker(sag.kommune)
    staff_login(phone, portal_url, medarbejder.user, check=assert_accessible)

    assert phone.url == portal_url + "/admin/sager/"
    queue = phone.locator("#sagskoe").inner_text()
    assert sag.reference in queue and "Emma Larsen" in queue
    assert other.reference not in queue and "Jens" not in queue
    # The table is wider than a phone: it scrolls sideways in its own region, and nothing is cut off.
    region = phone.get_by_role("region", name="Sager")
    received = region.locator("#sagskoe tbody tr").first.locator("td").last
    # The search and the filters come first; the table is below them.
    region.scroll_into_view_if_needed()
    region.evaluate("e => e.scrollBy(e.scrollWidth, 0)")
    expect(received).to_be_in_viewport(ratio=0.95)
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert_accessible(phone, "1-koe")
    assert phone.request.get(f"{portal_url}/admin/sager/{other.uuid}/").status == 404

    phone.get_by_role("link", name=sag.reference).click()
    phone.wait_for_load_state()
    text = main_text(phone)
    assert "Beregning" in text and phone.locator("#beregning tbody tr").count() >= 1
    assert sag.beregninger.get().beloeb > 0
    assert "loenseddel-marts.pdf" in text
    assert EMMA.cpr not in phone.content()
    payslip = phone.get_by_role("link", name="loenseddel-marts.pdf")
    response = phone.request.get(portal_url + payslip.get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "application/pdf" and response.body() == PDF
    assert_accessible(phone, "2-sag-modtaget")

    press(phone, "Behandl sagen")
    assert "Du behandler nu sagen." in main_text(phone) and "Under behandling" in main_text(phone)
    assert Sag.objects.get(pk=sag.pk).status == SagStatus.UNDER_BEHANDLING
    assert_accessible(phone, "3-sag-under-behandling")

    form = phone.locator("#afgoer")
    form.get_by_label("Udfald").select_option(Udfald.BEVILGET)
    form.get_by_label("Beløb:", exact=True).fill("12.500")
    form.get_by_label("Hvorfor beløbet afviger fra beregningen").fill("Beløbet er rettet efter lønsedlen.")
    form.get_by_label("Begrundelse:", exact=True).fill("Du opfylder betingelserne for kontanthjælp.")
    press(phone, "Se brevet før afsendelse")
    assert_accessible(phone, "4a-bekraeft")
    press(phone, "Send afgørelsen")

    assert "Afgørelsen er truffet, og brevet er på vej." in main_text(phone)
    assert "Afgjort" in main_text(phone)
    assert_accessible(phone, "4-sag-afgjort")
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFGJORT and sag.sagsbehandler == medarbejder.user
    afgoerelse = Afgoerelse.objects.get(sag=sag)
    assert (afgoerelse.udfald, afgoerelse.beloeb) == (Udfald.BEVILGET, Decimal("12500.00"))
    assert afgoerelse.afgjort_af == medarbejder.user and afgoerelse.afgjort_af_straks is False
    # Celery runs eagerly in the tests, so the ordered letter is rendered and sent at once.
    bestilling = Brevbestilling.objects.get(sag=sag, brevtype=Brevtype.AFGOERELSE)
    assert bestilling.sendt is not None
    brev = Dokument.objects.get(pk=bestilling.dokument_id)
    assert brev.kategori == DokumentKategori.BREV and brev.synlig_for_borger is True
    letter = phone.request.get(portal_url + f"/admin/sager/dokument/{brev.uuid}/")
    assert letter.headers["content-type"] == "application/pdf"
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.body())).pages).replace("\u00a0", " ")
    assert sag.reference in pdf_text and "12.500,00 kr." in pdf_text
    assert "Du opfylder betingelserne for kontanthjælp." in pdf_text
    assert Sag.objects.get(pk=other.pk).status == SagStatus.MODTAGET


def test_a_grant_without_an_amount_is_refused_with_a_message_and_keeps_what_was_typed(
    phone,
    portal_url,
    caseworker,
    assert_accessible,
):
    sag = submitted_case(EMMA)
    staff_login(phone, portal_url, caseworker(sag.kommune).user)
    phone.goto(f"{portal_url}/admin/sager/{sag.uuid}/")
    press(phone, "Behandl sagen")

    form = phone.locator("#afgoer")
    form.get_by_label("Udfald").select_option(Udfald.DELVIST_BEVILGET)
    form.get_by_label("Beløb:", exact=True).fill("")  # prefilled from the calculation; the caseworker empties it
    form.get_by_label("Begrundelse:", exact=True).fill("Du har ret til en del af ydelsen.")
    press(phone, "Se brevet før afsendelse")

    form = phone.locator("#afgoer")
    # The page comes back at the form, so the message is on screen, not below it.
    expect(form.get_by_text("Skriv det bevilgede beløb.")).to_be_in_viewport()
    expect(form.get_by_label("Beløb:", exact=True)).to_have_attribute("aria-invalid", "true")
    assert form.get_by_label("Udfald").input_value() == Udfald.DELVIST_BEVILGET
    assert form.get_by_label("Begrundelse:", exact=True).input_value() == "Du har ret til en del af ydelsen."
    assert_accessible(phone, "afgoerelse-uden-beloeb")
    assert Sag.objects.get(pk=sag.pk).status == SagStatus.UNDER_BEHANDLING
    assert not Afgoerelse.objects.filter(sag=sag).exists()


def test_a_wrong_one_time_code_keeps_the_caseworker_out_of_the_queue(
    phone,
    portal_url,
    caseworker,
    assert_accessible,
):
    sag = submitted_case(EMMA)
    user = caseworker(sag.kommune).user
    wrong = f"{(int(current_code(user)) + 1) % 1_000_000:06d}"
    staff_login(phone, portal_url, user, code=wrong)

    assert "/admin/login/" in phone.url
    assert "Brugernavn, adgangskode eller engangskode er ikke korrekt." in main_text(phone)
    assert phone.get_by_label("Brugernavn").input_value() == user.username
    assert phone.get_by_label("Adgangskode").input_value() == ""
    assert phone.get_by_label("Engangskode").input_value() == ""
    assert_accessible(phone, "forkert-engangskode")
    phone.goto(portal_url + "/admin/sager/")
    assert "/admin/login/" in phone.url
    assert sag.reference not in phone.content()
    assert phone.request.get(f"{portal_url}/admin/sager/{sag.uuid}/", max_redirects=0).status == 302


def test_asking_the_citizen_for_information_shows_the_request_on_min_side_and_waits_for_them(
    browser,
    phone,
    portal_url,
    caseworker,
    assert_accessible,
):
    sag = submitted_case(EMMA)
    staff_login(phone, portal_url, caseworker(sag.kommune).user)
    phone.goto(f"{portal_url}/admin/sager/{sag.uuid}/")
    press(phone, "Behandl sagen")
    request = "Send dine lønsedler for januar og februar."
    phone.get_by_label("Hvad har du brug for fra borgeren?").fill(request)
    press(phone, "Send anmodning")

    assert "Borgeren er blevet bedt om flere oplysninger." in main_text(phone)
    assert request in phone.locator("main").inner_text()
    assert "Afventer borgeren" in main_text(phone) and "Afventer dig" not in main_text(phone)
    assert phone.get_by_role("button", name="Send anmodning").count() == 0
    assert phone.get_by_role("button", name="Se brevet før afsendelse").count() == 0
    assert_accessible(phone, "sagsbehandler-anmodning-sendt")
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFVENTER_BORGER
    assert sag.beskeder.get().afsender == "medarbejder"

    citizen = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="da-DK"
    )
    page = citizen.new_page()
    page.artifact_dir = phone.artifact_dir
    try:
        mitid_login(page, portal_url, f"{EMMA.fornavn} {EMMA.efternavn}")
        assert page.url == portal_url + "/min-side/"
        page.locator(f"a[href$='/min-side/sager/{sag.uuid}/']").first.click()
        page.wait_for_load_state()
        text = page.locator("main").inner_text()
        assert request in text and "Sagsbehandler" in text
        assert "Afventer dig" in text
        assert_accessible(page, "borger-ser-anmodningen")
    finally:
        citizen.close()
