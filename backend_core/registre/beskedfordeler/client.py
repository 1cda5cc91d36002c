from __future__ import annotations

import time
from typing import Protocol

from ..base import HttpJsonClient, RegisterUtilgaengelig


class BeskedfordelerClient(Protocol):
    def publish(self, event: dict) -> None:
        """Deliver one event (CloudEvents-shaped dict with ``id`` as the
        idempotency key). Returns when the receiver acknowledged it; raises
        ``RegisterUtilgaengelig`` otherwise."""
        ...


class WebhookBeskedfordelerClient(HttpJsonClient):
    """POSTs each event to ``BESKEDFORDELER_URL`` with ``Idempotency-Key``.

    Retries a failed delivery ``retries`` times with exponential backoff
    (``backoff`` seconds, doubled each time) before giving up; the outbox
    keeps the event for the next run then.
    """

    register = "beskedfordeler"
    url_setting = "BESKEDFORDELER_URL"
    timeout_setting = "BESKEDFORDELER_TIMEOUT_SECONDS"
    retries = 3
    backoff = 0.5

    def __init__(
        self,
        *,
        retries: int | None = None,
        backoff: float | None = None,
        sleep=time.sleep,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        if retries is not None:
            self.retries = retries
        if backoff is not None:
            self.backoff = backoff
        self._sleep = sleep

    def publish(self, event: dict) -> None:
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                self._request(
                    "POST",
                    "",
                    json=event,
                    headers={
                        "Idempotency-Key": event["id"],
                        "Content-Type": "application/cloudevents+json",
                    },
                )
                return
            except RegisterUtilgaengelig:
                if attempt == self.retries:
                    raise
                self._sleep(delay)
                delay *= 2
