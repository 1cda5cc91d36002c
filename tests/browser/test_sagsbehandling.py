"""Case work at a desk (1280×800), in real Chromium, with axe-core on every
back-office screen: a team lead assigns a case, the caseworker filters to
their own cases, opens it, reads the history and the citizen's change,
asks for information with a deadline, previews the letter and sends a
partly-granted decision; the citizen sees the decision and the letter; the
team lead's figures change."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from pypdf import PdfReader

from backend_core.constants import Rolle, SagStatus, Udfald
from backend_core.models import Afgoerelse, Indberetning, Sag
from backend_core.tests.factories import MedarbejderFactory
from tests.browser.conftest import mitid_login
from tests.browser.test_backoffice import EMMA, PASSWORD, current_code, main_text, press, submitted_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk(browser, request):
    from conftest import ARTIFACTS

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="da-DK")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.artifact_dir = ARTIFACTS / request.node.name
    yield page
    context.close()


def staff(kommune, username, rolle, first_name):
    m = MedarbejderFactory(
        kommune=kommune, rolle=rolle, user__username=username, user__first_name=first_name, user__last_name="Test"
    )
    m.user.set_password(PASSWORD)
    m.user.save()
    m.user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    TOTPDevice.objects.create(user=m.user, name="app", confirmed=True)
    return m


def login(page, portal_url, user, start="/admin/"):
    page.goto(portal_url + start)
    page.get_by_label("Brugernavn").fill(user.username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_label("Engangskode").fill(current_code(user))
    page.get_by_role("button", name="Log ind", exact=True).click()
    page.wait_for_load_state()


def logout(page):
    page.context.clear_cookies()


def test_a_team_lead_assigns_and_the_caseworker_decides_partly_with_a_previewed_letter(
    browser,
    desk,
    portal_url,
    assert_accessible,
):
    sag = submitted_case(EMMA, payslip=True)
    Indberetning.objects.create(
        sag=sag,
        borger=sag.borger,
        type="aendring",
        maaned="2026-11",
        aendringer={"valgt": ["gift"], "beskrivelse": "Jeg er flyttet sammen med min kæreste."},
        idempotency_key="browser-aendring",
    )
    Sag.objects.filter(pk=sag.pk).update(ny_aktivitet="aendring", ny_aktivitet_tid=timezone.now())
    leder = staff(sag.kommune, "koordinator-test", Rolle.KOORDINATOR, "Kim")
    sara = staff(sag.kommune, "sagsbehandler-test", Rolle.SAGSBEHANDLER, "Sara")

    # The team lead assigns the case to Sara.
    login(desk, portal_url, leder.user, "/admin/sager/")
    assert sag.reference in desk.locator("#sagskoe").inner_text()
    assert_accessible(desk, "1-koordinator-koe")
    desk.get_by_label(f"Vælg {sag.reference}").check()
    desk.get_by_label("Tildel til").select_option(str(sara.user_id))
    press(desk, "Tildel")
    assert "1 sag(er) tildelt Sara Test." in main_text(desk)
    assert Sag.objects.get(pk=sag.pk).sagsbehandler_id == sara.user_id
    desk.goto(portal_url + "/admin/ledelsesinformation/")
    assert_accessible(desk, "2-ledelsesinformation-foer")
    foer = desk.locator("#tabel-straks tbody tr").nth(1).locator("td").first.inner_text()
    logout(desk)

    # Sara filters to her own cases and opens it.
    login(desk, portal_url, sara.user)
    assert sag.reference in desk.locator("#sagsoverblik").inner_text()
    assert_accessible(desk, "3-dashboard")
    desk.goto(portal_url + "/admin/sager/")
    desk.get_by_label("Tildelt", exact=True).select_option("mine")
    desk.get_by_role("button", name="Vis", exact=True).click()
    desk.wait_for_load_state()
    assert "tildelt=mine" in desk.url and sag.reference in desk.locator("#sagskoe").inner_text()
    assert_accessible(desk, "4-mine-sager")
    desk.get_by_role("link", name=sag.reference).click()
    desk.wait_for_load_state()
    text = main_text(desk)
    assert "Jeg er flyttet sammen med min kæreste." in text
    assert "Sagen blev tildelt Sara Test" in desk.locator("#tidslinje ~ ol").inner_text()
    assert "Nyt fra borgeren" in text
    assert EMMA.cpr not in desk.content()
    assert_accessible(desk, "5-sag")

    # Ask for information with a deadline.
    frist = timezone.localdate() + dt.timedelta(days=10)
    desk.get_by_label("Hvad har du brug for fra borgeren?").fill("Send din lejekontrakt.")
    desk.get_by_label("Frist for borgeren").fill(frist.isoformat())
    press(desk, "Send anmodning")
    assert "Borgeren er blevet bedt om flere oplysninger." in main_text(desk)
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFVENTER_BORGER and sag.borger_frist == frist
    assert_accessible(desk, "6-anmodning-sendt")
    logout(desk)

    # The citizen sees the request and its deadline on Min Side.
    citizen = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, locale="da-DK")
    page = citizen.new_page()
    page.artifact_dir = desk.artifact_dir
    try:
        mitid_login(page, portal_url, f"{EMMA.fornavn} {EMMA.efternavn}")
        page.goto(f"{portal_url}/min-side/sager/{sag.uuid}/")
        frist_tekst = page.locator("#borger-frist").inner_text()
        assert "Send det senest" in frist_tekst
        assert str(frist.year) in frist_tekst and "Send din lejekontrakt." in page.locator("main").inner_text()
        assert_accessible(page, "6b-borger-ser-fristen")
    finally:
        citizen.close()
    login(desk, portal_url, sara.user, f"/admin/sager/{sag.uuid}/")

    # The citizen answers (through the same service Min Side uses), the case comes back.
    from backend_core.services import besked_send
    from backend_core.tests.factories import borger_aktoer

    besked_send(aktoer=borger_aktoer(sag.borger), sag=sag, tekst="Lejekontrakten er vedhæftet.")
    desk.reload()
    beregnet = sag.beregninger.get().beloeb
    form = desk.locator("#afgoer")
    assert form.get_by_label("Beløb:", exact=True).input_value() != ""
    form.get_by_label("Udfald").select_option(Udfald.DELVIST_BEVILGET)
    form.get_by_label("Beløb:", exact=True).fill("5.000")
    form.get_by_label("Hvorfor beløbet afviger fra beregningen").fill("Din samlever forsørger dig delvist.")
    form.get_by_label("Begrundelse:", exact=True).fill("Du flyttede sammen med din kæreste 1. november.")
    press(desk, "Se brevet før afsendelse")
    assert "/afgoerelse/" in desk.url and not Afgoerelse.objects.filter(sag=sag).exists()
    assert_accessible(desk, "7-bekraeft")
    pdf = desk.request.get(portal_url + desk.locator("#forhaandsvisning").get_attribute("href"))
    assert pdf.headers["content-type"] == "application/pdf"
    preview = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.body())).pages).replace("\u00a0", " ")
    assert "5.000,00 kr." in preview and "Din samlever forsørger dig delvist." in preview
    press(desk, "Send afgørelsen")
    assert "Afgørelsen er truffet, og brevet er på vej." in main_text(desk)
    afgoerelse = Afgoerelse.objects.get(sag=sag)
    assert afgoerelse.udfald == Udfald.DELVIST_BEVILGET and str(afgoerelse.beloeb) == "5000.00"
    assert afgoerelse.beloeb != beregnet
    assert_accessible(desk, "8-afgjort")
    logout(desk)

    # The citizen sees the decision and the letter.
    citizen = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, locale="da-DK")
    page = citizen.new_page()
    page.artifact_dir = desk.artifact_dir
    try:
        mitid_login(page, portal_url, f"{EMMA.fornavn} {EMMA.efternavn}")
        page.locator(f"a[href$='/min-side/sager/{sag.uuid}/']").first.click()
        page.wait_for_load_state()
        assert "Afgjort" in page.locator("main").inner_text()
        assert "Delvist bevilget" in page.locator("main").inner_text()
        assert_accessible(page, "9-borger-ser-afgoerelsen")
    finally:
        citizen.close()

    # The team lead's figures count the decision.
    login(desk, portal_url, leder.user, "/admin/ledelsesinformation/")
    efter = desk.locator("#tabel-straks tbody tr").nth(1).locator("td").first.inner_text()
    assert int(efter) == int(foer) + 1
    assert_accessible(desk, "10-ledelsesinformation-efter")
