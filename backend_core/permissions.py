"""Who may see and do what, one policy per role family.

- Citizens see and act on their own data only.
- Caseworkers, team leads and administrators see the cases of their own
  municipality only; communicators see no personal data (they edit texts).
- The system (tasks, instant decisions) may do everything.

Selectors build their querysets from the ``*_synlige`` functions; services
call ``kraev`` before opening their transaction, so a refusal is audited even
though nothing else is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Q, QuerySet

from .audit import audit_denied
from .constants import Rolle
from .exceptions import AdgangNaegtet

if TYPE_CHECKING:
    from .aktoer import Aktoer

SAGSADGANG = frozenset({Rolle.SAGSBEHANDLER, Rolle.KOORDINATOR, Rolle.ADMINISTRATOR})
"""Staff roles that may read and work on cases (in their own municipality)."""


SAGSFORDELING = frozenset({Rolle.KOORDINATOR, Rolle.ADMINISTRATOR})
"""Staff roles that distribute cases to colleagues (team lead, municipal admin)."""

LEDELSESINFORMATION = frozenset({Rolle.KOORDINATOR, Rolle.ADMINISTRATOR})
"""Staff roles that see the management information of their municipality."""

SAGSBEHANDLING = frozenset({Rolle.SAGSBEHANDLER, Rolle.KOORDINATOR})
"""Staff roles that work on cases: ask the citizen, write notes, decide."""


def kan_fordele_sager(aktoer: Aktoer) -> bool:
    return aktoer.medarbejder is not None and aktoer.medarbejder.rolle in SAGSFORDELING


def kan_se_ledelsesinformation(aktoer: Aktoer) -> bool:
    return aktoer.medarbejder is not None and aktoer.medarbejder.rolle in LEDELSESINFORMATION


def kan_behandle_sager(aktoer: Aktoer) -> bool:
    return aktoer.medarbejder is not None and aktoer.medarbejder.rolle in SAGSBEHANDLING


def har_sagsadgang(aktoer: Aktoer) -> bool:
    return aktoer.medarbejder is not None and aktoer.medarbejder.rolle in SAGSADGANG


def sager_synlige(aktoer: Aktoer) -> QuerySet:
    from .models import Sag

    if aktoer.er_system:
        return Sag.objects.all()
    if aktoer.er_borger and aktoer.borger is not None:
        return Sag.objects.filter(borger=aktoer.borger)
    if har_sagsadgang(aktoer):
        return Sag.objects.filter(kommune_id=aktoer.kommune_id)
    return Sag.objects.none()


def dokumenter_synlige(aktoer: Aktoer) -> QuerySet:
    from .models import Dokument

    if aktoer.er_system:
        return Dokument.objects.all()
    if aktoer.er_borger and aktoer.borger is not None:
        return Dokument.objects.filter(borger=aktoer.borger, synlig_for_borger=True)
    if har_sagsadgang(aktoer):
        return Dokument.objects.filter(
            Q(sag__kommune_id=aktoer.kommune_id)
            | Q(sag__isnull=True, borger__kommune_id=aktoer.kommune_id)
        )
    return Dokument.objects.none()


def udbetalinger_synlige(aktoer: Aktoer) -> QuerySet:
    from .models import Udbetaling

    if aktoer.er_system:
        return Udbetaling.objects.all()
    if aktoer.er_borger and aktoer.borger is not None:
        return Udbetaling.objects.filter(borger=aktoer.borger)
    if har_sagsadgang(aktoer):
        return Udbetaling.objects.filter(sag__kommune_id=aktoer.kommune_id)
    return Udbetaling.objects.none()


def kan_se_sag(aktoer: Aktoer, sag: Any) -> bool:
    if aktoer.er_system:
        return True
    if aktoer.er_borger:
        return aktoer.borger is not None and sag.borger_id == aktoer.borger.pk
    return (
        har_sagsadgang(aktoer)
        and sag.kommune_id is not None
        and (sag.kommune_id == aktoer.kommune_id)
    )


def kan_se_borger(aktoer: Aktoer, borger: Any) -> bool:
    if aktoer.er_system:
        return True
    if aktoer.er_borger:
        return aktoer.borger is not None and aktoer.borger.pk == borger.pk
    if not har_sagsadgang(aktoer):
        return False
    return (
        borger.kommune_id == aktoer.kommune_id
        or borger.sager.filter(kommune_id=aktoer.kommune_id).exists()
    )


def kan_handle_for_borger(aktoer: Aktoer, borger: Any) -> bool:
    """Submit applications, reports and uploads on the citizen's behalf."""
    if aktoer.er_system:
        return True
    return aktoer.er_borger and aktoer.borger is not None and aktoer.borger.pk == borger.pk


def kan_se_dokument(aktoer: Aktoer, dokument: Any) -> bool:
    if aktoer.er_system:
        return True
    if aktoer.er_borger:
        return (
            aktoer.borger is not None
            and dokument.borger_id == aktoer.borger.pk
            and dokument.synlig_for_borger
        )
    if not har_sagsadgang(aktoer):
        return False
    if dokument.sag_id is not None:
        return dokument.sag.kommune_id == aktoer.kommune_id
    return dokument.borger.kommune_id == aktoer.kommune_id


def kraev(
    betingelse: bool, *, aktoer: Aktoer, handling: str, objekt: Any = None, borger: Any = None
) -> None:
    """Raise ``AdgangNaegtet`` (after auditing the attempt) unless ``betingelse``."""
    if not betingelse:
        audit_denied(aktoer=aktoer, handling=handling, objekt=objekt, borger=borger)
        raise AdgangNaegtet()
