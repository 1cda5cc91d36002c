"""Communicators own the guidance: on a phone, in real Chromium, checked
with axe-core on every citizen page and every editor screen used.

The communicator of København writes a benefit page with blocks, previews it
and sends it for approval; the approver publishes it; a citizen finds it from
the home page, reads it and an English page, searches, and starts the
application. Screenshots are kept in ``test-artifacts/``."""

from __future__ import annotations

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect
from wagtail.models import Site

from backend_core.registre.cpr import DEMO_PERSONER
from backend_core.tests.factories import KommuneFactory, MedarbejderFactory
from cms.demo import KommuneSite, ensure_cms_demo, ensure_sites
from cms.models import YdelsePage
from tests.browser.conftest import mitid_login
from tests.browser.test_backoffice import PASSWORD, staff_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMMA = next(p for p in DEMO_PERSONER if p.fornavn == "Emma")  # København


def _staff(kommune, username: str, **trait):
    medarbejder = MedarbejderFactory(kommune=kommune, user__username=username, user__first_name=username, **trait)
    medarbejder.user.set_password(PASSWORD)
    medarbejder.user.save()
    TOTPDevice.objects.create(user=medarbejder.user, name="app", confirmed=True)
    return medarbejder.user


@pytest.fixture
def cms_demo(portal_url):
    """København (the live server's site) and Aarhus, each with a
    communicator, an approver and the kontanthjælp pages in both languages."""
    kbh = KommuneFactory(kode="0101", navn="Københavns Kommune", slug="kobenhavn")
    aarhus = KommuneFactory(kode="0751", navn="Aarhus Kommune", slug="aarhus")
    users = {
        "kommunikator": _staff(kbh, "kommunikator-test", kommunikator=True),
        "godkender": _staff(kbh, "admin-test", administrator=True),
    }
    _staff(aarhus, "kommunikator-aarhus-test", kommunikator=True)
    port = int(portal_url.rsplit(":", 1)[1])
    sites = ensure_sites(
        [
            KommuneSite(slug="kobenhavn", navn="Københavns Kommune", hostname="localhost", default=True),
            KommuneSite(slug="aarhus", navn="Aarhus Kommune", hostname="aarhus.localhost"),
        ],
        port=port,
    )
    ensure_cms_demo(sites, ydelser=("kontanthjaelp",))
    return users


def _insert_block(phone, name: str) -> None:
    body = phone.locator("[data-contentpath=body]")
    body.get_by_role("button", name=re.compile("Insert a block|Indsæt")).last.click()
    phone.get_by_role("option", name=name).click()


