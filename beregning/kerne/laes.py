"""Reading JSON-shaped input into typed values, with errors that name the field.

Every function takes the mapping, the key, and the dotted path of the
mapping (``""`` at the top level) so that an error names the full path,
e.g. ``ansoeger.formue``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from beregning.kerne.beloeb import er_decimalstreng
from beregning.kerne.fejl import InputFejl
from beregning.kerne.periode import Maaned

_MANGLER = object()


def sti(foraelder: str, felt: str) -> str:
    return f"{foraelder}.{felt}" if foraelder else felt


def _hent(data: Mapping[str, Any], felt: str, foraelder: str) -> Any:
    vaerdi = data.get(felt, _MANGLER)
    if vaerdi is _MANGLER:
        raise InputFejl(
            sti(foraelder, felt),
            "Feltet mangler.",
            "The field is missing.",
        )
    return vaerdi


def objekt(data: Mapping[str, Any], felt: str, foraelder: str = "") -> Mapping[str, Any]:
    vaerdi = _hent(data, felt, foraelder)
    if type(vaerdi) is not dict and not isinstance(vaerdi, Mapping):
        raise InputFejl(sti(foraelder, felt), "Skal være et objekt.", "Must be an object.")
    return vaerdi


def valgfrit_objekt(data: Mapping[str, Any], felt: str, foraelder: str = "") -> Mapping[str, Any] | None:
    vaerdi = data.get(felt)
    if vaerdi is None:
        return None
    if type(vaerdi) is not dict and not isinstance(vaerdi, Mapping):
        raise InputFejl(sti(foraelder, felt), "Skal være et objekt eller null.", "Must be an object or null.")
    return vaerdi


def liste(data: Mapping[str, Any], felt: str, foraelder: str = "") -> list[Any]:
    vaerdi = data.get(felt, [])
    if vaerdi is None:
        return []
    if not isinstance(vaerdi, list):
        raise InputFejl(sti(foraelder, felt), "Skal være en liste.", "Must be a list.")
    return vaerdi


def sandhed(data: Mapping[str, Any], felt: str, foraelder: str = "") -> bool:
    vaerdi = _hent(data, felt, foraelder)
    if not isinstance(vaerdi, bool):
        raise InputFejl(sti(foraelder, felt), "Skal være true eller false.", "Must be true or false.")
    return vaerdi


def valgfri_sandhed(
    data: Mapping[str, Any], felt: str, foraelder: str = "", standard: bool | None = None
) -> bool | None:
    vaerdi = data.get(felt)
    if vaerdi is None:
        return standard
    if not isinstance(vaerdi, bool):
        raise InputFejl(
            sti(foraelder, felt),
            "Skal være true, false eller null.",
            "Must be true, false or null.",
        )
    return vaerdi


_DECIMAL_CACHE: dict[str, Decimal] = {}


def ikke_negativt_beloeb(vaerdi: object) -> Decimal | None:
    """A non-negative decimal string as ``Decimal``; ``None`` if it is not one. Cached."""
    if type(vaerdi) is not str:
        return None
    d = _DECIMAL_CACHE.get(vaerdi)
    if d is None:
        if not er_decimalstreng(vaerdi) or vaerdi[0] == "-":
            return None
        d = Decimal(vaerdi)
        if len(_DECIMAL_CACHE) >= 4_096:
            _DECIMAL_CACHE.clear()
        _DECIMAL_CACHE[vaerdi] = d
    return d


def beloeb(data: Mapping[str, Any], felt: str, foraelder: str = "") -> Decimal:
    """A non-negative amount in kroner, given as a decimal string (an integer is accepted)."""
    vaerdi = _hent(data, felt, foraelder)
    if isinstance(vaerdi, str) and er_decimalstreng(vaerdi):
        resultat = Decimal(vaerdi)
    elif isinstance(vaerdi, int) and not isinstance(vaerdi, bool):
        resultat = Decimal(vaerdi)
    else:
        raise InputFejl(
            sti(foraelder, felt),
            'Skal være et beløb i kroner som decimalstreng, f.eks. "16382.00".',
            'Must be an amount in kroner as a decimal string, e.g. "16382.00".',
        )
    if resultat < 0:
        raise InputFejl(sti(foraelder, felt), "Må ikke være negativt.", "Must not be negative.")
    return resultat


def tal(data: Mapping[str, Any], felt: str, foraelder: str = "", *, mindst: int = 0, hoejst: int) -> int:
    vaerdi = _hent(data, felt, foraelder)
    if not isinstance(vaerdi, int) or isinstance(vaerdi, bool) or not mindst <= vaerdi <= hoejst:
        raise InputFejl(
            sti(foraelder, felt),
            f"Skal være et helt tal fra {mindst} til {hoejst}.",
            f"Must be a whole number from {mindst} to {hoejst}.",
        )
    return vaerdi


def timer(data: Mapping[str, Any], felt: str, foraelder: str = "") -> Decimal:
    """Hours worked in the month: a non-negative number or decimal string."""
    vaerdi = _hent(data, felt, foraelder)
    if isinstance(vaerdi, str) and er_decimalstreng(vaerdi):
        resultat = Decimal(vaerdi)
    elif isinstance(vaerdi, int | float) and not isinstance(vaerdi, bool):
        resultat = Decimal(str(vaerdi))
    else:
        raise InputFejl(
            sti(foraelder, felt),
            "Skal være et antal timer (tal).",
            "Must be a number of hours.",
        )
    if resultat < 0 or resultat > 744:
        raise InputFejl(
            sti(foraelder, felt),
            "Skal være mellem 0 og 744 timer.",
            "Must be between 0 and 744 hours.",
        )
    return resultat


_DATO_CACHE: dict[str, dt.date] = {}
_MAANED_CACHE: dict[str, Maaned] = {}


def iso_dato(vaerdi: object) -> dt.date | None:
    """An ISO date string (``YYYY-MM-DD``) as a date; ``None`` if it is not one. Cached."""
    if type(vaerdi) is not str:
        return None
    d = _DATO_CACHE.get(vaerdi)
    if d is None and len(vaerdi) == 10 and vaerdi[4] == vaerdi[7] == "-":
        try:
            d = dt.date.fromisoformat(vaerdi)
        except ValueError:
            return None
        if len(_DATO_CACHE) >= 4_096:
            _DATO_CACHE.clear()
        _DATO_CACHE[vaerdi] = d
    return d


def dato(data: Mapping[str, Any], felt: str, foraelder: str = "") -> dt.date:
    d = iso_dato(_hent(data, felt, foraelder))
    if d is None:
        raise InputFejl(
            sti(foraelder, felt),
            "Skal være en dato på formen ÅÅÅÅ-MM-DD.",
            "Must be a date in the form YYYY-MM-DD.",
        )
    return d


def maaned(data: Mapping[str, Any], felt: str, foraelder: str = "") -> Maaned:
    vaerdi = _hent(data, felt, foraelder)
    if isinstance(vaerdi, str):
        m = _MAANED_CACHE.get(vaerdi)
        if m is not None:
            return m
        if len(vaerdi) == 7 and vaerdi[4] == "-" and vaerdi[:4].isdigit() and vaerdi[5:].isdigit():
            aar, mdr = int(vaerdi[:4]), int(vaerdi[5:])
            if 1900 <= aar <= 2200 and 1 <= mdr <= 12:
                m = Maaned(aar, mdr)
                if len(_MAANED_CACHE) < 10_000:
                    _MAANED_CACHE[vaerdi] = m
                return m
    raise InputFejl(
        sti(foraelder, felt),
        "Skal være en måned på formen ÅÅÅÅ-MM.",
        "Must be a month in the form YYYY-MM.",
    )


def kilder(data: Mapping[str, Any]) -> Mapping[str, str] | None:
    """Where each deciding fact came from (``kilder``: fact -> source), set by
    the caller from registers and documents; ``None`` when not given."""
    vaerdi = data.get("kilder")
    if vaerdi is None:
        return None
    if not isinstance(vaerdi, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in vaerdi.items()):
        raise InputFejl("kilder", "Skal være et objekt med tekster.", "Must be an object of strings.")
    return dict(vaerdi)
