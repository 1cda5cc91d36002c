"""Wagtail's live preview may be framed by the editor; citizen pages may not be framed."""

from __future__ import annotations

from django.http import HttpResponse
from django.test import RequestFactory

from portal.middleware import PortalCSPMiddleware


def _csp(path: str, *, is_preview: bool = False) -> str:
    middleware = PortalCSPMiddleware(lambda request: HttpResponse("ok"))
    request = RequestFactory().get(path)
    if is_preview:
        request.is_preview = True  # as Wagtail's preview request carries it
    return middleware(request)["Content-Security-Policy"]


def test_the_editors_preview_may_be_framed_by_the_admin_itself():
    assert "frame-ancestors 'self'" in _csp("/admin/pages/3/edit/preview/")
    assert "frame-ancestors 'self'" in _csp("/kontanthjaelp/", is_preview=True)


def test_citizen_pages_and_other_admin_screens_may_not_be_framed():
    assert "frame-ancestors 'none'" in _csp("/kontanthjaelp/")
    assert "frame-ancestors 'none'" in _csp("/admin/pages/3/edit/")
