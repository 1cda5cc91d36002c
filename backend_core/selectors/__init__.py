"""The public read API of ``backend_core``: ``<noun>_list/_get(*, aktoer, ...)``.

Each selector is scoped by role (``permissions``): citizens see their own
data, staff their own municipality's. Every read of personal data, by a
citizen or by staff, is audited (the system's own reads are not). A
``_get`` outside the actor's scope raises ``AdgangNaegtet`` (after
auditing), so interfaces answer 404 without telling whether it exists.
"""

from .besked import besked_list
from .betaling import udbetaling_list
from .dokument import brev_list, dokument_get, dokument_list
from .indberetning import indberetning_get
from .ledelsesinformation import Periode, ledelsesinformation
from .sag import sag_get, sag_list
from .sagsbehandling import (
    Rettigheder,
    afgoerelse_tekstblokke,
    indberetning_list,
    journalnotat_list,
    medarbejder_list,
    medarbejder_rettigheder,
    sag_koe,
    sag_koe_filtrer,
    sag_koe_list,
    sag_muligheder,
    sag_overblik,
    sag_registerdata,
    sag_tidslinje,
    sager_til_fordeling,
    soegning_valider,
)

__all__ = [
    "Periode",
    "Rettigheder",
    "medarbejder_rettigheder",
    "sag_muligheder",
    "sag_registerdata",
    "afgoerelse_tekstblokke",
    "indberetning_list",
    "journalnotat_list",
    "ledelsesinformation",
    "medarbejder_list",
    "sag_koe",
    "sag_koe_filtrer",
    "sag_koe_list",
    "sag_overblik",
    "sag_tidslinje",
    "sager_til_fordeling",
    "soegning_valider",
    "besked_list",
    "brev_list",
    "dokument_get",
    "dokument_list",
    "indberetning_get",
    "sag_get",
    "sag_list",
    "udbetaling_list",
]
