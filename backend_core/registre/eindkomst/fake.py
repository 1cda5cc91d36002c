from __future__ import annotations

from decimal import Decimal

from ..base import FakeOutage
from .client import Maanedsindkomst

DEMO_INDKOMST: dict[str, tuple[Decimal, Decimal, str]] = {
    # cpr: (monthly wage, hours, employer)
    "1403751231": (Decimal("31250.00"), Decimal("160.33"), "Aarhus Havn A/S"),
    "1909821315": (Decimal("3400.00"), Decimal("20.00"), "Netto Vesterbro"),
    "2806972226": (Decimal("1850.00"), Decimal("12.00"), "Café Amager ApS"),
}
"""Deterministic monthly income for some demo people; others have none."""


class FakeEindkomstClient(FakeOutage):
    register = "eindkomst"
    down = False
    maaneder: dict[tuple[str, str], tuple[Decimal, Decimal, str]] = {}
    """(cpr, YYYY-MM) → income for that one month, over ``DEMO_INDKOMST`` (tests set it)."""

    def __init__(self, **_: object) -> None:
        pass

    def hent_maanedsindkomst(self, cpr: str, maaned: str) -> Maanedsindkomst:
        self._check_up()
        beloeb, timer, arbejdsgiver = type(self).maaneder.get(
            (cpr, maaned), DEMO_INDKOMST.get(cpr, (Decimal("0.00"), Decimal("0"), ""))
        )
        return Maanedsindkomst(
            maaned=maaned,
            arbejdsindtaegt=beloeb,
            timer=timer,
            indberettere=(arbejdsgiver,) if arbejdsgiver else (),
        )
