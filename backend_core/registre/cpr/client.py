from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from ..base import HttpJsonClient, RegisterFejl


@dataclass(frozen=True)
class Barn:
    cpr: str
    fornavn: str
    efternavn: str
    foedselsdato: date


@dataclass(frozen=True)
class Person:
    """What the CPR register says about one person."""

    cpr: str
    fornavn: str
    efternavn: str
    foedselsdato: date
    adresse: str
    postnummer: str
    by: str
    kommunekode: str
    kommunenavn: str
    civilstand: str
    aegtefaelle_cpr: str | None = None
    boern: tuple[Barn, ...] = field(default_factory=tuple)
    bor_hos_foraeldre: bool = False

    def __repr__(self) -> str:
        return f"<Person {self.fornavn} {self.efternavn}>"


class CprClient(Protocol):
    def hent_person(self, cpr: str) -> Person | None:
        """The person, or ``None`` if the number is unknown. Raises
        ``RegisterUtilgaengelig`` when the register does not answer."""
        ...


class HttpCprClient(HttpJsonClient):
    """CPR through the municipality's CPR gateway: ``GET {CPR_URL}/personer/{cpr}``."""

    register = "cpr"
    url_setting = "CPR_URL"
    timeout_setting = "CPR_TIMEOUT_SECONDS"

    def hent_person(self, cpr: str) -> Person | None:
        # The number goes in a header, not the URL path, so proxies' access
        # logs never record it.
        try:
            data = self._request("GET", "personer", headers={"X-CPR": cpr})
        except RegisterFejl:
            return None
        if not data:
            return None
        return Person(
            cpr=data["cpr"],
            fornavn=data["fornavn"],
            efternavn=data["efternavn"],
            foedselsdato=date.fromisoformat(data["foedselsdato"]),
            adresse=data.get("adresse", ""),
            postnummer=data.get("postnummer", ""),
            by=data.get("by", ""),
            kommunekode=data["kommunekode"],
            kommunenavn=data.get("kommunenavn", ""),
            civilstand=data.get("civilstand", ""),
            aegtefaelle_cpr=data.get("aegtefaelle_cpr"),
            boern=tuple(
                Barn(
                    cpr=b["cpr"],
                    fornavn=b["fornavn"],
                    efternavn=b.get("efternavn", ""),
                    foedselsdato=date.fromisoformat(b["foedselsdato"]),
                )
                for b in data.get("boern", [])
            ),
            bor_hos_foraeldre=bool(data.get("bor_hos_foraeldre", False)),
        )
