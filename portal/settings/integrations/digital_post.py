"""Digital Post (letters to the citizen's mailbox)."""

from ..env import env, env_bool, env_int

USE_DIGITAL_POST = env_bool("USE_DIGITAL_POST", False)
DIGITAL_POST_CLIENT = (
    "backend_core.registre.digital_post.HttpDigitalPostClient"
    if USE_DIGITAL_POST
    else "backend_core.registre.digital_post.FakeDigitalPostClient"
)
DIGITAL_POST_URL = env("DIGITAL_POST_URL") if USE_DIGITAL_POST else ""
DIGITAL_POST_TIMEOUT_SECONDS = env_int("DIGITAL_POST_TIMEOUT_SECONDS", 10)
