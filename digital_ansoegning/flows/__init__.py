"""The application flows, one declarative definition per benefit.

A new benefit is a new module with a ``FLOW`` and a line here; the views,
forms and templates are shared.
"""

from __future__ import annotations

from .base import Dokumentkrav, Flow, Spoergsmaal, Trin
from .helbredstillaeg import FLOW as HELBREDSTILLAEG
from .hjaelpetekster import med_hjaelpetekster
from .kontanthjaelp import FLOW as KONTANTHJAELP
from .tandpleje import FLOW as TANDPLEJE

FLOWS: dict[str, Flow] = {f.ydelse: med_hjaelpetekster(f) for f in (KONTANTHJAELP, HELBREDSTILLAEG, TANDPLEJE)}

BEHANDLINGSTID_UGER: dict[str, int] = {
    "kontanthjaelp": 4,
    "helbredstillaeg": 6,
    "personlig_tillaegsprocent": 6,
    "tandpleje": 4,
}
"""How many weeks a caseworker usually takes, shown on the receipt when there
is no instant decision: the portal's default service target; a municipality
sets its own in ``Kommune.indstillinger["behandlingstid_uger"]`` (a number,
or a dict by benefit)."""


def behandlingstid_uger(ydelse: str, kommune=None) -> int:
    eget = (getattr(kommune, "indstillinger", None) or {}).get("behandlingstid_uger")
    if isinstance(eget, dict):
        eget = eget.get(ydelse)
    if isinstance(eget, int) and 0 < eget < 53:
        return eget
    return BEHANDLINGSTID_UGER.get(ydelse, 4)


__all__ = ["BEHANDLINGSTID_UGER", "FLOWS", "behandlingstid_uger", "Dokumentkrav", "Flow", "Spoergsmaal", "Trin"]
