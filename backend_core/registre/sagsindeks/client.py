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


def min_side_link(sti: str | None) -> str | None:
    """The deep link back to Min Side, absolute (``PORTAL_BASE_URL``)."""
    from django.conf import settings

    if not sti:
        return None
    return settings.PORTAL_BASE_URL.rstrip("/") + sti


def dokument_post(event: dict) -> dict | None:
    """The Dokumentindeks entry of an event about a document or a letter on a
    case (metadata only, never the content), or ``None``."""
    data = event.get("data", {})
    if not data.get("sag") or not data.get("dokument"):
        return None
    return {
        "dokument_id": data["dokument"],
        "sag_id": data["sag"],
        "borger": data.get("borger"),
        "myndighed": data.get("kommune"),
        "art": "brev" if data.get("brevtype") else "dokument",
        "brevtype": data.get("brevtype") or None,
        "kategori": data.get("kategori") or ("brev" if data.get("brevtype") else None),
        "link": min_side_link(data.get("min_side_sti")),
        "oprettet": event.get("time"),
    }


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
        "link": min_side_link(data.get("min_side_sti")),
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
        self._request("PUT", f"sager/{post['sag_id']}", json=post, headers={"Idempotency-Key": event["id"]})
        dokument = dokument_post(event)
        if dokument is not None:
            self._request(
                "PUT",
                f"dokumenter/{dokument['dokument_id']}",
                json=dokument,
                headers={"Idempotency-Key": event["id"]},
            )
