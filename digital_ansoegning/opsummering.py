"""The answers of an application as people read them: question labels and
readable values, step by step. Used by "check your answers" and by the
caseworker's view of the submitted application."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .flows import FLOWS
from .flows.base import DATO, JA_NEJ, TAL, TIMER, VALG, Flow
from .templatetags.ansoegning_tags import kroner


def vis_svar(spoergsmaal, value: Any) -> str:
    """One answer as text ("Yes", "1.250,00 kr.", "01-09-2025", the option's label)."""
    if value in (None, ""):
        return _("Not answered")
    if spoergsmaal.type == JA_NEJ:
        return _("Yes") if value else _("No")
    if spoergsmaal.type == VALG:
        return dict(spoergsmaal.valg).get(value, value)
    if spoergsmaal.type == TAL:
        return kroner(value)
    if spoergsmaal.type == TIMER:
        return number_format(Decimal(str(value)).normalize(), use_l10n=True)
    if spoergsmaal.type == DATO:
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except ValueError:
            return value
    return value


def opsummering(flow: Flow, svar: Mapping[str, Any], prefill: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The steps the answers led through, each ``{"titel", "slug", "raekker"}`` with
    rows ``{"key", "label", "vaerdi", "mangler"}``."""
    sektioner = []
    for trin in flow.aktive_trin(svar, prefill):
        raekker = [
            {
                "key": s.key,
                "label": s.label,
                "vaerdi": vis_svar(s, svar.get(s.key)),
                "mangler": s.required and svar.get(s.key) in (None, ""),
            }
            for s in trin.aktive_spoergsmaal(svar, prefill)
        ]
        sektioner.append({"titel": trin.titel, "slug": trin.slug, "raekker": raekker})
    return sektioner


def ansoegning_opsummering(ydelse: str, svar: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A submitted application's answers (``Ansoegning.svar``, which carries the CPR
    data it started from under ``_prefill`` and the receipt's Danish rows under
    ``opsummering``). An application of a benefit without a
    flow shows its answers under their field names, internal keys left out."""
    flow = FLOWS.get(ydelse)
    prefill = svar.get("_prefill") or {}
    egne = {k: v for k, v in svar.items() if not k.startswith("_") and k != "opsummering"}
    if flow is None:
        return [
            {
                "titel": _("Answers"),
                "slug": "svar",
                "raekker": [{"key": k, "label": k, "vaerdi": v, "mangler": False} for k, v in egne.items()],
            }
        ]
    return opsummering(flow, egne, prefill)
