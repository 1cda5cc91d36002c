from __future__ import annotations

import logging

from ..base import FakeOutage

logger = logging.getLogger(__name__)


class FakeBeskedfordelerClient(FakeOutage):
    """Logs events and records every delivery in ``modtaget`` (a list of
    event ids, one per call), so a test can assert delivered-once."""

    register = "beskedfordeler"
    down = False
    modtaget: list[str] = []
    events: dict[str, dict] = {}

    def __init__(self, **_: object) -> None:
        pass

    def publish(self, event: dict) -> None:
        self._check_up()
        type(self).modtaget.append(event["id"])
        type(self).events[event["id"]] = event
        logger.info("beskedfordeler (fake) type=%s id=%s", event["type"], event["id"])
