from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from ..base import HttpJsonClient


class UdbetalingClient(Protocol):
    def bestil(self, *, udbetaling_uuid: str, cpr: str, maaned: str, beloeb: Decimal, kommunekode: str) -> str:
        """Order a payment and return the payment system's order id. Ordering
        the same ``udbetaling_uuid`` again updates that order, never pays twice.
        Raises ``RegisterUtilgaengelig`` when the payment system does not answer."""
        ...


class HttpUdbetalingClient(HttpJsonClient):
    register = "udbetaling"
    url_setting = "UDBETALING_URL"
    timeout_setting = "UDBETALING_TIMEOUT_SECONDS"
    default_timeout = 10

    def bestil(self, *, udbetaling_uuid: str, cpr: str, maaned: str, beloeb: Decimal, kommunekode: str) -> str:
        data = (
            self._request(
                "PUT",
                f"ordrer/{udbetaling_uuid}",
                json={"cpr": cpr, "maaned": maaned, "beloeb": str(beloeb), "kommune": kommunekode},
                headers={"Idempotency-Key": udbetaling_uuid},
            )
            or {}
        )
        return str(data.get("ordre_id", udbetaling_uuid))
