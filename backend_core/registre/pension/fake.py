from __future__ import annotations

from decimal import Decimal

from ..base import FakeOutage
from .client import FOLKEPENSION, INGEN_PENSION, Pensionsoplysninger

DEMO_PENSION: dict[str, Pensionsoplysninger] = {
    # Karen Madsen (born 1955): folkepension at the full supplement percentage.
    "0204551126": Pensionsoplysninger(
        pensionstype=FOLKEPENSION, personlig_tillaegsprocent=100, likvid_formue=Decimal("20000.00")
    ),
}
"""Pension data for the demo people who receive a pension; the others receive none."""


class FakePensionClient(FakeOutage):
    register = "pension"
    down = False
    kald: list[str] = []
    """CPR numbers looked up, in order (tests read it; never logged)."""

    def __init__(self, **_: object) -> None:
        pass

    def hent_pension(self, cpr: str, aar: int) -> Pensionsoplysninger:
        self._check_up()
        type(self).kald.append(cpr)
        return DEMO_PENSION.get(cpr, INGEN_PENSION)
