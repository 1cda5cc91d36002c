from __future__ import annotations

from django.db.models import QuerySet

from .. import audit
from ..aktoer import Aktoer
from ..exceptions import AdgangNaegtet
from ..models import Sag
from ..permissions import kraev, sager_synlige


def sag_list(
    *, aktoer: Aktoer, status: str | None = None, borger=None, kun_mine: bool = False
) -> QuerySet[Sag]:
    """Cases the actor may see, newest first; staff get their municipality's
    queue (``kun_mine``: assigned to them). Staff listings are audited."""
    qs = sager_synlige(aktoer).select_related("borger", "kommune", "sagsbehandler")
    if status:
        qs = qs.filter(status=status)
    if borger is not None:
        qs = qs.filter(borger=borger)
    if kun_mine and aktoer.user is not None:
        qs = qs.filter(sagsbehandler=aktoer.user)
    if not aktoer.er_system:
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.SAG_LISTED,
            borger=borger,
            detaljer={"status": status or "", "kun_mine": kun_mine},
        )
    return qs.order_by("-oprettet", "-id")


def sag_get(*, aktoer: Aktoer, uuid) -> Sag:
    """One case by UUID, with its application, calculations and decisions
    prefetched. Staff reads are audited."""
    sag = (
        sager_synlige(aktoer)
        .select_related("borger", "kommune", "sagsbehandler", "ansoegning")
        .prefetch_related("beregninger", "afgoerelser")
        .filter(uuid=uuid)
        .first()
    )
    if sag is None:
        eksisterer = Sag.objects.filter(uuid=uuid).first()
        kraev(
            False,
            aktoer=aktoer,
            handling=audit.SAG_VIEWED,
            objekt=eksisterer,
            borger=eksisterer.borger if eksisterer else None,
        )
        raise AdgangNaegtet()  # pragma: no cover - kraev raised
    if not aktoer.er_system:
        audit.audit_log(aktoer=aktoer, handling=audit.SAG_VIEWED, objekt=sag, borger=sag.borger)
    return sag
