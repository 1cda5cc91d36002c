from __future__ import annotations

from django.db.models import QuerySet

from .. import audit
from ..aktoer import Aktoer
from ..models import Sag
from ..policies import SE, sager
from ._adgang import audit_read, get_or_deny


def sag_list(*, aktoer: Aktoer, status: str | None = None, borger=None, kun_mine: bool = False) -> QuerySet[Sag]:
    """Cases the actor may see, newest first; staff get their municipality's
    queue (``kun_mine``: assigned to them). Listings are audited."""
    qs = sager.instances(aktoer, SE).select_related("borger", "kommune", "sagsbehandler")
    if status:
        qs = qs.filter(status=status)
    if borger is not None:
        qs = qs.filter(borger=borger)
    if kun_mine and aktoer.user is not None:
        qs = qs.filter(sagsbehandler=aktoer.user)
    audit_read(aktoer=aktoer, handling=audit.SAG_LISTED, borger=borger, status=status or "", kun_mine=kun_mine)
    return qs.order_by("-oprettet", "-id")


def sag_get(*, aktoer: Aktoer, uuid) -> Sag:
    """One case by UUID, with its application, calculations and decisions
    prefetched. The read is audited; outside the actor's scope,
    ``AdgangNaegtet`` (audited too)."""
    return get_or_deny(
        policy=sager,
        aktoer=aktoer,
        handling=audit.SAG_VIEWED,
        related=("borger", "kommune", "sagsbehandler", "ansoegning"),
        prefetch=("beregninger", "afgoerelser"),
        uuid=uuid,
    )