def test_a_communicator_publishes_a_benefit_page_through_approval_and_a_citizen_uses_it(
    phone,
    browser,
    portal_url,
    cms_demo,
    assert_accessible,
):
    home = Site.objects.get(hostname="localhost").root_page
    aarhus_page = YdelsePage.objects.get(url_path__startswith="/aarhus/", ydelse="kontanthjaelp")

    # --- the communicator writes the page -----------------------------------------------
    staff_login(phone, portal_url, cms_demo["kommunikator"])
    phone.goto(f"{portal_url}/admin/pages/add/cms/ydelsepage/{home.pk}/")
    assert_accessible(phone, "1-editor-ny-side")
    phone.locator("#id_title").fill("Helbredstillæg")
    phone.locator("#id_ydelse").select_option("helbredstillaeg")
    phone.locator("#id_intro").fill("Hjælp til medicin og tandlæge for pensionister.")
    phone.locator("[data-contentpath=hvem] [contenteditable=true]").fill("Folkepensionister med lav formue.")
    phone.locator("#id_skal_bruge").fill("MitID\nKvitteringer for udgiften")
    _insert_block(phone, "Beskedboks")
    phone.locator("#body-0-value-variant").select_option("warning")
    phone.locator("#body-0-value-overskrift").fill("Søg før du bestiller")
    phone.locator("[data-contentpath=body] [data-contentpath=tekst] [contenteditable=true]").first.fill(
        "Briller og tandproteser skal godkendes først."
    )
    _insert_block(phone, "Harmonika")
    phone.locator("#body-1-value-punkter-0-value-titel").fill("Hvad dækker tillægget?")
    phone.locator("[data-contentpath=body] [data-contentpath=indhold] [contenteditable=true]").first.fill(
        "Op til 85 % af din egen betaling."
    )
    _insert_block(phone, "Handlingsknap")
    phone.locator("#body-2-value-tekst").fill("Søg helbredstillæg")
    phone.locator("#body-2-value-ydelse").select_option("helbredstillaeg")
    phone.get_by_role("button", name="Gem skitse").click()
    expect(phone.locator(".messages")).to_contain_text("Helbredstillæg", timeout=20_000)
    assert re.search(r"/admin/pages/\d+/edit/$", phone.url), phone.url
    page = YdelsePage.objects.get(ydelse="helbredstillaeg", url_path__startswith="/kobenhavn/")
    assert page.slug == "helbredstillaeg" and not page.live  # ASCII slug, a draft
    assert_accessible(phone, "2-editor-skitse")

    # The live preview renders inside the editor (the CSP lets the editor frame it).
    phone.get_by_role("button", name="Toggle preview").click()
    preview = phone.frame_locator("iframe.w-preview__iframe").last
    expect(preview.get_by_role("heading", level=1)).to_have_text("Helbredstillæg", timeout=20_000)
    expect(preview.locator(".alert-warning")).to_contain_text("Søg før du bestiller")
    expect(preview.locator("a.button-primary", has_text="Søg helbredstillæg")).to_have_attribute(
        "href", "/ansoeg/helbredstillaeg/"
    )
    phone.get_by_role("button", name="Toggle preview").click()

    phone.get_by_role("button", name="Flere handlinger").click()
    phone.get_by_role("button", name=re.compile("^(Submit to|Send til) Godkendelse Københavns Kommune")).click()
    expect(phone.locator(".messages")).to_contain_text("moderation", timeout=20_000)
    page.refresh_from_db()
    assert not page.live and page.current_workflow_state is not None
    # Another municipality's pages are closed to this communicator.
    for url in (f"/admin/pages/{aarhus_page.pk}/edit/", f"/admin/pages/{aarhus_page.pk}/edit/preview/"):
        response = phone.request.get(portal_url + url, max_redirects=0)
        assert response.status in (302, 403), (url, response.status)  # Wagtail: "no permission", back to the dashboard
        assert aarhus_page.title not in response.text()
    assert phone.request.get(f"{portal_url}/helbredstillaeg/").status == 404  # not yet published

    # --- the approver approves, and that publishes it -------------------------------------
    phone.context.clear_cookies()
    staff_login(phone, portal_url, cms_demo["godkender"])
    phone.goto(f"{portal_url}/admin/pages/{page.pk}/edit/")
    phone.get_by_role("button", name="Flere handlinger").click()
    phone.get_by_role("button", name="Godkend og Publicér").click()
    expect(phone.locator(".messages")).to_contain_text("Helbredstillæg", timeout=20_000)
    page.refresh_from_db()
    assert page.live

    # --- a citizen finds it from the home page, on a phone ---------------------------------
    citizen = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=1, is_mobile=True, has_touch=True, locale="da-DK"
    ).new_page()
    citizen.set_default_timeout(15_000)
    citizen.artifact_dir = phone.artifact_dir
    citizen.goto(portal_url + "/")
    assert_accessible(citizen, "3-borger-forside")
    citizen.locator("#ydelser").get_by_role("link", name="Helbredstillæg").click()
    citizen.wait_for_load_state()
    assert citizen.url == portal_url + "/helbredstillaeg/"
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Helbredstillæg")
    expect(citizen.locator(".breadcrumbs")).to_contain_text("Københavns Kommune")
    expect(citizen.locator(".accordion-button")).to_have_text("Hvad dækker tillægget?")
    citizen.locator(".accordion-button").click()
    expect(citizen.locator(".accordion-content")).to_be_visible()
    assert_accessible(citizen, "4-borger-ydelse")

    # In English: the same address; not yet translated, it says so in English.
    citizen.locator("form.language-switcher").get_by_role("button", name="English").click()
    citizen.wait_for_load_state()
    assert citizen.url == portal_url + "/helbredstillaeg/"
    assert citizen.locator("html").get_attribute("lang") == "en"
    expect(citizen.locator("#ikke-oversat")).to_contain_text("has not been translated into English yet")
    assert_accessible(citizen, "5-borger-ikke-oversat")

    # A translated page reads in English; search finds it; the start button starts the application.
    citizen.goto(portal_url + "/")
    citizen.get_by_label("Search the guidance").fill("Jobnet")
    citizen.get_by_role("button", name="Search", exact=True).first.click()
    citizen.wait_for_load_state()
    assert_accessible(citizen, "6-borger-soeg")
    citizen.locator("#resultater").get_by_role("link", name="Social assistance (kontanthjælp)").click()
    citizen.wait_for_load_state()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Social assistance (kontanthjælp)")
    assert citizen.url == portal_url + "/kontanthjaelp/"
    assert_accessible(citizen, "7-borger-ydelse-en")
    citizen.locator("#start-ansoegning").click()
    citizen.wait_for_load_state()
    assert "/login/" in citizen.url
    mitid_login(citizen, portal_url, f"{EMMA.fornavn} {EMMA.efternavn}", start=citizen.url.removeprefix(portal_url))
    assert "/ansoeg/kontanthjaelp/" in citizen.url, citizen.url
    assert_accessible(citizen, "8-borger-ansoegning")
    citizen.context.close()
