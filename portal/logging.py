"""Log plumbing: every record carries the correlation id of its request."""

import logging

from backend_core.korrelation import get_correlation_id


class CorrelationIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.correlation_id = get_correlation_id()
        return True
