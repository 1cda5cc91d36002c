"""Domain errors. Interfaces map them: ``DomaeneValideringsfejl`` to a form or
400 error with its (translated) message, ``AdgangNaegtet`` to 403/404,
``UgyldigOvergang`` to 409; ``RegisterUtilgaengelig`` (an outside system did not
answer) to a kind message that the work is kept and retried."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError


class DomaeneValideringsfejl(ValidationError):
    """Input the citizen or caseworker can correct. ``message`` is
    translated, a full sentence; ``felt`` names the field when known."""

    def __init__(self, message, *, felt: str | None = None, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.felt = felt


class AdgangNaegtet(PermissionDenied):
    """The actor may not see or do this. Already audited when raised."""


class UgyldigOvergang(Exception):
    """The case cannot move from its current state to the one asked for."""

    def __init__(self, fra: str, til: str) -> None:
        super().__init__(f"No transition from {fra} to {til}.")
        self.fra = fra
        self.til = til


class RegisterUtilgaengelig(Exception):
    """The outside system did not answer (timeout, connection error, 5xx, or
    the fake's outage switch). The caller stores what it has and retries."""

    def __init__(self, register: str, detalje: str = "") -> None:
        super().__init__(f"{register} is unavailable: {detalje}" if detalje else register)
        self.register = register
