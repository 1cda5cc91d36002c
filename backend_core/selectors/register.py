"""Register reads made for a person (prefill of drafts and reports): each is a
read of personal data, so each asks the policy and is audited like any other.

``RegisterUtilgaengelig`` passes through: the caller decides what the citizen
sees when a register does not answer.
"""

from __future__ import annotations

from .. import audit
from ..aktoer import Aktoer
from ..constants import Register
from ..policies import SE, borgere
from ..registre import get_cpr_client, get_eindkomst_client
from ..registre.cpr.client import Person
from ..registre.eindkomst.client import Maanedsindkomst
from ._adgang import audit_read


def cpr_person_get(*, aktoer: Aktoer, borger) -> Person | None:
    """What the CPR register says about ``borger`` now (``None``: unknown)."""
    borgere.kraev(aktoer, borger, SE, audit_handling=audit.REGISTER_READ)
    person = get_cpr_client().hent_person(borger.cpr)
    audit_read(aktoer=aktoer, handling=audit.REGISTER_READ, objekt=borger, borger=borger, register=Register.CPR)
    return person


def eindkomst_maaned_get(*, aktoer: Aktoer, borger, maaned: str) -> Maanedsindkomst:
    """The income eIndkomst has for ``borger`` in ``maaned`` (YYYY-MM)."""
    borgere.kraev(aktoer, borger, SE, audit_handling=audit.REGISTER_READ)
    indkomst = get_eindkomst_client().hent_maanedsindkomst(borger.cpr, maaned)
    audit_read(
        aktoer=aktoer,
        handling=audit.REGISTER_READ,
        objekt=borger,
        borger=borger,
        register=Register.EINDKOMST,
        maaned=maaned,
    )
    return indkomst
