"""The shared kernel: types only, no benefit rules.

Amounts (``beloeb``), periods (``periode``), reason lines and results
(``resultat``), dated rates and their loader (``satser``), input readers
(``laes``) and errors (``fejl``). Benefit sub-packages import from here and
never from each other.
"""

from beregning.kerne.fejl import Fejl, InputFejl, SatsFejl, SatsfilFejl
from beregning.kerne.periode import Maaned, alder
from beregning.kerne.resultat import Linje, Resultat, Straksafgoerelse, straks_vurdering
from beregning.kerne.satser import Opslag, Sats, Satsfil, Satstabel, indlaes
from beregning.kerne.ydelse import Ydelse

__all__ = [
    "Fejl",
    "InputFejl",
    "Linje",
    "Maaned",
    "Opslag",
    "Resultat",
    "Sats",
    "SatsFejl",
    "Satsfil",
    "SatsfilFejl",
    "Satstabel",
    "Straksafgoerelse",
    "Ydelse",
    "alder",
    "indlaes",
    "straks_vurdering",
]
