"""Udbetaling Danmark's pension data: whether a person receives folkepension
or førtidspension, the personal supplement percentage (personlig
tillægsprocent, pensionsloven § 31, stk. 3) and the liquid assets on 1
January that Udbetaling Danmark counts (from Skattestyrelsen's annual
statement unless the pensioner has reported other figures).

The municipality decides on helbredstillæg (pensionsloven § 14 a) on the
percentage and assets Udbetaling Danmark has set, so these are register
facts, never the citizen's word."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

from ..base import HttpJsonClient

FOLKEPENSION = "folkepension"
FOERTIDSPENSION_FOER_2003 = "foertidspension_foer_2003"
"""Førtidspension granted under the rules before 1 January 2003."""
FOERTIDSPENSION = "foertidspension"
"""Førtidspension granted from 1 January 2003 (no helbredstillæg)."""
PENSIONSTYPER = frozenset({FOLKEPENSION, FOERTIDSPENSION_FOER_2003, FOERTIDSPENSION})


@dataclass(frozen=True)
class Pensionsoplysninger:
    """What Udbetaling Danmark says about one person's pension in one year."""

    pensionstype: str
    """One of ``PENSIONSTYPER``, or "" when no pension is paid."""
    personlig_tillaegsprocent: int | None = None
    likvid_formue: Decimal | None = None
    """The liquid assets on 1 January (a couple's together), or ``None`` when not set."""

    @property
    def modtager_pension(self) -> bool:
        return self.pensionstype in PENSIONSTYPER

    @property
    def giver_ret_til_helbredstillaeg(self) -> bool:
        """Folkepension, or førtidspension under the rules before 2003 (star.dk)."""
        return self.pensionstype in (FOLKEPENSION, FOERTIDSPENSION_FOER_2003)


INGEN_PENSION = Pensionsoplysninger(pensionstype="")


class PensionClient(Protocol):
    def hent_pension(self, cpr: str, aar: int) -> Pensionsoplysninger:
        """The person's pension data for ``aar``; ``INGEN_PENSION`` when
        Udbetaling Danmark pays the person no pension. Raises
        ``RegisterUtilgaengelig`` when Udbetaling Danmark does not answer."""
        ...


def _procent(v) -> int | None:
    if v is None:
        return None
    try:
        p = int(v)
    except (TypeError, ValueError):
        return None
    return p if 0 <= p <= 100 else None


def _beloeb(v) -> Decimal | None:
    if v is None:
        return None
    try:
        d = Decimal(str(v))
    except InvalidOperation:
        return None
    return d if d.is_finite() and d >= 0 else None


class HttpPensionClient(HttpJsonClient):
    """Udbetaling Danmark through the municipality's gateway:
    ``POST {PENSION_URL}/pensionsoplysninger`` with the number in the body
    (never in the URL, so no access log records it)."""

    register = "pension"
    url_setting = "PENSION_URL"
    timeout_setting = "PENSION_TIMEOUT_SECONDS"

    def hent_pension(self, cpr: str, aar: int) -> Pensionsoplysninger:
        data = self._request("POST", "pensionsoplysninger", json={"cpr": cpr, "aar": aar}) or {}
        pensionstype = data.get("pensionstype") or ""
        if pensionstype not in PENSIONSTYPER:
            return INGEN_PENSION
        return Pensionsoplysninger(
            pensionstype=pensionstype,
            personlig_tillaegsprocent=_procent(data.get("personlig_tillaegsprocent")),
            likvid_formue=_beloeb(data.get("likvid_formue")),
        )
