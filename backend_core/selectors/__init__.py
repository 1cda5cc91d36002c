"""The public read API of ``backend_core``: ``<noun>_list/_get(*, aktoer, ...)``.

Each selector asks the permission policy of its model (``backend_core.policies``): citizens see their own
data, staff their own municipality's. Every read of personal data, by a
citizen or by staff, is audited (the system's own reads are not). A
``_get`` outside the actor's scope raises ``AdgangNaegtet`` (after
auditing), so interfaces answer 404 without telling whether it exists.
"""

from .ansoegning import Kvittering, ansoegning_kvittering_get
from .besked import besked_list
from .betaling import udbetaling_get, udbetaling_list
from .dokument import brev_list, dokument_get, dokument_list
from .hjaelpetekst import (
    hjaelpetekst,
    hjaelpetekst_kendte,
    hjaelpetekst_kommune,
    hjaelpetekst_list,
    hjaelpetekst_maa_aendres,
    hjaelpetekst_tekst,
)
from .indberetning import indberetning_get, indberetning_list
from .ledelsesinformation import Periode, ledelsesinformation
from .min_side import (
    AfgoerelseVist,
    MinSideOversigt,
    Opgave,
    Trin,
    anmodning_for,
    forventet_afgoerelse,
    har_bevilling,
    indberetningsmaaned,
    kladde_kilde_registrer,
    kommune_kontakt,
    kontaktvalg_get,
    medarbejder_navn,
    min_side_oversigt,
    min_side_oversigt_vist,
    sag_afgoerelser_borger,
    sag_kontakt,
    sag_tidslinje_borger,
    sagsbehandlingsfrist,
)
from .register import cpr_person_get, eindkomst_maaned_get
from .sag import sag_get, sag_list
from .sagsbehandling import (
    Rettigheder,
    afgoerelse_tekstblokke,
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
    "hjaelpetekst_maa_aendres",
    "Kvittering",
    "ansoegning_kvittering_get",
    "cpr_person_get",
    "eindkomst_maaned_get",
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
    "MinSideOversigt",
    "Opgave",
    "Trin",
    "AfgoerelseVist",
    "sag_afgoerelser_borger",
    "anmodning_for",
    "forventet_afgoerelse",
    "har_bevilling",
    "indberetningsmaaned",
    "kommune_kontakt",
    "medarbejder_navn",
    "sag_kontakt",
    "sagsbehandlingsfrist",
    "kladde_kilde_registrer",
    "kontaktvalg_get",
    "min_side_oversigt",
    "min_side_oversigt_vist",
    "sag_tidslinje_borger",
    "besked_list",
    "brev_list",
    "dokument_get",
    "dokument_list",
    "hjaelpetekst",
    "hjaelpetekst_kendte",
    "hjaelpetekst_kommune",
    "hjaelpetekst_list",
    "hjaelpetekst_tekst",
    "indberetning_get",
    "sag_get",
    "sag_list",
    "udbetaling_get",
    "udbetaling_list",
]
