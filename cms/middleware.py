"""The municipality whose help texts a request shows (``Hjaelpetekst``)."""

from __future__ import annotations

from backend_core.selectors import hjaelpetekst_kommune

from .models import KommuneIndstillinger


def _kommune_id(request) -> int | None:
    borger = getattr(getattr(request, "user", None), "borger", None) if request.user.is_authenticated else None
    if borger is not None and borger.kommune_id:
        return borger.kommune_id
    try:
        return KommuneIndstillinger.for_request(request).kommune_id
    except Exception:  # noqa: BLE001 - no site for this host: the code's texts
        return None


class HjaelpetekstMiddleware:
    """Citizen pages show the help texts of the citizen's municipality, or of
    the site's when nobody is logged in. Place after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(("/static/", "/admin/", "/healthz", "/livez")):
            return self.get_response(request)
        with hjaelpetekst_kommune(_kommune_id(request)):
            return self.get_response(request)
