from __future__ import annotations

import re

import pytest

from cms.demo import KommuneSite, ensure_sites


@pytest.fixture
def portal_url(live_server, settings):
    """The live portal, with a home page and the test MitID provider at its address."""
    base = live_server.url
    ensure_sites(
        [KommuneSite(slug="kobenhavn", navn="Københavns Kommune", hostname="localhost", default=True)],
        port=int(base.rsplit(":", 1)[1]),
    )
    idp = f"{base}/test-idp"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{idp}/authorize/"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{idp}/token/"
    settings.OIDC_OP_USER_ENDPOINT = f"{idp}/userinfo/"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{idp}/jwks/"
    return base


def mitid_login(page, portal_url: str, person: str, *, start: str = "/login/") -> None:
    """Log in through the real OIDC flow, choosing ``person`` at the test provider."""
    page.goto(portal_url + start)
    if "/login/" in page.url:
        page.get_by_role("link", name=re.compile("^(Log ind med MitID|Log in with MitID)$")).click()
    page.get_by_label(person, exact=False).check()
    page.locator("#test-idp-login").click()
    page.wait_for_load_state()
