"""Citizen login with MitID through OpenID Connect (as NemLog-in offers it).

Without ``USE_MITID`` the portal logs citizens in through the local test
identity provider in ``portal.login.test_idp``: the same OIDC code path, with
fictitious citizens. The test provider is refused in production by a system
check.
"""

from ..env import env, env_bool, env_int

USE_MITID = env_bool("USE_MITID", False)
MITID_TEST_IDP_ENABLED = env_bool("MITID_TEST_IDP_ENABLED", False)

if USE_MITID:
    OIDC_RP_CLIENT_ID = env("OIDC_RP_CLIENT_ID")
    OIDC_RP_CLIENT_SECRET = env("OIDC_RP_CLIENT_SECRET")
    OIDC_OP_AUTHORIZATION_ENDPOINT = env("OIDC_OP_AUTHORIZATION_ENDPOINT")
    OIDC_OP_TOKEN_ENDPOINT = env("OIDC_OP_TOKEN_ENDPOINT")
    OIDC_OP_USER_ENDPOINT = env("OIDC_OP_USER_ENDPOINT")
    OIDC_OP_JWKS_ENDPOINT = env("OIDC_OP_JWKS_ENDPOINT")
    OIDC_OP_LOGOUT_ENDPOINT = env("OIDC_OP_LOGOUT_ENDPOINT", default="")
    """NemLog-in's end_session endpoint (single logout); empty: local logout only."""
else:
    # Empty (the default): the test provider is the portal itself, at the
    # host and port the request came to (any PORT, any municipal site); the
    # portal calls its token endpoint on 127.0.0.1 at the port it listens on.
    _base = env("MITID_TEST_IDP_BASE_URL", default="/test-idp")
    OIDC_RP_CLIENT_ID = "ydelsesportalen-dev"
    OIDC_RP_CLIENT_SECRET = env("MITID_TEST_IDP_SECRET", default="dev-only-test-idp-secret")
    OIDC_OP_AUTHORIZATION_ENDPOINT = f"{_base}/authorize/"
    OIDC_OP_TOKEN_ENDPOINT = f"{_base}/token/"
    OIDC_OP_USER_ENDPOINT = f"{_base}/userinfo/"
    OIDC_OP_JWKS_ENDPOINT = f"{_base}/jwks/"
    OIDC_OP_LOGOUT_ENDPOINT = f"{_base}/end-session/"

OIDC_RP_SIGN_ALGO = "RS256"
OIDC_RP_SCOPES = "openid mitid"
OIDC_USE_PKCE = True
OIDC_TIMEOUT = env_int("OIDC_TIMEOUT_SECONDS", 5)
OIDC_STORE_ID_TOKEN = True
LOGIN_REDIRECT_URL_FAILURE = "/login/fejl/"
LOGOUT_REDIRECT_URL = "/logget-af/"
OIDC_AUTHENTICATE_CLASS = "portal.login.oidc.MitIDAuthenticationRequestView"
OIDC_REDIRECT_ALLOWED_HOSTS = []
