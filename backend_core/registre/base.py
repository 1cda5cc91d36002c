"""What every register client shares: the outage error, loading the class
from settings, and a small JSON-over-HTTP helper with a timeout."""

from __future__ import annotations

import logging
from typing import Any

import requests
from django.conf import settings
from django.utils.module_loading import import_string

from ..exceptions import RegisterUtilgaengelig

__all__ = ["RegisterUtilgaengelig", "RegisterFejl", "HttpJsonClient"]

logger = logging.getLogger(__name__)


class RegisterFejl(Exception):
    """The outside system answered, but refused the request (4xx)."""


def load_client(setting: str, **kwargs: Any) -> Any:
    """Instantiate the class named by ``settings.<setting>``."""
    return import_string(getattr(settings, setting))(**kwargs)


class FakeOutage:
    """Mixin for fakes: set ``down = True`` on the class to simulate an
    outage; every call then raises ``RegisterUtilgaengelig``."""

    register = "fake"
    down: bool = False

    def _check_up(self) -> None:
        if type(self).down:
            raise RegisterUtilgaengelig(self.register, "simulated outage")


class HttpJsonClient:
    """JSON over HTTPS with a timeout. Maps network failures and 5xx answers
    to ``RegisterUtilgaengelig`` and 4xx to ``RegisterFejl``."""

    register = "http"
    url_setting = ""
    timeout_setting = ""
    default_timeout = 5

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = (base_url if base_url is not None else getattr(settings, self.url_setting, "")).rstrip("/")
        self.timeout = timeout if timeout is not None else getattr(settings, self.timeout_setting, self.default_timeout)
        self.session = session or requests.Session()

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Any = None,
        headers: dict | None = None,
    ) -> Any:
        url = f"{self.base_url}/{path.lstrip('/')}"
        try:
            response = self.session.request(
                method, url, json=json, params=params, headers=headers, timeout=self.timeout
            )
        except (requests.Timeout, requests.ConnectionError) as exc:
            raise RegisterUtilgaengelig(self.register, type(exc).__name__) from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise RegisterUtilgaengelig(self.register, f"HTTP {response.status_code}")
        if response.status_code >= 400:
            raise RegisterFejl(f"{self.register}: HTTP {response.status_code}")
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise RegisterUtilgaengelig(self.register, "invalid JSON") from exc
