from __future__ import annotations

from django.db.models import QuerySet

from .. import audit
from ..aktoer import Aktoer
from ..models import Udbetaling
from ..permissions import kan_se_borger, kraev, udbetalinger_synlige


def udbetaling_list(*, aktoer: Aktoer, borger, sag=None) -> QuerySet[Udbetaling]:
    """The citizen's payment plan lines, newest month first."""
    kraev(
        kan_se_borger(aktoer, borger),
        aktoer=aktoer,
        handling=audit.UDBETALING_LISTED,
        objekt=borger,
        borger=borger,
    )
    qs = udbetalinger_synlige(aktoer).select_related("sag").filter(borger=borger)
    if sag is not None:
        qs = qs.filter(sag=sag)
    if not aktoer.er_system:
        audit.audit_log(
            aktoer=aktoer, handling=audit.UDBETALING_LISTED, objekt=borger, borger=borger
        )
    return qs.order_by("-maaned", "-id")


def udbetaling_get(*, aktoer: Aktoer, uuid) -> Udbetaling:
    """One payment line with its case and calculation (the specification);
    outside the actor's scope, ``AdgangNaegtet`` (audited)."""
    from ..exceptions import AdgangNaegtet

    linje = (
        udbetalinger_synlige(aktoer).select_related("sag", "borger", "beregning").filter(uuid=uuid).first()
    )
    if linje is None:
        kraev(False, aktoer=aktoer, handling=audit.UDBETALING_LISTED, objekt=None)
        raise AdgangNaegtet()  # pragma: no cover - kraev raised
    if not aktoer.er_system:
        audit.audit_log(aktoer=aktoer, handling=audit.UDBETALING_LISTED, objekt=linje, borger=linje.borger)
    return linje
