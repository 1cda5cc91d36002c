"""The guard on ``Sag.status``: only ``sag_transition`` writes it.

Below both the model and its queryset, so neither imports the other for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_statusskrivning: ContextVar[bool] = ContextVar("sag_statusskrivning", default=False)


class StatusSkrivningNaegtet(RuntimeError):
    """``Sag.status`` was written outside ``services.sag.sag_transition``."""


@contextmanager
def statusskrivning_tilladt() -> Iterator[None]:
    """Allow writing ``Sag.status`` in this block.

    Used only by ``backend_core.services.sag`` (the transition and the bulk
    import for demo data) and by the test factories; a test checks that no
    other module uses it.
    """
    token = _statusskrivning.set(True)
    try:
        yield
    finally:
        _statusskrivning.reset(token)


def _status_maa_skrives() -> bool:
    return _statusskrivning.get()
