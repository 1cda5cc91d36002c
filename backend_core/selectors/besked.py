from __future__ import annotations

from django.db.models import QuerySet

from .. import audit
from ..aktoer import Aktoer
from ..models import Besked
from ..policies import SE, beskeder, sager
from ._adgang import audit_read


def besked_list(*, aktoer: Aktoer, sag) -> QuerySet[Besked]:
    """The messages on a case, oldest first."""
    sager.kraev(aktoer, sag, SE, audit_handling=audit.BESKED_LISTED)
    audit_read(aktoer=aktoer, handling=audit.BESKED_LISTED, objekt=sag, borger=sag.borger)
    return (
        beskeder.instances(aktoer, SE)
        .filter(sag=sag)
        .select_related("afsender_user")
        .prefetch_related("bilag")
        .order_by("sendt", "id")
    )
