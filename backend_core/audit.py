"""The audit log: who read or changed which citizen's data, when, from where,
under which correlation id.

``audit_log`` writes one ``AuditEntry`` row and one structured log line. The
log line never contains a CPR number; citizens appear by UUID.

Refusals (``audit_denied``) are written by the permission check, which the
services run *before* they open their transaction, so the entry is committed
even though the business change never happens. The log line is written in
every case, also when a caller's own transaction later rolls back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .korrelation import get_correlation_id
from .models import AuditEntry, Borger

if TYPE_CHECKING:
    from .aktoer import Aktoer

logger = logging.getLogger("backend_core.audit")

# Handlings: snake_case English verbs on Danish nouns.
BORGER_LOGGED_IN = "borger_logged_in"
BORGER_VIEWED = "borger_viewed"
SAG_CREATED = "sag_created"
SAG_TRANSITIONED = "sag_transitioned"
SAG_VIEWED = "sag_viewed"
SAG_LISTED = "sag_listed"
SAG_EXPORTED = "sag_exported"
SAG_REGISTER_WAITING = "sag_register_waiting"
SAG_REGISTER_REFRESHED = "sag_register_refreshed"
ANSOEGNING_SUBMITTED = "ansoegning_submitted"
ANSOEGNING_VIEWED = "ansoegning_viewed"
REGISTER_READ = "register_read"
BEREGNING_CREATED = "beregning_created"
AFGOERELSE_CREATED = "afgoerelse_created"
INDBERETNING_SUBMITTED = "indberetning_submitted"
INDBERETNING_VIEWED = "indberetning_viewed"
INDBERETNING_LISTED = "indberetning_listed"
UDBETALING_CHANGED = "udbetaling_changed"
UDBETALING_LISTED = "udbetaling_listed"
UDBETALING_ORDERED = "udbetaling_ordered"
DOKUMENT_ADDED = "dokument_added"
DOKUMENT_VIEWED = "dokument_viewed"
DOKUMENT_LISTED = "dokument_listed"
DOKUMENT_REJECTED = "dokument_rejected"
DOKUMENT_DELETED = "dokument_deleted"
KLADDE_DELETED = "kladde_deleted"
BREV_CREATED = "brev_created"
BREV_SENT = "brev_sent"
BREV_LISTED = "brev_listed"
BESKED_SENT = "besked_sent"
BESKED_READ = "besked_read"
BESKED_LISTED = "besked_listed"
SAG_ASSIGNED = "sag_assigned"
SAG_ANMODNING_SENT = "sag_anmodning_sent"
SAG_FRIST_REMINDED = "sag_frist_reminded"
JOURNALNOTAT_CREATED = "journalnotat_created"
JOURNALNOTAT_LISTED = "journalnotat_listed"
INDBERETNING_LISTED = "indberetning_listed"
AFGOERELSE_PREVIEWED = "afgoerelse_previewed"
TIDSLINJE_VIEWED = "tidslinje_viewed"
LEDELSESINFORMATION_VIEWED = "ledelsesinformation_viewed"
KONTAKTVALG_CHANGED = "kontaktvalg_changed"
KONTAKTVALG_VIEWED = "kontaktvalg_viewed"
NOTIFIKATION_SENT = "notifikation_sent"
ACCESS_DENIED = "access_denied"


def _cached_relation(obj: Any, name: str) -> Any:
    state = getattr(obj, "_state", None)
    return state.fields_cache.get(name) if state is not None else None


def _borger_for(objekt: Any) -> Any:
    if isinstance(objekt, Borger):
        return objekt
    return _cached_relation(objekt, "borger")


def audit_log(
    *,
    aktoer: Aktoer,
    handling: str,
    objekt: Any = None,
    borger: Any = None,
    detaljer: dict | None = None,
) -> Any:
    """Write one audit entry (and its log line) and return it.

    ``objekt`` is a model instance with a ``uuid`` (or ``None``); ``borger``
    is the citizen whose data it is, when not ``objekt`` itself or cached on it.
    """
    if borger is None and objekt is not None:
        borger = _borger_for(objekt)
    kommune = _cached_relation(objekt, "kommune") if objekt is not None else None
    if kommune is None and aktoer.medarbejder is not None:
        kommune = _cached_relation(aktoer.medarbejder, "kommune")
    user = aktoer.user
    entry = AuditEntry(
        aktoer_type=aktoer.type,
        aktoer_user_id=getattr(user, "pk", None),
        aktoer_navn=getattr(user, "username", "") if user is not None else str(aktoer.type),
        handling=handling,
        objekt_type=type(objekt).__name__ if objekt is not None else "",
        objekt_uuid=getattr(objekt, "uuid", None),
        borger_uuid=getattr(borger, "uuid", None),
        kommune_kode=getattr(kommune, "kode", "") or "",
        ip=aktoer.ip or None,
        correlation_id=get_correlation_id(),
        detaljer=detaljer or {},
    )
    entry.save()
    logger.info(
        "audit handling=%s aktoer=%s user=%s objekt=%s:%s borger=%s",
        handling,
        entry.aktoer_type,
        entry.aktoer_user_id,
        entry.objekt_type,
        entry.objekt_uuid,
        entry.borger_uuid,
        extra={
            "audit": {
                "handling": handling,
                "objekt_uuid": str(entry.objekt_uuid or ""),
                "borger_uuid": str(entry.borger_uuid or ""),
                "correlation_id": entry.correlation_id,
            }
        },
    )
    return entry


def audit_denied(*, aktoer: Aktoer, handling: str, objekt: Any = None, borger: Any = None) -> None:
    """Record a refused attempt. Call outside the business transaction."""
    logger.warning(
        "access denied handling=%s aktoer=%s user=%s objekt=%s:%s",
        handling,
        aktoer.type,
        getattr(aktoer.user, "pk", None),
        type(objekt).__name__ if objekt is not None else "",
        getattr(objekt, "uuid", None),
    )
    audit_log(
        aktoer=aktoer,
        handling=ACCESS_DENIED,
        objekt=objekt,
        borger=borger,
        detaljer={"forsoegt": handling},
    )
