"""Min Side on a phone (390×844) in real Chromium with axe-core: the
borger.dk embed framed from another origin (logged in and logged out), a
task with a deadline, a payment's "why", a message thread, a notice sent by
e-mail, in Danish and English."""

from __future__ import annotations

import datetime as dt
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core import mail

from backend_core.models import Borger, Kontaktvalg
from backend_core.registre.cpr import DEMO_PERSONER
from backend_core.tests.factories import BeskedFactory, MedarbejderFactory, SagFactory, UdbetalingFactory
from tests.browser.conftest import mitid_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PERSON = DEMO_PERSONER[0]
NAME = f"{PERSON.fornavn} {PERSON.efternavn}"


@pytest.fixture
def borger_dk(portal_url, settings):
    """A stand-in for borger.dk on another site (127.0.0.1 while the portal
    is on localhost: a different site to the browser), framing the embed."""
    embed = portal_url + "/min-side/indlejret/"

    class Side(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            body = (
                f'<!DOCTYPE html><html lang="da"><head><title>borger.dk</title></head><body><main>'
                f'<h1>Mit Overblik</h1><iframe title="Ydelser fra din kommune" src="{embed}" '
                f'width="380" height="700"></iframe></main></body></html>'
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Side)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    settings.EMBED_FRAME_ANCESTORS = [origin]
    try:
        yield origin + "/mit-overblik"
    finally:
        server.shutdown()
        server.server_close()


def _borger() -> Borger:
    return Borger.objects.get(cpr=PERSON.cpr)


def test_the_embed_cookie_goes_cross_site_and_only_the_browsers_cookie_setting_can_stop_it(
    phone, portal_url, borger_dk, assert_accessible
):
    """Framed by another site, the frame's request carries the embed cookie
    (``SameSite=None; Secure``), while the Lax session cookie stays home.
    This headless Chromium blocks third-party cookies by user preference (as
    Safari, Firefox and private windows do), so the frame then shows the
    logged-out state with "Log ind" instead of a blank frame."""
    mitid_login(phone, portal_url, NAME)
    SagFactory(borger=_borger(), under_behandling=True)
    cdp = phone.context.new_cdp_session(phone)
    cdp.send("Network.enable")
    cookies: dict[str, list] = {}

    def noter(event):
        for c in event.get("associatedCookies", []):
            cookies.setdefault(c["cookie"]["name"], []).append(c.get("blockedReasons", []))

    cdp.on("Network.requestWillBeSentExtraInfo", noter)
    phone.goto(borger_dk)
    frame = phone.frame_locator("iframe")
    frame.get_by_role("link", name="Log ind").wait_for()
    assert "SchemefulSameSiteLax" in cookies["sessionid"][-1]
    assert set(cookies["ydelsesportal_indlejret"][-1]) <= {"UserPreferences"}  # neither SameSite nor Secure
    phone.artifact_dir.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(phone.artifact_dir / "borger-dk-med-indlejring.png"))
    phone.goto(portal_url + "/min-side/indlejret/")
    assert "Kontanthjælp" in phone.locator("#sager").inner_text()
    assert_accessible(phone, "indlejret-logget-ind")


def test_the_logged_out_embed_offers_a_login_that_opens_in_the_top_window(
    phone, portal_url, borger_dk, assert_accessible
):
    phone.goto(borger_dk)
    frame = phone.frame_locator("iframe")
    log_ind = frame.get_by_role("link", name="Log ind")
    log_ind.wait_for()
    log_ind.click()
    phone.wait_for_url(re.compile(re.escape(portal_url) + r"/login/\?next="))
    assert phone.url.startswith(portal_url)  # the whole window, not the frame
    phone.get_by_role("link", name="Log ind med MitID").click()
    phone.get_by_label(NAME, exact=False).check()
    phone.locator("#test-idp-login").click()
    origin = borger_dk.rsplit("/", 1)[0]
    phone.wait_for_load_state()
    phone.wait_for_url(re.compile("^" + re.escape(origin) + "/"))  # back on the site that framed the embed
    phone.context.clear_cookies()
    phone.goto(portal_url + "/min-side/indlejret/")
    assert_accessible(phone, "indlejret-logget-ud")


def test_a_task_with_a_deadline_a_payments_why_and_a_message_thread(phone, portal_url, assert_accessible):
    mitid_login(phone, portal_url, NAME)
    borger = _borger()
    medarbejder = MedarbejderFactory(kommune=borger.kommune)
    sag = SagFactory(
        borger=borger, afventer_borger=True, borger_frist=dt.date(2026, 12, 18), sagsbehandler=medarbejder.user
    )
    BeskedFactory(sag=sag, afsender="medarbejder", tekst="Send dine lønsedler for november.")
    UdbetalingFactory(sag=SagFactory(borger=borger, afgjort=True), status="planlagt")
    phone.goto(portal_url + "/min-side/")
    opgave = phone.locator(".opgave[data-art='oplysninger']")
    assert "Send dine lønsedler for november." in opgave.inner_text()
    assert "Send det senest 18. december 2026." in opgave.inner_text()
    phone.get_by_text("Hvorfor dette beløb?").first.click()
    assert "Tillæg til enlige uden børn" in phone.locator("#udbetalinger").inner_text()
    assert_accessible(phone, "min-side-opgave-og-udbetaling")
    opgave.get_by_role("link", name="Svar eller send dokumenter").click()
    assert "Ny" in phone.locator("#beskeder").inner_text()
    phone.get_by_label("Skriv til din sagsbehandler").fill("Her er de.")
    phone.get_by_role("button", name="Send besked").click()
    phone.wait_for_load_state()
    thread = phone.locator("#beskeder").inner_text()
    assert thread.index("Send dine lønsedler") < thread.index("Her er de.")
    assert "Ikke læst endnu" in thread
    assert_accessible(phone, "sag-traad")


def test_the_citizen_chooses_e_mail_and_is_told_of_a_reply_in_english(phone, portal_url, assert_accessible):
    mitid_login(phone, portal_url, NAME)
    phone.context.add_cookies([{"name": "django_language", "value": "en", "url": portal_url}])
    phone.goto(portal_url + "/min-side/besked-om-nyt/")
    assert phone.get_by_role("heading", level=1).inner_text() == "Tell me about news"
    phone.locator("label[for=id_via_email]").click()
    phone.get_by_label("E-mail address").fill("borger@example.dk")
    assert_accessible(phone, "kontaktvalg-en")
    phone.get_by_role("button", name="Save").click()
    phone.wait_for_load_state()
    assert Kontaktvalg.objects.get(borger=_borger()).sprog == "en"
    from backend_core.services import besked_send, outbox_publish_pending
    from backend_core.tests.factories import medarbejder_aktoer

    borger = _borger()
    sag = SagFactory(borger=borger, under_behandling=True)
    mail.outbox = []
    besked_send(aktoer=medarbejder_aktoer(MedarbejderFactory(kommune=borger.kommune)), sag=sag, tekst="Hello")
    outbox_publish_pending()
    assert [m.to for m in mail.outbox] == [["borger@example.dk"]]
    assert "Your caseworker has written to you" in mail.outbox[0].body
    assert PERSON.fornavn not in mail.outbox[0].body
    phone.goto(portal_url + "/min-side/")
    assert "1 new message" in phone.locator("#sager").inner_text()
    assert_accessible(phone, "min-side-en")
