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

__all__ = ["FLOWS", "Dokumentkrav", "Flow", "Spoergsmaal", "Trin"]
