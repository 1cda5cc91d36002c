from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from .. import audit
from ..aktoer import Aktoer
from ..models import Dokument
from ..policies import SE, borgere, breve, dokumenter, sager
from ._adgang import audit_read, get_or_deny


def dokument_list(*, aktoer: Aktoer, sag=None, uuids: Iterable | None = None) -> QuerySet[Dokument]:
    """Documents the actor may see, optionally of one case or among ``uuids``
    (a draft's uploads)."""
    if sag is not None:
        sager.kraev(aktoer, sag, SE, audit_handling=audit.DOKUMENT_LISTED)
    qs = dokumenter.instances(aktoer, SE).select_related("sag")
    if sag is not None:
        qs = qs.filter(sag=sag)
    if uuids is not None:
        qs = qs.filter(uuid__in=list(uuids))
    audit_read(
        aktoer=aktoer,
        handling=audit.DOKUMENT_LISTED,
        objekt=sag,
        borger=sag.borger if sag is not None else aktoer.borger,
    )
    return qs.order_by("-oprettet", "-id")


def dokument_get(*, aktoer: Aktoer, uuid) -> Dokument:
    return get_or_deny(
        policy=dokumenter, aktoer=aktoer, handling=audit.DOKUMENT_VIEWED, related=("borger", "sag"), uuid=uuid
    )


def brev_list(*, aktoer: Aktoer, borger, sag=None) -> QuerySet[Dokument]:
    """The citizen's letters (documents of category ``brev``), newest first,
    optionally of one case."""
    borgere.kraev(aktoer, borger, SE, audit_handling=audit.BREV_LISTED)
    qs = breve.instances(aktoer, SE).select_related("sag").filter(borger=borger)
    if sag is not None:
        qs = qs.filter(sag=sag)
    audit_read(aktoer=aktoer, handling=audit.BREV_LISTED, objekt=borger, borger=borger)
    return qs.order_by("-oprettet", "-id")
