"""API plumbing shared by every endpoint."""

from __future__ import annotations

from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    """DRF's handler, with one shape for every error: ``{"fejl": [...]}``.

    Each item has ``felt`` (the field, or ``null`` for the whole request) and
    ``besked`` (a sentence in the request's language).
    """
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    items: list[dict] = []
    if isinstance(data, dict):
        for key, value in data.items():
            field = None if key in {"detail", "non_field_errors"} else key
            for message in value if isinstance(value, list) else [value]:
                items.append({"felt": field, "besked": str(message)})
    elif isinstance(data, list):
        items = [{"felt": None, "besked": str(message)} for message in data]
    response.data = {"fejl": items}
    return response


def only_portal_endpoints(endpoints, **kwargs):
    """drf-spectacular hook: describe our API, not the Wagtail admin's internal one."""
    return [endpoint for endpoint in endpoints if not endpoint[0].startswith("/admin/")]
