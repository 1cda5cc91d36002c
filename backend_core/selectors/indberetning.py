from __future__ import annotations

from .. import audit
from ..aktoer import Aktoer
from ..exceptions import AdgangNaegtet
from ..models import Indberetning
from ..permissions import kraev, sager_synlige


def indberetning_get(*, aktoer: Aktoer, uuid) -> Indberetning:
    """One income report with its new calculation, if its case is visible to
    the actor. The read is audited; outside the scope, ``AdgangNaegtet``."""
    indberetning = (
        Indberetning.objects.select_related("sag", "beregning", "borger")
        .filter(uuid=uuid, sag__in=sager_synlige(aktoer))
        .first()
    )
    if indberetning is None:
        kraev(False, aktoer=aktoer, handling=audit.INDBERETNING_VIEWED, objekt=None)
        raise AdgangNaegtet()  # pragma: no cover - kraev raised
    if not aktoer.er_system:
        audit.audit_log(aktoer=aktoer, handling=audit.INDBERETNING_VIEWED, objekt=indberetning,
                        borger=indberetning.borger)
    return indberetning


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
    from ..constants import AendringType
    from ..models import Dokument

    if sag not in sager_synlige(aktoer).filter(pk=sag.pk):
        kraev(False, aktoer=aktoer, handling=audit.INDBERETNING_LISTED, objekt=sag)
        raise AdgangNaegtet()  # pragma: no cover - kraev raised
    qs = (
        Indberetning.objects.filter(sag=sag)
        .select_related("beregning", "afgoerelse", "korrektion_af")
        .order_by("-indsendt", "-id")
    )
    if maaned:
        qs = qs.filter(maaned=maaned)
    indberetninger = list(qs)
    uuids = {u for i in indberetninger for u in (i.aendringer or {}).get("dokumenter", [])}
    dokumenter = {
        str(d.uuid): d for d in Dokument.objects.filter(sag=sag, uuid__in=uuids)
    } if uuids else {}
    navne = dict(AendringType.choices)
    ud = []
    for i in indberetninger:
        a = i.aendringer or {}
        ud.append({
            "indberetning": i,
            "valgt": [(v, navne.get(v, v)) for v in a.get("valgt", [])],
            "beskrivelse": a.get("beskrivelse", ""),
            "dokumenter": [dokumenter[u] for u in a.get("dokumenter", []) if u in dokumenter],
            "forslag": i.beregning if i.type == "aendring" else None,
            "noter": (a.get("verificeret") or {}).get("noter", []),
            "afgoerelse": i.afgoerelse,
            "korrektion_af": i.korrektion_af,
        })
    if not aktoer.er_system:
        audit.audit_log(aktoer=aktoer, handling=audit.INDBERETNING_LISTED, objekt=sag,
                        borger=sag.borger, detaljer={"antal": len(ud)})
    return ud
