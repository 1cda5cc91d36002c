"""Udbetaling Danmark's pension data (pension, personal supplement percentage, liquid assets)."""

from ..env import env, env_bool, env_int

USE_PENSION = env_bool("USE_PENSION", False)
PENSION_CLIENT = (
    "backend_core.registre.pension.HttpPensionClient"
    if USE_PENSION
    else "backend_core.registre.pension.FakePensionClient"
)
PENSION_URL = env("PENSION_URL") if USE_PENSION else ""
PENSION_TIMEOUT_SECONDS = env_int("PENSION_TIMEOUT_SECONDS", 5)
