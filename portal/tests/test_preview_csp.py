"""Wagtail's live preview may be framed by the editor; citizen pages may not be framed."""

from __future__ import annotations

from django.http import HttpResponse
from django.test import RequestFactory

from portal.middleware import PortalCSPMiddleware


def _csp(path: str) -> str:
    middleware = PortalCSPMiddleware(lambda request: HttpResponse("ok"))
    return middleware(RequestFactory().get(path))["Content-Security-Policy"]


def test_the_editors_preview_may_be_framed_by_the_admin_itself():
    assert "frame-ancestors 'self'" in _csp("/admin/pages/3/edit/preview/")


def test_citizen_pages_and_other_admin_screens_may_not_be_framed():
    assert "frame-ancestors 'none'" in _csp("/kontanthjaelp/")
    assert "frame-ancestors 'none'" in _csp("/admin/pages/3/edit/")
