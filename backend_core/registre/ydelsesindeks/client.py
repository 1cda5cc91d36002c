from __future__ import annotations

from typing import Protocol

from ..base import HttpJsonClient
from ..sagsindeks.client import min_side_link

YDELSE_TYPER = frozenset({"dk.ydelsesportal.sag.afgjort", "dk.ydelsesportal.afgoerelse.truffet"})
"""Events that carry a decision (``data.afgoerelse``): the case decided."""
UDBETALING_TYPER = frozenset({"dk.ydelsesportal.udbetaling.aendret"})


class YdelsesindeksClient(Protocol):
    def publish(self, event: dict) -> None:
        """Update the Ydelsesindeks (the citizen's benefits and payments that
        borger.dk's Mit Overblik shows) from one event; other events are
        acknowledged and ignored. Raises ``RegisterUtilgaengelig`` when the
        index does not answer."""
        ...


def ydelse_post(event: dict) -> dict | None:
    """The benefit entry of a decision event (what was granted, from when),
    or ``None``."""
    data = event.get("data", {})
    if event.get("type") not in YDELSE_TYPER or not data.get("sag") or not data.get("afgoerelse"):
        return None
    return {
        "ydelse_id": data["sag"],
        "borger": data.get("borger"),
        "myndighed": data.get("kommune"),
        "ydelse": data.get("ydelse"),
        "udfald": data.get("udfald"),
        "beloeb": data.get("beloeb"),
        "virkning_fra": data.get("virkning_fra"),
        "virkning_til": data.get("virkning_til"),
        "link": min_side_link(data.get("min_side_sti")),
        "opdateret": event.get("time"),
    }


def udbetaling_post(event: dict) -> dict | None:
    """The payment entry of a payment event, or ``None``."""
    data = event.get("data", {})
    if event.get("type") not in UDBETALING_TYPER or not data.get("udbetaling"):
        return None
    return {
        "udbetaling_id": data["udbetaling"],
        "ydelse_id": data.get("sag"),
        "borger": data.get("borger"),
        "myndighed": data.get("kommune"),
        "ydelse": data.get("ydelse"),
        "maaned": data.get("maaned"),
        "beloeb": data.get("beloeb"),
        "udbetalingsdato": data.get("udbetalingsdato"),
        "status": data.get("udbetaling_status"),
        "link": min_side_link(data.get("min_side_sti")),
        "opdateret": event.get("time"),
    }


class HttpYdelsesindeksClient(HttpJsonClient):
    register = "ydelsesindeks"
    url_setting = "YDELSESINDEKS_URL"
    timeout_setting = "YDELSESINDEKS_TIMEOUT_SECONDS"

    def publish(self, event: dict) -> None:
        ydelse = ydelse_post(event)
        if ydelse is not None:
            self._request(
                "PUT", f"ydelser/{ydelse['ydelse_id']}", json=ydelse, headers={"Idempotency-Key": event["id"]}
            )
        udbetaling = udbetaling_post(event)
        if udbetaling is not None:
            self._request(
                "PUT",
                f"udbetalinger/{udbetaling['udbetaling_id']}",
                json=udbetaling,
                headers={"Idempotency-Key": event["id"]},
            )
