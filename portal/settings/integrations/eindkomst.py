"""eIndkomst (monthly income reported by employers)."""

from ..env import env, env_bool, env_int

USE_EINDKOMST = env_bool("USE_EINDKOMST", False)
EINDKOMST_CLIENT = (
    "backend_core.registre.eindkomst.HttpEindkomstClient"
    if USE_EINDKOMST
    else "backend_core.registre.eindkomst.FakeEindkomstClient"
)
EINDKOMST_URL = env("EINDKOMST_URL") if USE_EINDKOMST else ""
EINDKOMST_TIMEOUT_SECONDS = env_int("EINDKOMST_TIMEOUT_SECONDS", 5)
