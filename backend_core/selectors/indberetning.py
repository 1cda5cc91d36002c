from __future__ import annotations

from .. import audit
from ..aktoer import Aktoer
from ..models import Indberetning
from ..policies import indberetninger
from ._adgang import get_or_deny


def indberetning_get(*, aktoer: Aktoer, uuid) -> Indberetning:
    """One income report with its new calculation, if its case is visible to
    the actor. The read is audited; outside the scope, ``AdgangNaegtet``."""
    return get_or_deny(
        policy=indberetninger,
        aktoer=aktoer,
        handling=audit.INDBERETNING_VIEWED,
        related=("sag", "beregning", "borger"),
        uuid=uuid,
    )
