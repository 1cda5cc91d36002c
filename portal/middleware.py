"""Request plumbing: correlation id, Danish-first language, the CSP variant."""

from __future__ import annotations

import re

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils import translation

from backend_core.korrelation import new_correlation_id, reset_correlation_id, set_correlation_id

_VALID_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")


class CorrelationIdMiddleware:
    """Bind one correlation id per request (taken from ``X-Correlation-ID``
    when a trusted proxy sends a well-formed one) and echo it back."""

    header = "HTTP_X_CORRELATION_ID"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get(self.header, "")
        value = incoming if _VALID_ID.match(incoming) else new_correlation_id()
        request.correlation_id = value
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
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
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
