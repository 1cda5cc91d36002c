"""Dates, months and ages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Maaned:
    """A calendar month, ``YYYY-MM``."""

    aar: int
    maaned: int

    @property
    def foerste_dag(self) -> dt.date:
        return dt.date(self.aar, self.maaned, 1)

    def __str__(self) -> str:
        return f"{self.aar:04d}-{self.maaned:02d}"


def alder(foedselsdato: dt.date, paa_dato: dt.date) -> int:
    """Age in whole years on ``paa_dato`` (a person is 30 from their 30th birthday)."""
    aar = paa_dato.year - foedselsdato.year
    if (paa_dato.month, paa_dato.day) < (foedselsdato.month, foedselsdato.day):
        aar -= 1
    return aar
