"""Payment orders (udbetaling) to the municipality's payment system."""

from ..env import env, env_bool, env_int

USE_UDBETALING = env_bool("USE_UDBETALING", False)
UDBETALING_CLIENT = (
    "backend_core.registre.udbetaling.HttpUdbetalingClient"
    if USE_UDBETALING
    else "backend_core.registre.udbetaling.FakeUdbetalingClient"
)
UDBETALING_URL = env("UDBETALING_URL") if USE_UDBETALING else ""
UDBETALING_TIMEOUT_SECONDS = env_int("UDBETALING_TIMEOUT_SECONDS", 10)
