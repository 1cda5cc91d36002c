from __future__ import annotations

from dataclasses import dataclass

from .. import audit
from ..aktoer import Aktoer
from ..constants import DokumentKategori
from ..models import Afgoerelse, Ansoegning, Beregning, Dokument, Sag
from ..policies import SE, ansoegninger, breve
from ._adgang import get_or_deny


@dataclass(frozen=True)
class Kvittering:
    """What the receipt page shows: the application, its case, the instant
    decision (if the system decided at once) and the case's letters."""

    ansoegning: Ansoegning
    sag: Sag
    straks_afgoerelse: Afgoerelse | None
    breve: list[Dokument]
    beregning: Beregning | None
    """The first calculation (the one made at submission)."""


def ansoegning_kvittering_get(*, aktoer: Aktoer, uuid) -> Kvittering:
    """The receipt of one submitted application, audited; outside the actor's
    scope, ``AdgangNaegtet``."""
    ansoegning = get_or_deny(
        policy=ansoegninger,
        aktoer=aktoer,
        handling=audit.ANSOEGNING_VIEWED,
        related=("sag", "sag__kommune", "borger"),
        uuid=uuid,
    )
    sag = ansoegning.sag
    straks = sag.afgoerelser.filter(afgjort_af_straks=True).order_by("afgjort_tid", "id").first()
    letters = list(
        breve.instances(aktoer, SE).filter(sag=sag, kategori=DokumentKategori.BREV).order_by("oprettet", "id")
    )
    beregning = sag.beregninger.order_by("oprettet", "id").first()
    return Kvittering(ansoegning=ansoegning, sag=sag, straks_afgoerelse=straks, breve=letters, beregning=beregning)
