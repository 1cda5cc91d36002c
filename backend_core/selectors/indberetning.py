from __future__ import annotations

from .. import audit
from ..aktoer import Aktoer
from ..exceptions import AdgangNaegtet
from ..models import Indberetning
from ..permissions import kraev, sager_synlige


def indberetning_get(*, aktoer: Aktoer, uuid) -> Indberetning:
    """One income report with its new calculation, if its case is visible to
    the actor. The read is audited; outside the scope, ``AdgangNaegtet``."""
    indberetning = (
        Indberetning.objects.select_related("sag", "beregning", "borger")
        .filter(uuid=uuid, sag__in=sager_synlige(aktoer))
        .first()
    )
    if indberetning is None:
        kraev(False, aktoer=aktoer, handling=audit.INDBERETNING_VIEWED, objekt=None)
        raise AdgangNaegtet()  # pragma: no cover - kraev raised
    if not aktoer.er_system:
        audit.audit_log(aktoer=aktoer, handling=audit.INDBERETNING_VIEWED, objekt=indberetning,
                        borger=indberetning.borger)
    return indberetning
