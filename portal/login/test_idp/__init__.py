"""A local OpenID Connect identity provider for dev, tests and the demo.

It stands in for MitID/NemLog-in so the portal's real OIDC code path runs end
to end: authorize (pick a fictitious citizen), token (authorization code with
PKCE, RS256-signed ID token), userinfo and JWKS. It is mounted only when
``MITID_TEST_IDP_ENABLED`` is set, and a deploy check refuses it in
production.
"""
