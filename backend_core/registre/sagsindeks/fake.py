from __future__ import annotations

from ..base import FakeOutage
from .client import dokument_post, indeks_post


class FakeSagsindeksClient(FakeOutage):
    """An in-memory index: ``sager`` (case uuid → latest entry),
    ``dokumenter`` (document uuid → entry) and ``modtaget`` (every event id
    delivered, one per call)."""

    register = "sagsindeks"
    down = False
    modtaget: list[str] = []
    sager: dict[str, dict] = {}
    dokumenter: dict[str, dict] = {}

    def __init__(self, **_: object) -> None:
        pass

    def publish(self, event: dict) -> None:
        self._check_up()
        type(self).modtaget.append(event["id"])
        post = indeks_post(event)
        if post is not None:
            type(self).sager[post["sag_id"]] = post
        dokument = dokument_post(event)
        if dokument is not None:
            type(self).dokumenter[dokument["dokument_id"]] = dokument
