from __future__ import annotations

from ..base import FakeOutage
from .client import udbetaling_post, ydelse_post


class FakeYdelsesindeksClient(FakeOutage):
    """An in-memory Ydelsesindeks: ``ydelser`` (case uuid → the granted
    benefit), ``udbetalinger`` (payment uuid → entry) and ``modtaget`` (every
    event id delivered, one per call)."""

    register = "ydelsesindeks"
    down = False
    modtaget: list[str] = []
    ydelser: dict[str, dict] = {}
    udbetalinger: dict[str, dict] = {}

    def __init__(self, **_: object) -> None:
        pass

    def publish(self, event: dict) -> None:
        self._check_up()
        type(self).modtaget.append(event["id"])
        ydelse = ydelse_post(event)
        if ydelse is not None:
            type(self).ydelser[ydelse["ydelse_id"]] = ydelse
        udbetaling = udbetaling_post(event)
        if udbetaling is not None:
            type(self).udbetalinger[udbetaling["udbetaling_id"]] = udbetaling
