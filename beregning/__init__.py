"""Benefit calculations for Ydelsesportalen: pure Python, no Django, no database, no I/O.

Public API (the Django side calls exactly these):

``beregn(data: Mapping[str, Any]) -> dict``
    One calculation, JSON-shaped in and out (the contract in ``README.md``).
    Never raises for bad input: returns ``{"ydelse": ..., "fejl": {"felt",
    "besked", "besked_en"}}`` naming the field (a dotted path such as
    ``ansoeger.formue``) and the problem.

``beregn_mange(rows: Iterable[Mapping[str, Any]]) -> list[dict]``
    Many calculations in one call, same per-row semantics, in order; for
    recalculating all active cases after a rate change.

``YDELSER: Mapping[str, Ydelse]``
    The catalogue: name → ``Ydelse(navn, titel, titel_en, skoensmaessig, hjemmel)``.

Typed per-benefit functions, used by the JSON layer:
``beregning.kontanthjaelp.beregn(KontanthjaelpInput) -> Resultat``,
``beregning.personlig_tillaegsprocent.beregn(PersonligTillaegsprocentInput)``,
``beregning.helbredstillaeg.beregn(HelbredstillaegInput)``,
``beregning.tandpleje.beregn(TandplejeInput)``; each sub-package also has
``fra_json(data)`` that reads the JSON contract into its input type.

``beregn_json(data: Mapping[str, Any]) -> bytes``
    ``beregn`` as one compact JSON line in UTF-8 (``ensure_ascii=False``),
    built from cached encodings; what ``--jsonl`` writes.

Command line: ``python -m beregning`` (one JSON object) and
``python -m beregning --jsonl`` (JSON Lines).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

from beregning import helbredstillaeg, kontanthjaelp, personlig_tillaegsprocent, tandpleje
from beregning.kerne.fejl import Fejl
from beregning.kerne.resultat import Resultat
from beregning.kerne.ydelse import Ydelse

_Beregner = Callable[[Mapping[str, Any]], Resultat]


def _kaede(fra_json: Callable[[Mapping[str, Any]], Any], beregner: Callable[[Any], Resultat]) -> _Beregner:
    def kaedet(data: Mapping[str, Any]) -> Resultat:
        return beregner(fra_json(data))

    return kaedet


_MODULER = (kontanthjaelp, personlig_tillaegsprocent, helbredstillaeg, tandpleje)

YDELSER: Mapping[str, Ydelse] = MappingProxyType({m.YDELSE.navn: m.YDELSE for m in _MODULER})
"""The benefit catalogue, by name."""

_BEREGNERE: dict[str, _Beregner] = {m.YDELSE.navn: _kaede(m.fra_json, m.beregn) for m in _MODULER}


def _fejl(ydelse: Any, felt: str, besked: str, besked_en: str) -> dict[str, Any]:
    return {
        "ydelse": ydelse if isinstance(ydelse, str) else None,
        "fejl": {"felt": felt, "besked": besked, "besked_en": besked_en},
    }


def _beregn(data: Any) -> Resultat | dict[str, Any]:
    """A ``Resultat``, or the ``fejl`` dict; never raises. ``data`` is typed
    ``Any`` because it is whatever JSON the caller parsed."""
    if type(data) is not dict and not isinstance(data, Mapping):
        return _fejl(None, "", "Input skal være et JSON-objekt.", "Input must be a JSON object.")
    navn = data.get("ydelse")
    beregner = _BEREGNERE.get(navn) if isinstance(navn, str) else None
    if beregner is None:
        kendte = ", ".join(sorted(_BEREGNERE))
        return _fejl(
            navn, "ydelse", f"Ukendt ydelse. Kendte ydelser: {kendte}.", f"Unknown benefit. Known benefits: {kendte}."
        )
    try:
        return beregner(data)
    except Fejl as fejl:
        return {"ydelse": navn, "fejl": fejl.som_dict()}
    except Exception as fejl:  # noqa: BLE001 - the contract: never a traceback for any input
        return _fejl(
            navn,
            "",
            f"Uventet fejl i beregningen ({type(fejl).__name__}).",
            f"Unexpected error in the calculation ({type(fejl).__name__}).",
        )


def beregn(data: Mapping[str, Any]) -> dict[str, Any]:
    """One calculation; see the module docstring and ``README.md`` for the contract."""
    resultat = _beregn(data)
    return resultat if isinstance(resultat, dict) else resultat.som_dict()


_KODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def beregn_json(data: Mapping[str, Any]) -> bytes:
    """``beregn`` with its result as one compact JSON line in UTF-8 (what ``--jsonl`` writes)."""
    resultat = _beregn(data)
    return _KODER(resultat).encode() if isinstance(resultat, dict) else resultat.som_utf8()


def beregn_mange(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Many calculations in one call, in order; each row as ``beregn``.

    The cyclic garbage collector is paused during the loop: a calculation
    creates many small objects but no reference cycles, and the collector's
    passes over them would otherwise cost about a tenth of the time.
    """
    var_aktiv = gc.isenabled()
    gc.disable()
    try:
        return [beregn(row) for row in rows]
    finally:
        if var_aktiv:
            gc.enable()


__all__ = ["YDELSER", "Ydelse", "beregn", "beregn_json", "beregn_mange"]
