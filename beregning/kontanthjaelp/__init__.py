"""Kontanthjælp (LAS chapter 4): the monthly help to a person or a married couple.

Public API: ``KontanthjaelpInput``, ``Person``, ``fra_json`` and ``beregn``.
The rule set is chosen by the month: ``regler_foer_2025_07`` before
1 July 2025, ``regler_2025_07`` from then on. Rates come from
``satser/*.toml``; each file names the rule set it belongs to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from beregning.kerne.fejl import SatsFejl
from beregning.kerne.resultat import Resultat
from beregning.kerne.satser import Satsfil, Satstabel, indlaes
from beregning.kerne.ydelse import Ydelse
from beregning.kontanthjaelp import regler_2025_07, regler_foer_2025_07
from beregning.kontanthjaelp.input import KontanthjaelpInput, Person, fra_json

YDELSE = Ydelse(
    navn="kontanthjaelp",
    titel="Kontanthjælp",
    titel_en="Social assistance (kontanthjælp)",
    skoensmaessig=False,
    hjemmel="LAS §§ 11-14, 16-20 og 30-31",
)

_SATSMAPPE = Path(__file__).parent / "satser"

REGELSAET: tuple[tuple[dt.date, str, Callable[[KontanthjaelpInput, Satsfil], Resultat]], ...] = (
    (dt.date(2023, 1, 1), regler_foer_2025_07.REGELSAET, regler_foer_2025_07.beregn),
    (dt.date(2025, 7, 1), regler_2025_07.REGELSAET, regler_2025_07.beregn),
)
"""Rule-set versions by start date (OpenFisca's dated formulas)."""


_TABEL: list[Satstabel] = []


def satstabel() -> Satstabel:
    """The rate files, loaded on first use and kept for the life of the process."""
    if not _TABEL:
        _TABEL.append(indlaes("kontanthjaelp", _SATSMAPPE))
    return _TABEL[0]


_Regler = Callable[[KontanthjaelpInput, Satsfil], Resultat]
_VALGT: dict[dt.date, tuple[_Regler, Satsfil]] = {}


def _vaelg(dag: dt.date) -> tuple[_Regler, Satsfil]:
    """The rule set and the rate file in force on ``dag`` (remembered per day)."""
    valgt = _VALGT.get(dag)
    if valgt is not None:
        return valgt
    regler = None
    for fra, navn, funktion in REGELSAET:
        if dag >= fra:
            regler = (navn, funktion)
    fil = satstabel().gaeldende(dag)  # raises SatsFejl outside every rate file
    if regler is None or fil.regelsaet != regler[0]:
        raise SatsFejl(
            "kontanthjaelp",
            "regelsaet",
            dag.isoformat(),
            f"Der er ingen regler for kontanthjælp, der passer til satsfilen {fil.fil} gældende {dag.isoformat()}.",
            f"No kontanthjælp rule set matches the rate file {fil.fil} in force on {dag.isoformat()}.",
        )
    valgt = _VALGT[dag] = (regler[1], fil)
    return valgt


def beregn(inp: KontanthjaelpInput) -> Resultat:
    """Kontanthjælp for ``inp.maaned``, with the rule set and rates in force that month."""
    regler, fil = _vaelg(inp.maaned.foerste_dag)
    return regler(inp, fil)


__all__ = ["YDELSE", "KontanthjaelpInput", "Person", "beregn", "fra_json", "satstabel"]
