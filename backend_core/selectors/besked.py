from __future__ import annotations

from django.db.models import QuerySet

from .. import audit
from ..aktoer import Aktoer
from ..models import Besked
from ..permissions import kan_se_sag, kraev


def besked_list(*, aktoer: Aktoer, sag) -> QuerySet[Besked]:
    """The messages on a case, oldest first."""
    kraev(
        kan_se_sag(aktoer, sag),
        aktoer=aktoer,
        handling=audit.BESKED_LISTED,
        objekt=sag,
        borger=sag.borger,
    )
    if not aktoer.er_system:
        audit.audit_log(aktoer=aktoer, handling=audit.BESKED_LISTED, objekt=sag, borger=sag.borger)
    return (
        Besked.objects.filter(sag=sag)
        .select_related("afsender_user")
        .prefetch_related("bilag")
        .order_by("sendt", "id")
    )
