from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from ..base import HttpJsonClient


@dataclass(frozen=True)
class Maanedsindkomst:
    """Income reported by employers for one person and month."""

    maaned: str
    arbejdsindtaegt: Decimal
    timer: Decimal
    indberettere: tuple[str, ...] = ()


class EindkomstClient(Protocol):
    def hent_maanedsindkomst(self, cpr: str, maaned: str) -> Maanedsindkomst:
        """Income for ``maaned`` (YYYY-MM); zero when nothing is reported.
        Raises ``RegisterUtilgaengelig`` when eIndkomst does not answer."""
        ...


class HttpEindkomstClient(HttpJsonClient):
    """eIndkomst through the municipality's gateway:
    ``POST {EINDKOMST_URL}/maanedsindkomst`` with the number in the body."""

    register = "eindkomst"
    url_setting = "EINDKOMST_URL"
    timeout_setting = "EINDKOMST_TIMEOUT_SECONDS"

    def hent_maanedsindkomst(self, cpr: str, maaned: str) -> Maanedsindkomst:
        data = self._request("POST", "maanedsindkomst", json={"cpr": cpr, "maaned": maaned}) or {}
        return Maanedsindkomst(
            maaned=maaned,
            arbejdsindtaegt=Decimal(str(data.get("arbejdsindtaegt", "0.00"))),
            timer=Decimal(str(data.get("timer", "0"))),
            indberettere=tuple(data.get("indberettere", [])),
        )
