"""Dates, months and ages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Maaned:
    """A calendar month, ``YYYY-MM``."""

    aar: int
    maaned: int
    foerste_dag: dt.date = field(init=False, repr=False, compare=False)
    """The first day of the month (made once: the rules ask for it often)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "foerste_dag", dt.date(self.aar, self.maaned, 1))

    def __str__(self) -> str:
        return f"{self.aar:04d}-{self.maaned:02d}"


def alder(foedselsdato: dt.date, paa_dato: dt.date) -> int:
    """Age in whole years on ``paa_dato`` (a person is 30 from their 30th birthday)."""
    aar = paa_dato.year - foedselsdato.year
    if (paa_dato.month, paa_dato.day) < (foedselsdato.month, foedselsdato.day):
        aar -= 1
    return aar
