from __future__ import annotations

from django.db.models import QuerySet

from .. import audit
from ..aktoer import Aktoer
from ..constants import DokumentKategori
from ..exceptions import AdgangNaegtet
from ..models import Dokument
from ..permissions import dokumenter_synlige, kan_se_borger, kan_se_sag, kraev


def dokument_list(*, aktoer: Aktoer, sag=None) -> QuerySet[Dokument]:
    """Documents the actor may see, optionally of one case."""
    if sag is not None:
        kraev(
            kan_se_sag(aktoer, sag),
            aktoer=aktoer,
            handling=audit.DOKUMENT_LISTED,
            objekt=sag,
            borger=sag.borger,
        )
    qs = dokumenter_synlige(aktoer).select_related("sag")
    if sag is not None:
        qs = qs.filter(sag=sag)
    if not aktoer.er_system:
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.DOKUMENT_LISTED,
            objekt=sag,
            borger=sag.borger if sag is not None else None,
        )
    return qs.order_by("-oprettet", "-id")


def dokument_get(*, aktoer: Aktoer, uuid) -> Dokument:
    dokument = dokumenter_synlige(aktoer).select_related("borger", "sag").filter(uuid=uuid).first()
    if dokument is None:
        eksisterer = Dokument.objects.select_related("borger").filter(uuid=uuid).first()
        kraev(
            False,
            aktoer=aktoer,
            handling=audit.DOKUMENT_VIEWED,
            objekt=eksisterer,
            borger=eksisterer.borger if eksisterer else None,
        )
        raise AdgangNaegtet()  # pragma: no cover
    if not aktoer.er_system:
        audit.audit_log(
            aktoer=aktoer, handling=audit.DOKUMENT_VIEWED, objekt=dokument, borger=dokument.borger
        )
    return dokument


def brev_list(*, aktoer: Aktoer, borger) -> QuerySet[Dokument]:
    """The citizen's letters (documents of category ``brev``), newest first."""
    kraev(
        kan_se_borger(aktoer, borger),
        aktoer=aktoer,
        handling=audit.BREV_LISTED,
        objekt=borger,
        borger=borger,
    )
    qs = (
        dokumenter_synlige(aktoer)
        .select_related("sag")
        .filter(borger=borger, kategori=DokumentKategori.BREV)
    )
    if not aktoer.er_system:
        audit.audit_log(aktoer=aktoer, handling=audit.BREV_LISTED, objekt=borger, borger=borger)
    return qs.order_by("-oprettet", "-id")
