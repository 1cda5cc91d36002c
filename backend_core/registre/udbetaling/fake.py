from __future__ import annotations

from decimal import Decimal

from ..base import FakeOutage


class FakeUdbetalingClient(FakeOutage):
    """Keeps orders in memory (``ordrer``: udbetaling uuid → (maaned, beloeb))."""

    register = "udbetaling"
    down = False
    ordrer: dict[str, tuple[str, Decimal]] = {}

    def __init__(self, **_: object) -> None:
        pass

    def bestil(self, *, udbetaling_uuid: str, cpr: str, maaned: str, beloeb: Decimal, kommunekode: str) -> str:
        self._check_up()
        type(self).ordrer[udbetaling_uuid] = (maaned, Decimal(beloeb))
        return f"ordre-{udbetaling_uuid[:8]}"
