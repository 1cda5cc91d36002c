"""What the tests need from the machine, and what to do when it is missing.

Locally a missing service skips the tests that need it, with the reason; under
``CI=true`` it fails them, so CI can never pass by silently skipping.
"""

from __future__ import annotations

import os
import shutil
import socket
from urllib.parse import urlparse

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing(reason: str) -> None:
    if in_ci():
        pytest.fail(f"{reason} (CI=true: a missing service is a failure)", pytrace=False)
    pytest.skip(reason)


def reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=1):
            return True
    except OSError:
        return False


def redis_broker_url() -> str:
    url = os.environ.get("CELERY_BROKER_URL", "")
    return url if url.startswith("redis") else "redis://127.0.0.1:6379/14"


def chromium_path() -> str | None:
    return CHROMIUM if os.path.exists(CHROMIUM) or shutil.which(CHROMIUM) else None
