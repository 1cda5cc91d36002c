from __future__ import annotations

import logging

from ..base import FakeOutage

logger = logging.getLogger(__name__)


class FakeDigitalPostClient(FakeOutage):
    """Keeps the letters in memory (``sendt``: idempotency key → (titel, size))."""

    register = "digital_post"
    down = False
    sendt: dict[str, tuple[str, int]] = {}

    def __init__(self, **_: object) -> None:
        pass

    def send_brev(self, *, cpr: str, titel: str, pdf: bytes, idempotency_key: str) -> str:
        self._check_up()
        type(self).sendt.setdefault(idempotency_key, (titel, len(pdf)))
        logger.info("digital post (fake) letter=%s bytes=%s", idempotency_key, len(pdf))
        return f"fake-{idempotency_key}"
