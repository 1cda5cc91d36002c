"""The Ydelsesindeks: the citizen's granted benefits and payments, which
borger.dk's Mit Overblik shows with a deep link back to Min Side."""

from ..env import env, env_bool, env_int

USE_YDELSESINDEKS = env_bool("USE_YDELSESINDEKS", False)
YDELSESINDEKS_CLIENT = (
    "backend_core.registre.ydelsesindeks.HttpYdelsesindeksClient"
    if USE_YDELSESINDEKS
    else "backend_core.registre.ydelsesindeks.FakeYdelsesindeksClient"
)
YDELSESINDEKS_URL = env("YDELSESINDEKS_URL") if USE_YDELSESINDEKS else ""
YDELSESINDEKS_TIMEOUT_SECONDS = env_int("YDELSESINDEKS_TIMEOUT_SECONDS", 5)
