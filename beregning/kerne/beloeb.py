"""Money as ``decimal.Decimal`` in kroner.

Rounding rule (stated once, used everywhere): amounts that are paid out or
shown are rounded to whole øre (0.01 kr.) with ROUND_HALF_UP ("hökerregel").
This matches the one published worked example with a fraction of an øre
(helbredstillæg 28,6875 → 28,69, Frederikssund). Whether the payment systems
round the monthly kontanthjælp to whole kroner is NOT confirmed; this package
does not round to whole kroner.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

NUL = Decimal("0.00")
OERE = Decimal("0.01")
HUNDREDE = Decimal(100)

_DECIMALSTRENG = re.compile(r"-?\d{1,12}(\.\d{1,2})?")


def afrund(beloeb: Decimal) -> Decimal:
    """Round to whole øre, half up."""
    return beloeb.quantize(OERE, rounding=ROUND_HALF_UP)


# Formatting is a large share of a calculation's cost, and most amounts
# (rates, limits) repeat: small bounded caches keyed by the Decimal.
_TEKST: dict[Decimal, str] = {}
_DANSK: dict[Decimal, str] = {}
_ENGELSK: dict[Decimal, str] = {}
_CACHE_MAKS = 4_096
_TIL_DANSK = str.maketrans(",.", ".,")


def tekst(beloeb: Decimal) -> str:
    """The JSON form of an amount: a decimal string with two decimals (``"16382.00"``)."""
    s = _TEKST.get(beloeb)
    if s is None:
        s = str(beloeb.quantize(OERE, rounding=ROUND_HALF_UP))
        if len(_TEKST) >= _CACHE_MAKS:
            _TEKST.clear()
        _TEKST[beloeb] = s
    return s


def dansk(beloeb: Decimal) -> str:
    """An amount as Danish text for reason lines: ``16.382,00 kr.``."""
    s = _DANSK.get(beloeb)
    if s is None:
        s = f"{beloeb.quantize(OERE, rounding=ROUND_HALF_UP):,.2f}".translate(_TIL_DANSK) + " kr."
        if len(_DANSK) >= _CACHE_MAKS:
            _DANSK.clear()
        _DANSK[beloeb] = s
    return s


def engelsk(beloeb: Decimal) -> str:
    """An amount as English text for reason lines: ``DKK 16,382.00``."""
    s = _ENGELSK.get(beloeb)
    if s is None:
        s = f"DKK {beloeb.quantize(OERE, rounding=ROUND_HALF_UP):,.2f}"
        if len(_ENGELSK) >= _CACHE_MAKS:
            _ENGELSK.clear()
        _ENGELSK[beloeb] = s
    return s


def er_decimalstreng(vaerdi: str) -> bool:
    return _DECIMALSTRENG.fullmatch(vaerdi) is not None
