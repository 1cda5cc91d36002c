"""The public read API of ``backend_core``: ``<noun>_list/_get(*, aktoer, ...)``.

Each selector is scoped by role (``permissions``): citizens see their own
data, staff their own municipality's. Every read of personal data, by a
citizen or by staff, is audited (the system's own reads are not). A
``_get`` outside the actor's scope raises ``AdgangNaegtet`` (after
auditing), so interfaces answer 404 without telling whether it exists.
"""

from .besked import besked_list
from .betaling import udbetaling_get, udbetaling_list
from .dokument import brev_list, dokument_get, dokument_list
from .indberetning import indberetning_get
from .min_side import (
    MinSideOversigt,
    Opgave,
    Trin,
    anmodning_for,
    forventet_afgoerelse,
    indberetningsmaaned,
    kladde_kilde_registrer,
    kontaktvalg_get,
    min_side_oversigt,
    sag_tidslinje,
)
from .sag import sag_get, sag_list

__all__ = [
    "MinSideOversigt",
    "Opgave",
    "Trin",
    "anmodning_for",
    "forventet_afgoerelse",
    "indberetningsmaaned",
    "kladde_kilde_registrer",
    "kontaktvalg_get",
    "min_side_oversigt",
    "sag_tidslinje",
    "besked_list",
    "brev_list",
    "dokument_get",
    "dokument_list",
    "indberetning_get",
    "sag_get",
    "sag_list",
    "udbetaling_get",
    "udbetaling_list",
]
