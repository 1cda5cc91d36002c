from __future__ import annotations

from .. import audit, policies
from ..aktoer import Aktoer
from ..constants import AendringType
from ..models import Indberetning
from ..policies import SE, indberetninger, sager
from ._adgang import audit_read, get_or_deny


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


def indberetning_list(*, aktoer: Aktoer, sag, maaned: str | None = None) -> list[dict]:
    """The case's income reports and changes of circumstances, newest first,
    each as a dict for the caseworker's case page and Min Side:

    ``indberetning`` (the model: type, month, income, ``aendringer`` with
    ``valgt`` and the citizen's ``beskrivelse``), ``valgt`` (the changes as
    (value, label) pairs), ``beskrivelse``, ``dokumenter`` (the documents sent
    with it), ``forslag`` (the proposed recalculation, a ``Beregning``, or
    ``None``), ``noter`` (what the registers confirmed, da/en),
    ``afgoerelse`` (the decision that settled it, or ``None`` while it waits
    for a caseworker), ``korrektion_af`` (the first report of the month it
    corrects). Scoped by role and audited.
    """
    sager.kraev(aktoer, sag, SE, audit_handling=audit.INDBERETNING_LISTED)
    qs = (
        policies.indberetninger.instances(aktoer, SE)
        .filter(sag=sag)
        .select_related("beregning", "afgoerelse", "korrektion_af")
        .order_by("-indsendt", "-id")
    )
    if maaned:
        qs = qs.filter(maaned=maaned)
    indberetninger = list(qs)
    uuids = {u for i in indberetninger for u in (i.aendringer or {}).get("dokumenter", [])}
    dokumenter = (
        {str(d.uuid): d for d in policies.dokumenter.instances(aktoer, SE).filter(sag=sag, uuid__in=uuids)}
        if uuids
        else {}
    )
    navne = dict(AendringType.choices)
    ud = []
    for i in indberetninger:
        a = i.aendringer or {}
        ud.append(
            {
                "indberetning": i,
                "valgt": [(v, navne.get(v, v)) for v in a.get("valgt", [])],
                "beskrivelse": a.get("beskrivelse", ""),
                "dokumenter": [dokumenter[u] for u in a.get("dokumenter", []) if u in dokumenter],
                "forslag": i.beregning if i.type == "aendring" else None,
                "noter": (a.get("verificeret") or {}).get("noter", []),
                "afgoerelse": i.afgoerelse,
                "korrektion_af": i.korrektion_af,
            }
        )
    audit_read(aktoer=aktoer, handling=audit.INDBERETNING_LISTED, objekt=sag, borger=sag.borger, antal=len(ud))
    return ud
