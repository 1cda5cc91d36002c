"""The flows' help texts, made rewordable by communicators.

Each question's ``hjaelp`` is wrapped so that a communicator's wording for
the municipality (a ``Hjaelpetekst`` snippet) replaces the code's text when
it is shown; the code's text stays the default.
"""

from __future__ import annotations

from dataclasses import replace

from backend_core.selectors import hjaelpetekst

from .base import Flow, Spoergsmaal


def _spoergsmaal(flow: str, s: Spoergsmaal) -> Spoergsmaal:
    return replace(s, hjaelp=hjaelpetekst(flow=flow, noegle=s.key, standard=s.hjaelp))


def med_hjaelpetekster(flow: Flow) -> Flow:
    """The same flow, with every question's help text rewordable."""
    trin = tuple(replace(t, spoergsmaal=tuple(_spoergsmaal(flow.ydelse, s) for s in t.spoergsmaal)) for t in flow.trin)
    estimat = tuple(_spoergsmaal(f"{flow.ydelse}.beregn", s) for s in flow.estimat_spoergsmaal)
    return replace(flow, trin=trin, estimat_spoergsmaal=estimat)
