"""MitID (through NemLog-in's OpenID Connect) as an authentication backend.

The identity provider's claims name the person by CPR number; the backend
hands it straight to ``backend_core`` and never logs it.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationRequestView

logger = logging.getLogger(__name__)

CPR_CLAIM = "dk:gov:saml:attribute:CprNumberIdentifier"


def browser_url(request, url: str) -> str:
    """An endpoint the browser goes to: a path (the local test provider) is
    taken at the host and port the request came to."""
    return request.build_absolute_uri(url) if url.startswith("/") else url


def server_url(request, url: str) -> str:
    """An endpoint the portal calls itself: a path (the local test provider)
    is called on this server, at the port it answered the request on
    (``MITID_TEST_IDP_INTERNAL_URL`` overrides the host and port)."""
    if not url.startswith("/"):
        return url
    base = getattr(settings, "MITID_TEST_IDP_INTERNAL_URL", "") or (
        f"http://127.0.0.1:{request.META.get('SERVER_PORT') or request.get_port()}"
    )
    return base.rstrip("/") + url


class MitIDAuthenticationRequestView(OIDCAuthenticationRequestView):
    """Starts the login; the test provider follows the request's host and port."""

    def get(self, request):
        self.OIDC_OP_AUTH_ENDPOINT = browser_url(request, self.get_settings("OIDC_OP_AUTHORIZATION_ENDPOINT"))
        return super().get(request)


class MitIDAuthenticationBackend(OIDCAuthenticationBackend):
    def authenticate(self, request, **kwargs):
        if request is not None:
            self.OIDC_OP_TOKEN_ENDPOINT = server_url(request, self.get_settings("OIDC_OP_TOKEN_ENDPOINT"))
            self.OIDC_OP_USER_ENDPOINT = server_url(request, self.get_settings("OIDC_OP_USER_ENDPOINT"))
            self.OIDC_OP_JWKS_ENDPOINT = server_url(request, self.get_settings("OIDC_OP_JWKS_ENDPOINT"))
        return super().authenticate(request, **kwargs)

    def verify_claims(self, claims: dict) -> bool:
        cpr = claims.get(CPR_CLAIM, "")
        return isinstance(cpr, str) and len(cpr) == 10 and cpr.isdigit()

    def get_or_create_user(self, access_token, id_token, payload):
        from backend_core.services import borger_login

        claims = self.get_userinfo(access_token, id_token, payload)
        if not self.verify_claims(claims):
            logger.warning("mitid login refused: claims without a valid CPR number")
            raise SuspiciousOperation("MitID claims without a CPR number.")
        borger = borger_login(
            cpr=claims[CPR_CLAIM],
            fornavn=claims.get("given_name", ""),
            efternavn=claims.get("family_name", ""),
        )
        return borger.user

    def get_user(self, user_id):
        from django.contrib.auth import get_user_model

        try:
            return get_user_model().objects.get(pk=user_id, is_active=True)
        except get_user_model().DoesNotExist:
            return None
