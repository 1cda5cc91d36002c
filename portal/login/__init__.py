"""Login for citizens (MitID through OpenID Connect) and staff (password and
one-time password)."""
