"""Log plumbing: every record carries the correlation id of its request.

Records are rendered by structlog (see ``LOGGING`` in the settings);
django-structlog's request middleware binds ``request_id`` and ``user_id``
per request, and :func:`add_correlation_id` adds the id that follows the
request into Celery tasks and the audit log.
"""

import logging

from backend_core.korrelation import get_correlation_id


def add_correlation_id(logger, method_name, event_dict):
    """structlog processor: the current correlation id on every record."""
    event_dict.setdefault("correlation_id", get_correlation_id())
    return event_dict


class CorrelationIdFilter(logging.Filter):
    """For handlers that format with ``%(correlation_id)s``."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.correlation_id = get_correlation_id()
        return True
