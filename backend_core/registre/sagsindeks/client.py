from __future__ import annotations

from typing import Protocol

from ..base import HttpJsonClient


class SagsindeksClient(Protocol):
    def publish(self, event: dict) -> None:
        """Update the common case and benefit indexes (Sags- og
        Dokumentindeks, Ydelsesindeks) from one event; events without a case
        are acknowledged and ignored. Raises ``RegisterUtilgaengelig`` when the
        index does not answer."""
        ...


def indeks_post(event: dict) -> dict | None:
    """The index entry an event leads to: case metadata with a deep link back
    to Min Side, or ``None`` for events the index does not track."""
    data = event.get("data", {})
    if not data.get("sag"):
        return None
    return {
        "sag_id": data["sag"],
        "reference": data.get("reference"),
        "borger": data.get("borger"),
        "myndighed": data.get("kommune"),
        "ydelse": data.get("ydelse"),
        "status": data.get("status"),
        "link": data.get("min_side_sti"),
        "opdateret": event.get("time"),
    }


class HttpSagsindeksClient(HttpJsonClient):
    register = "sagsindeks"
    url_setting = "SAGSINDEKS_URL"
    timeout_setting = "SAGSINDEKS_TIMEOUT_SECONDS"

    def publish(self, event: dict) -> None:
        post = indeks_post(event)
        if post is None:
            return
        self._request(
            "PUT", f"sager/{post['sag_id']}", json=post, headers={"Idempotency-Key": event["id"]}
        )
