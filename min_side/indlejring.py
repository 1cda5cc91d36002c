"""The cross-site embed of Min Side on borger.dk: how a framed page knows
who the citizen is.

borger.dk frames ``/min-side/indlejret/`` from another site, so the portal's
session cookie (``SameSite=Lax``) is never sent into the frame. Instead the
portal keeps a second cookie for the embed only (see ``docs/indlejring.md``):

- ``SameSite=None; Secure; HttpOnly``, path ``/min-side/indlejret/``: the
  browser sends it only to the embed's read-only pages, never to a form or an
  API, so the main session cookie keeps its ``Lax`` protection against
  cross-site requests.
- Its value is the session key, signed (``django.core.signing``, own salt).
  It grants nothing by itself: the embed loads that session and checks it
  exactly as ``AuthenticationMiddleware`` would (expiry, the user's auth
  hash), so logging out, a session timeout or a password change ends it too.
- Browsers that block third-party cookies (Safari, Firefox) get the
  logged-out embed, with a "Log ind" link that opens the login in the top
  window and, where the Storage Access API exists, a button that asks the
  browser to let the frame use the cookie. Once the citizen has allowed it,
  Chromium says so on later visits (``Sec-Fetch-Storage-Access: inactive``)
  and the embed asks it to retry with the cookie (Storage Access Headers),
  so the citizen does not have to press the button again.
"""

from __future__ import annotations

from importlib import import_module
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth import get_user
from django.contrib.auth.models import AnonymousUser
from django.core import signing

COOKIE_NAME = "ydelsesportal_indlejret"
COOKIE_PATH = "/min-side/indlejret/"
SALT = "min_side.indlejring"
_SESSION_FLAG = "_indlejring_noegle"


def _borger_logged_in(request) -> bool:
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and hasattr(user, "borger"))


def bruger_fra_cookie(request):
    """The user the embed cookie names, or ``AnonymousUser``: the session
    must still exist, be unexpired and authenticate its user."""
    raw = request.COOKIES.get(COOKIE_NAME)
    if not raw:
        return AnonymousUser()
    try:
        session_key = signing.loads(raw, salt=SALT, max_age=settings.SESSION_COOKIE_AGE * 48)
    except signing.BadSignature:
        return AnonymousUser()
    store = import_module(settings.SESSION_ENGINE).SessionStore
    session = store(session_key=session_key)
    if not session.exists(session_key):
        return AnonymousUser()
    return get_user(SimpleNamespace(session=session))


class IndlejringCookieMiddleware:
    """Give a logged-in citizen the embed cookie once per session key, and
    take it away on logout. Sits after ``SessionMiddleware`` and
    ``AuthenticationMiddleware``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None:
            return response
        if _borger_logged_in(request):
            key = session.session_key
            if key and session.get(_SESSION_FLAG) != key:
                session[_SESSION_FLAG] = key
                response.set_cookie(
                    COOKIE_NAME,
                    signing.dumps(key, salt=SALT),
                    path=COOKIE_PATH,
                    secure=True,
                    httponly=True,
                    samesite="None",
                )
        elif getattr(request, "_portal_logged_out", False):
            response.delete_cookie(COOKIE_NAME, path=COOKIE_PATH, samesite="None")
        return response


def bed_om_lagringsadgang(request, response) -> None:
    """Storage Access Headers: the browser holds the citizen's permission to
    let this frame use its cookies but did not send them
    (``Sec-Fetch-Storage-Access: inactive``); ask it to retry the request
    with them, for a framing origin in ``EMBED_FRAME_ANCESTORS`` only. The
    retry says ``active``, so this never loops."""
    origin = request.headers.get("Origin", "")
    if request.headers.get("Sec-Fetch-Storage-Access") == "inactive" and origin in settings.EMBED_FRAME_ANCESTORS:
        response["Activate-Storage-Access"] = f'retry; allowed-origin="{origin}"'
