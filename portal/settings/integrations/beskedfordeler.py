"""Business events out to the message distributor and the common case and
benefit indexes (Sags- og Dokumentindeks, Ydelsesindeks) behind Mit Overblik."""

from ..env import env, env_bool, env_int

USE_BESKEDFORDELER = env_bool("USE_BESKEDFORDELER", False)
BESKEDFORDELER_CLIENT = (
    "backend_core.registre.beskedfordeler.WebhookBeskedfordelerClient"
    if USE_BESKEDFORDELER
    else "backend_core.registre.beskedfordeler.FakeBeskedfordelerClient"
)
BESKEDFORDELER_URL = env("BESKEDFORDELER_URL") if USE_BESKEDFORDELER else ""
BESKEDFORDELER_TIMEOUT_SECONDS = env_int("BESKEDFORDELER_TIMEOUT_SECONDS", 5)

USE_SAGSINDEKS = env_bool("USE_SAGSINDEKS", False)
SAGSINDEKS_CLIENT = (
    "backend_core.registre.sagsindeks.HttpSagsindeksClient"
    if USE_SAGSINDEKS
    else "backend_core.registre.sagsindeks.FakeSagsindeksClient"
)
SAGSINDEKS_URL = env("SAGSINDEKS_URL") if USE_SAGSINDEKS else ""
SAGSINDEKS_TIMEOUT_SECONDS = env_int("SAGSINDEKS_TIMEOUT_SECONDS", 5)
