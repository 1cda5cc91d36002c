"""The correlation id that follows one request from the citizen's click,
through services and Celery tasks, to the letter and the audit log.

The web layer sets it per request and Celery carries it in a task header; the
domain only reads it.
"""

from __future__ import annotations

import uuid
from contextvars import ContextVar

_correlation_id: ContextVar[str | None] = ContextVar("correlation_id", default=None)


def new_correlation_id() -> str:
    return uuid.uuid4().hex


def get_correlation_id() -> str:
    """The current id; outside a request or task a fresh one is started."""
    value = _correlation_id.get()
    if value is None:
        value = new_correlation_id()
        _correlation_id.set(value)
    return value


def set_correlation_id(value: str | None) -> object:
    """Set the id and return a token for ``reset_correlation_id``."""
    return _correlation_id.set(value)


def reset_correlation_id(token: object) -> None:
    _correlation_id.reset(token)  # type: ignore[arg-type]
