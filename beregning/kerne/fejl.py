"""Errors raised inside the calculations.

Rule functions raise these; the JSON layer (``beregning.beregn``) turns them
into a ``fejl`` object and never lets a traceback reach the caller.
"""

from __future__ import annotations


class Fejl(Exception):
    """Base class: an error that carries a field path and a Danish and an English message."""

    def __init__(self, felt: str, besked: str, besked_en: str) -> None:
        super().__init__(f"{felt}: {besked_en}")
        self.felt = felt
        self.besked = besked
        self.besked_en = besked_en

    def som_dict(self) -> dict[str, str]:
        return {"felt": self.felt, "besked": self.besked, "besked_en": self.besked_en}


class InputFejl(Fejl):
    """The input is missing a field or a field has a value the rules cannot use."""


class SatsFejl(Fejl):
    """No rate (or no rule set) is in force for the date asked about.

    Raised instead of extrapolating: a calculation for a date outside every
    rate file, or one that needs a value the sources do not give, fails with
    the name of the rate and the date.
    """

    def __init__(self, ydelse: str, navn: str, dato: str, besked: str, besked_en: str) -> None:
        super().__init__(f"satser.{ydelse}.{navn}", besked, besked_en)
        self.ydelse = ydelse
        self.navn = navn
        self.dato = dato


class SatsfilFejl(Exception):
    """A rate file is malformed (e.g. a value without ``kilde``). Raised at load time."""
