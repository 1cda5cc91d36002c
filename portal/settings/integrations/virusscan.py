"""Virus scanning of every upload with ClamAV's daemon (clamd).

With ``USE_CLAMAV`` the portal talks to clamd on ``CLAMAV_SOCKET`` (a Unix
socket) or ``CLAMAV_HOST``:``CLAMAV_PORT``; ``scripts/clamd.sh start`` runs a
local one (``make run`` and ``.ci/run`` start it where ClamAV is installed).
Without it the fake scanner is used, which knows only the EICAR test file.
A scanner that does not answer refuses the upload (fail closed).
"""

from ..env import env, env_bool, env_int

USE_CLAMAV = env_bool("USE_CLAMAV", False)
VIRUSSCAN_CLIENT = (
    "backend_core.registre.virusscan.ClamdClient"
    if USE_CLAMAV
    else "backend_core.registre.virusscan.FakeVirusscanClient"
)
CLAMAV_SOCKET = env("CLAMAV_SOCKET", default="")
CLAMAV_HOST = env("CLAMAV_HOST", default="127.0.0.1")
CLAMAV_PORT = env_int("CLAMAV_PORT", 3310)
CLAMAV_TIMEOUT_SECONDS = env_int("CLAMAV_TIMEOUT_SECONDS", 10)
