"""API plumbing shared by every endpoint: the one error shape, a JSON parser
that refuses absurd nesting, and the error responses in the OpenAPI schema."""

from __future__ import annotations

import json

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from backend_core.exceptions import DomaeneValideringsfejl, UgyldigOvergang

MAX_JSON_DEPTH = 20
"""Deepest nesting of arrays and objects a request body may have. The API's
inputs are flat; a deeper body is refused with 400 before any view sees it."""


class SafeJSONParser(JSONParser):
    """DRF's JSON parser, with a clear 400 for invalid JSON and for a body
    nested deeper than ``MAX_JSON_DEPTH``, checked on the text before parsing
    (the standard parser lets Python's recursion limit turn such a body into
    a 500)."""

    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        encoding = parser_context.get("encoding", settings.DEFAULT_CHARSET)
        try:
            raw = stream.read() if stream is not None else b""
            text = raw.decode(encoding)
            # A cheap bound before parsing: the nesting can be no deeper than the brackets.
            if _depth_exceeds_text(text):
                raise ParseError(_("The request is nested too deeply."))
            data = json.loads(text) if text.strip() else {}
        except (ValueError, RecursionError, UnicodeDecodeError) as exc:
            raise ParseError(_("The request is not valid JSON.")) from exc
        return data


def _depth_exceeds_text(text: str) -> bool:
    """Nesting depth of the brackets outside strings, without parsing."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _items(data) -> list[dict]:
    items: list[dict] = []
    if isinstance(data, dict):
        for key, value in data.items():
            field = None if key in {"detail", "non_field_errors", "__all__"} else key
            for message in value if isinstance(value, list) else [value]:
                if isinstance(message, dict):
                    items.extend(
                        {"felt": f"{key}.{i['felt']}" if i["felt"] else key, "besked": i["besked"]}
                        for i in _items(message)
                    )
                else:
                    items.append({"felt": field, "besked": str(message)})
    elif isinstance(data, list):
        items = [{"felt": None, "besked": str(message)} for message in data]
    else:
        items = [{"felt": None, "besked": str(data)}]
    return items


def _domain_error_response(exc) -> Response | None:
    if isinstance(exc, DomaeneValideringsfejl):
        return Response(
            {"fejl": [{"felt": exc.felt, "besked": m} for m in exc.messages]}, status=status.HTTP_400_BAD_REQUEST
        )
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            return Response({"fejl": _items(exc.message_dict)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(
            {"fejl": [{"felt": None, "besked": m} for m in exc.messages]}, status=status.HTTP_400_BAD_REQUEST
        )
    if isinstance(exc, UgyldigOvergang):
        return Response(
            {"fejl": [{"felt": None, "besked": _("The case cannot be changed that way in its current state.")}]},
            status=status.HTTP_400_BAD_REQUEST,
        )
    if isinstance(exc, ObjectDoesNotExist):
        return Response({"fejl": [{"felt": None, "besked": _("Not found.")}]}, status=status.HTTP_404_NOT_FOUND)
    return None


def exception_handler(exc, context):
    """DRF's handler, with one shape for every error: ``{"fejl": [...]}``.

    Each item has ``felt`` (the field, or ``null`` for the whole request) and
    ``besked`` (a sentence in the request's language). Django's
    ``ValidationError`` and the domain errors of ``backend_core.exceptions``
    (a message on a closed case, a transition the state machine refuses) are
    400s, a missing object a 404.
    """
    response = _domain_error_response(exc)
    if response is not None:
        return response
    if isinstance(exc, Http404):
        return Response({"fejl": [{"felt": None, "besked": _("Not found.")}]}, status=status.HTTP_404_NOT_FOUND)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    response.data = {"fejl": _items(response.data)}
    return response


def only_portal_endpoints(endpoints, **kwargs):
    """drf-spectacular hook: describe our API, not the Wagtail admin's internal one."""
    return [endpoint for endpoint in endpoints if not endpoint[0].startswith("/admin/")]


FEJL_SCHEMA = {
    "type": "object",
    "description": "The one error shape of the API. Messages are in the request's language (Danish by default).",
    "properties": {
        "fejl": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "felt": {"type": "string", "nullable": True, "description": "The field, or null for the request."},
                    "besked": {"type": "string", "description": "A sentence for the person."},
                },
                "required": ["felt", "besked"],
            },
        }
    },
    "required": ["fejl"],
}

ERROR_RESPONSES = {
    "400": "Invalid input: a field, invalid or too deeply nested JSON, or a rule of the case.",
    "401": "Not logged in.",
    "403": "Logged in, but not as a citizen (or the request lacks its CSRF token).",
    "404": "Not found, or not the citizen's own.",
    "429": "Too many requests; try again later.",
}


def error_responses(result, generator, request, public):
    """drf-spectacular post-processing hook: every operation documents the
    error responses it can give, all in the ``Fejl`` shape."""
    result.setdefault("components", {}).setdefault("schemas", {})["Fejl"] = FEJL_SCHEMA
    ref = {"$ref": "#/components/schemas/Fejl"}
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            responses = operation.setdefault("responses", {})
            for code, description in ERROR_RESPONSES.items():
                content = {"application/json": {"schema": ref}}
                responses.setdefault(code, {"description": description, "content": content})
    return result
