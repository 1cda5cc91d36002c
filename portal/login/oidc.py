"""MitID (through NemLog-in's OpenID Connect) as an authentication backend.

The identity provider's claims name the person by CPR number; the backend
hands it straight to ``backend_core`` and never logs it.
"""

from __future__ import annotations

import logging

from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

logger = logging.getLogger(__name__)

CPR_CLAIM = "dk:gov:saml:attribute:CprNumberIdentifier"


class MitIDAuthenticationBackend(OIDCAuthenticationBackend):
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
