"""The borger.dk embed in a real cross-site frame (issue 12): a page on a
second site frames ``/min-side/indlejret/``, logged out and logged in, on a
phone (390×844) with axe-core on the frame's content.

The portal runs on ``localhost``, the stand-in for borger.dk on
``127.0.0.1``: two registrable domains, so the frame is cross-site to the
browser (two ports on one host would be the same site for cookies).

Which browser settings, and why (tried with Debian's Chromium 156 and
Playwright 1.65; see docs/indlejring.md):

- This Chromium blocks third-party cookies in a fresh profile, as Safari,
  Firefox's partitioning and private windows do. Chrome, which most
  citizens use, allows them by default outside incognito (Google kept
  third-party cookies, April 2025). ``chrome_default`` therefore starts a
  persistent profile whose ``Preferences`` hold ``profile.cookie_controls_mode
  = 0`` ("allow third-party cookies"), Chrome's own default. The DevTools
  command ``Network.setCookieControls`` (``enableThirdPartyCookieRestriction:
  false``) and ``--disable-features=...`` launch flags did not change what
  this Chromium sends, so they are not used.
- Where third-party cookies are blocked, the embed's "Vis mine ydelser her"
  button calls ``document.requestStorageAccess()``. A real browser asks the
  citizen; headless Chromium has no prompt and refuses, so the test gives
  the answer a citizen would give through DevTools' ``Browser.setPermission``
  (``storage-access`` granted for the embed inside the borger.dk origin).
- Once allowed, a later visit needs no click: Chromium sends
  ``Sec-Fetch-Storage-Access: inactive`` and the embed answers
  ``Activate-Storage-Access: retry`` (Storage Access Headers), so the browser
  fetches the frame again with the cookie.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from backend_core.models import Borger
from backend_core.registre.cpr import DEMO_PERSONER
from backend_core.services import borger_login
from backend_core.tests.factories import SagFactory
from conftest import ARTIFACTS, CHROMIUM_ARGS, axe_violations
from tests.browser.conftest import mitid_login
from tests.services import chromium_path

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PERSON = DEMO_PERSONER[0]
NAME = f"{PERSON.fornavn} {PERSON.efternavn}"
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 1,
    "is_mobile": True,
    "has_touch": True,
    "locale": "da-DK",
}


@pytest.fixture
def borger_dk(portal_url, settings):
    """A stand-in for borger.dk on another site. ``/mit-overblik`` frames the
    embed; ``?sag=<uuid>`` makes it a deep link to that case and, as
    borger.dk would, names its own page as ``retur`` for after the login;
    ``?kun_sag=<uuid>`` is the deep link alone."""
    embed = portal_url + "/min-side/indlejret/"

    class Side(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            query = parse_qs(urlsplit(self.path).query)
            src = embed
            if "sag" in query:
                src += "?" + urlencode({"sag": query["sag"][0], "retur": origin + self.path})
            elif "kun_sag" in query:
                src += "?" + urlencode({"sag": query["kun_sag"][0]})
            body = (
                '<!DOCTYPE html><html lang="da"><head><meta name="viewport" content="width=device-width">'
                '<title>borger.dk</title></head><body style="margin:0"><main>'
                f'<h1>Mit Overblik</h1><iframe title="Ydelser fra din kommune" src="{src}" '
                'style="width:100%;height:700px;border:0"></iframe></main></body></html>'
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Side)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.EMBED_FRAME_ANCESTORS = [origin]
    try:
        yield origin + "/mit-overblik"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def chrome_default(browser, request, tmp_path):
    """A phone-sized page in a Chromium profile with Chrome's default cookie
    setting: third-party cookies allowed (``profile.cookie_controls_mode``
    0). Playwright's ordinary contexts are incognito-like and cannot carry
    that preference, so this is a persistent profile of its own."""
    profile = tmp_path / "chromium-profil"
    (profile / "Default").mkdir(parents=True)
    (profile / "Default" / "Preferences").write_text(json.dumps({"profile": {"cookie_controls_mode": 0}}))
    context = browser.browser_type.launch_persistent_context(
        str(profile), executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS, **PHONE
    )
    page = context.pages[0] if context.pages else context.new_page()
    page.set_default_timeout(15_000)
    page.artifact_dir = ARTIFACTS / request.node.name
    yield page
    context.close()


def _borger() -> Borger:
    """The citizen as the login will find them (the same service the login
    calls), so a case can exist before the first login."""
    return borger_login(cpr=PERSON.cpr, fornavn=PERSON.fornavn, efternavn=PERSON.efternavn)


def _frame(page):
    """The embed's frame, once its document has loaded."""
    frame = page.locator("iframe").element_handle().content_frame()
    frame.wait_for_load_state()
    frame.locator("#main-content").wait_for()
    return frame


def _assert_frame_accessible(page, frame, name: str) -> None:
    page.artifact_dir.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(page.artifact_dir / f"{name}.png"))
    violations = axe_violations(frame)
    assert violations == [], f"axe-core found violations in the framed {name}: {violations}"


def _log_in_at_the_test_provider(page) -> None:
    page.get_by_role("link", name="Log ind med MitID").click()
    page.get_by_label(NAME, exact=False).check()
    page.locator("#test-idp-login").click()
    page.wait_for_load_state()


