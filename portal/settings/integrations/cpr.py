"""CPR register (name, address, civil status, children, municipality)."""

from ..env import env, env_bool, env_int

USE_CPR = env_bool("USE_CPR", False)
CPR_CLIENT = "backend_core.registre.cpr.HttpCprClient" if USE_CPR else "backend_core.registre.cpr.FakeCprClient"
CPR_URL = env("CPR_URL") if USE_CPR else ""
CPR_TIMEOUT_SECONDS = env_int("CPR_TIMEOUT_SECONDS", 5)
