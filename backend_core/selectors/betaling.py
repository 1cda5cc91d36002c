from __future__ import annotations

from django.db.models import QuerySet

from .. import audit
from ..aktoer import Aktoer
from ..models import Udbetaling
from ..policies import SE, borgere, udbetalinger
from ._adgang import audit_read, get_or_deny


def udbetaling_list(*, aktoer: Aktoer, borger, sag=None) -> QuerySet[Udbetaling]:
    """The citizen's payment plan lines, newest month first."""
    borgere.kraev(aktoer, borger, SE, audit_handling=audit.UDBETALING_LISTED)
    qs = udbetalinger.instances(aktoer, SE).select_related("sag").filter(borger=borger)
    if sag is not None:
        qs = qs.filter(sag=sag)
    audit_read(aktoer=aktoer, handling=audit.UDBETALING_LISTED, objekt=borger, borger=borger)
    return qs.order_by("-maaned", "-id")


def udbetaling_get(*, aktoer: Aktoer, uuid) -> Udbetaling:
    """One payment line with its case and calculation (the specification),
    audited; outside the actor's scope, ``AdgangNaegtet`` (audited)."""
    return get_or_deny(
        policy=udbetalinger,
        aktoer=aktoer,
        handling=audit.UDBETALING_LISTED,
        related=("sag", "borger", "beregning"),
        uuid=uuid,
    )
