"""What every selector does around its query: ask the policy, audit the read."""

from __future__ import annotations

from typing import Any

from .. import audit
from ..aktoer import Aktoer
from ..exceptions import AdgangNaegtet
from ..policies import SE, Policy, kraev


def audit_read(*, aktoer: Aktoer, handling: str, objekt: Any = None, borger: Any = None, **detaljer: Any) -> None:
    """Audit a read of personal data (the system's own reads are not)."""
    if not aktoer.er_system:
        audit.audit_log(aktoer=aktoer, handling=handling, objekt=objekt, borger=borger, detaljer=detaljer or None)


def get_or_deny(
    *, policy: Policy, aktoer: Aktoer, handling: str, related: tuple = (), prefetch: tuple = (), **lookup: Any
) -> Any:
    """One row of ``qs`` the policy lets ``aktoer`` read, audited; otherwise
    ``AdgangNaegtet`` after auditing the attempt (on the row, if it exists), so
    interfaces answer 404 without telling whether it exists."""
    qs = policy.instances(aktoer, SE).select_related(*related).prefetch_related(*prefetch)
    obj = qs.filter(**lookup).first()
    if obj is None:
        eksisterer = policy.model.objects.filter(**lookup).first()
        kraev(
            False,
            aktoer=aktoer,
            handling=handling,
            objekt=eksisterer,
            borger=getattr(eksisterer, "borger", None) if eksisterer is not None else None,
        )
        raise AdgangNaegtet()  # pragma: no cover - kraev raised
    audit_read(aktoer=aktoer, handling=handling, objekt=obj, borger=getattr(obj, "borger", None))
    return obj