def test_in_chrome_with_its_default_setting_the_framed_embed_logs_in_and_shows_the_citizens_cases(
    chrome_default, portal_url, borger_dk
):
    """Logged out, the frame on the second site shows "Log ind" (top window);
    the citizen logs in, is sent back to the borger.dk page they came from,
    and the frame now shows their cases, the deep-linked one highlighted."""
    page = chrome_default
    sag = SagFactory(borger=_borger(), under_behandling=True)
    anden = SagFactory(borger=_borger(), afgjort=True)
    fremmed = SagFactory()
    side = f"{borger_dk}?sag={sag.uuid}"
    page.goto(side)
    frame = _frame(page)
    log_ind = frame.get_by_role("link", name="Log ind")
    assert log_ind.get_attribute("target") == "_top"
    assert sag.reference not in frame.locator("body").inner_text()
    _assert_frame_accessible(page, frame, "indlejret-logget-ud")

    log_ind.click()
    page.wait_for_url(re.compile(re.escape(portal_url) + r"/login/\?next="))  # the whole window, not the frame
    _log_in_at_the_test_provider(page)
    page.wait_for_url(side)  # back on borger.dk's own page
    frame = _frame(page)
    sager = frame.locator("#sager")
    sager.wait_for()
    tekst = sager.inner_text()
    assert sag.reference in tekst and anden.reference in tekst
    assert fremmed.reference not in tekst
    assert frame.locator(".portal-card-fremhaevet").get_attribute("id") == f"sag-{sag.uuid}"
    assert frame.locator("base").get_attribute("target") == "_top"
    _assert_frame_accessible(page, frame, "indlejret-logget-ind")


def test_where_third_party_cookies_are_blocked_the_citizen_lets_the_frame_see_their_cases(phone, portal_url, borger_dk):
    """This Chromium's own default (third-party cookies blocked, like Safari
    and Firefox): the logged-in citizen's frame still shows "Log ind" and
    "Vis mine ydelser her". Refused, the button goes away and "Log ind"
    stays; allowed (the test gives the answer headless Chromium cannot ask
    for), the frame reloads with the embed cookie and shows the cases; on a
    later visit it shows them at once (Storage Access Headers)."""
    mitid_login(phone, portal_url, NAME)
    sag = SagFactory(borger=Borger.objects.get(cpr=PERSON.cpr), under_behandling=True)
    phone.goto(borger_dk)
    frame = _frame(phone)
    knap = frame.get_by_role("button", name="Vis mine ydelser her")
    knap.wait_for()
    assert frame.get_by_role("link", name="Log ind").get_attribute("target") == "_top"
    _assert_frame_accessible(phone, frame, "indlejret-blokeret")
    knap.click()  # no answer given: the browser refuses
    frame.locator("#indlejret-adgang-boks").wait_for(state="hidden")
    assert frame.get_by_role("link", name="Log ind").is_visible()
    phone.reload()
    frame = _frame(phone)
    frame.get_by_role("button", name="Vis mine ydelser her").wait_for()

    target = phone.context.new_cdp_session(phone).send("Target.getTargetInfo")["targetInfo"]
    phone.context.browser.new_browser_cdp_session().send(
        "Browser.setPermission",
        {
            "permission": {"name": "storage-access"},
            "setting": "granted",
            "origin": borger_dk.rsplit("/", 1)[0],  # the top-level site ...
            "embeddedOrigin": portal_url,  # ... and the embed it lets in
            "browserContextId": target["browserContextId"],
        },
    )  # the citizen's "Allow"
    frame.get_by_role("button", name="Vis mine ydelser her").click()
    sager = frame.locator("#sager")
    sager.wait_for()
    assert sag.reference in sager.inner_text()
    assert frame.evaluate("document.hasStorageAccess()") is True
    _assert_frame_accessible(phone, frame, "indlejret-adgang-givet")

    # A later visit in a new tab: no button to press. The browser says it
    # holds the permission (Sec-Fetch-Storage-Access: inactive), the embed
    # asks it to retry with the cookie, and the frame shows the cases.
    senere = phone.context.new_page()
    senere.artifact_dir = phone.artifact_dir
    foersoeg = []
    senere.on(
        "request",
        lambda r: foersoeg.append(r.all_headers().get("sec-fetch-storage-access")) if "/indlejret/" in r.url else None,
    )
    senere.goto(borger_dk)
    frame = _frame(senere)
    frame.locator("#sager").wait_for()
    assert sag.reference in frame.locator("#sager").inner_text()
    # The frame's request went out without the cookie ("inactive"); the
    # cases came through the retry the embed asked for.
    assert foersoeg[0] == "inactive"


def test_a_logged_out_deep_link_to_a_case_returns_to_the_case_after_login(phone, portal_url, borger_dk):
    """Both deep links borger.dk may use: the framed ``?sag=`` without a
    ``retur`` (the frame's Referer names only borger.dk's origin) and the
    indexes' ``/min-side/sager/<uuid>/`` in the top window."""
    sag = SagFactory(borger=_borger(), under_behandling=True)
    phone.goto(f"{borger_dk}?kun_sag={sag.uuid}")
    frame = _frame(phone)
    frame.get_by_role("link", name="Log ind").click()
    phone.wait_for_url(re.compile(re.escape(portal_url) + r"/login/\?next="))
    _log_in_at_the_test_provider(phone)
    phone.wait_for_url(f"{portal_url}/min-side/sager/{sag.uuid}/")
    assert sag.reference in phone.locator("main").inner_text()

    phone.context.clear_cookies()
    phone.goto(f"{portal_url}/min-side/sager/{sag.uuid}/")
    assert "/login/" in phone.url
    _log_in_at_the_test_provider(phone)
    phone.wait_for_url(f"{portal_url}/min-side/sager/{sag.uuid}/")
    assert sag.reference in phone.locator("main").inner_text()
