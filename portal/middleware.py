"""Request plumbing: correlation id, Danish-first language, the CSP variant,
the renewal of the session's inactivity timer."""

from __future__ import annotations

import re
import time
import uuid

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils import translation

from backend_core.korrelation import new_correlation_id, reset_correlation_id, set_correlation_id

_TOKEN = re.compile(r"^[A-Za-z0-9]{16,32}$")


def well_formed_correlation_id(value: str) -> str | None:
    """``value`` normalised when it is a UUID (any of its spellings) or a short
    alphanumeric token (16-32 characters), else ``None``."""
    if not value or len(value) > 45:
        return None
    try:
        return uuid.UUID(value).hex
    except ValueError:
        pass
    return value if _TOKEN.match(value) else None


SESSION_FORNYET = "_fornyet"
"""Session key: when the inactivity timer was last renewed (Unix seconds) and
the ``SESSION_COOKIE_AGE`` it was renewed for."""


def session_forny(request) -> None:
    """Renew the inactivity timer now: the session is saved at the end of the
    request with a fresh expiry (``SESSION_COOKIE_AGE`` from now)."""
    request.session[SESSION_FORNYET] = [int(time.time()), settings.SESSION_COOKIE_AGE]


def _fornyet(session) -> tuple[int, int] | None:
    value = session.get(SESSION_FORNYET)
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return value[0], value[1]
    return None


def session_sekunder_tilbage(request) -> int:
    """Seconds until the session ends from inactivity, as of this request
    (at least 1: a request that has a session is inside its time)."""
    session = getattr(request, "session", None)
    fornyet = _fornyet(session) if session is not None else None
    if fornyet is None:
        return settings.SESSION_COOKIE_AGE
    tid, alder = fornyet
    return max(alder - max(int(time.time()) - tid, 0), 1)


class SessionRenewalMiddleware:
    """Renew the inactivity timer of a session in use when the last renewal
    is ``SESSION_RENEW_INTERVAL`` seconds old (at most a tenth of
    ``SESSION_COOKIE_AGE``), instead of writing the session on every request.
    Each renewal sets the expiry to now plus ``SESSION_COOKIE_AGE``, so a
    session ends between ``AGE - INTERVAL`` and ``AGE`` seconds after the last
    request: never later than with a write on every request. A changed
    ``SESSION_COOKIE_AGE`` renews at once. Sits right after
    ``SessionMiddleware``; a request without a session cookie (or with one
    that names no session) creates nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if session.session_key is not None:
            fornyet = _fornyet(session)  # loads: an unknown key becomes None
            interval = min(settings.SESSION_RENEW_INTERVAL, settings.SESSION_COOKIE_AGE // 10)
            if session.session_key is not None and (
                fornyet is None
                or fornyet[1] != settings.SESSION_COOKIE_AGE
                or int(time.time()) - fornyet[0] >= interval
            ):
                session_forny(request)
        return self.get_response(request)


class CorrelationIdMiddleware:
    """Bind one correlation id per request and echo it back.

    An incoming ``X-Correlation-ID`` is taken over only when it is well formed
    and the request came through a trusted proxy (``TRUSTED_PROXIES``: the
    load balancer or borger.dk's gateway that started the trace); any other
    client gets a fresh id, so nothing a client writes reaches the audit log.
    The header is rewritten to the id in use, for django-structlog.
    """

    header = "HTTP_X_CORRELATION_ID"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from portal.client_ip import came_through_trusted_proxy

        incoming = well_formed_correlation_id(request.META.get(self.header, ""))
        value = incoming if incoming and came_through_trusted_proxy(request) else new_correlation_id()
        request.correlation_id = value
        request.META[self.header] = value
        token = set_correlation_id(value)
        try:
            response = self.get_response(request)
        finally:
            reset_correlation_id(token)
        response["X-Correlation-ID"] = value
        return response


class DanishFirstLocaleMiddleware:
    """Danish unless the person chose English with the language switch.

    The browser's ``Accept-Language`` is deliberately ignored: the portal is a
    Danish public service and Danish is the default; the choice is a cookie
    set by Django's ``set_language`` view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        available = {code for code, _ in settings.LANGUAGES}
        language = chosen if chosen in available else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            # Also when the view raised: the language must not stay on the thread.
            translation.deactivate()
        response.headers.setdefault("Content-Language", language)
        return response


class PortalCSPMiddleware(CSPMiddleware):
    """The strict policy everywhere, relaxed only where it must be.

    The Wagtail admin still uses inline scripts and styles, so the staff back
    office gets ``'unsafe-inline'``, and its preview may be framed by the
    editor (same origin); citizen pages never do. The embeddable
    Min Side view may be framed by borger.dk (``EMBED_FRAME_ANCESTORS``).
    """

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        update = dict(parts.update or {})
        if request.path_info.startswith("/admin/"):
            update.update({"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]})
        if getattr(request, "is_preview", False) or (
            request.path_info.startswith("/admin/") and "/preview/" in request.path_info
        ):
            # Wagtail's live preview frames the page in the editor (same origin);
            # Wagtail renders it through the middleware with a request of its own.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        if getattr(response, "_portal_embeddable", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": list(settings.EMBED_FRAME_ANCESTORS)}
        parts.update = update or None
        return parts


PRIVATE_PREFIXES = ("/min-side/", "/ansoeg/", "/api/", "/admin/", "/sager/")
"""Paths whose pages show personal data (or a draft) even before a login is
checked: Min Side and its embed, the application pages and receipts, the API
and the back office."""


class PrivateNoStoreMiddleware:
    """``Cache-Control: private, no-store`` on every
    response to a logged-in user and on every response under
    ``PRIVATE_PREFIXES``, so no browser history, shared computer or proxy
    keeps a copy of a citizen's data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if request.path_info.startswith(PRIVATE_PREFIXES) or (user is not None and user.is_authenticated):
            current = {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}
            if not {"private", "no-store"} <= current:
                response["Cache-Control"] = "private, no-store"
                if "Expires" in response:
                    del response["Expires"]
        return response
