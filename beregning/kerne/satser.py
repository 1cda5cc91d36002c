"""Rates as dated data: loading and looking up.

Each benefit keeps its rates in ``<benefit>/satser/*.toml``, one file per
``gyldig_fra``. A file covers ``gyldig_fra`` to ``gyldig_til`` (both
inclusive); a date outside every file is an error, never an extrapolation.

File format::

    gyldig_fra = 2024-01-01
    gyldig_til = 2024-12-31
    regelsaet = "las_foer_2025_07"      # the rule-set version the file belongs to

    [satser.forsoerger_30]
    vaerdi = "16382.00"                 # a decimal string
    enhed = "kr/md"
    hjemmel = "LAS § 25, stk. 2, nr. 1"
    kilde = "https://…"                 # URL or document; required
    sikkerhed = "officiel"              # officiel | kommunal | sekundaer | afledt | ukendt
    note = "…"                          # optional

Loading a file is the only I/O in the package. Files are read once per
process (``functools.cache``) and never from inside a rule function.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from beregning.kerne.fejl import SatsFejl, SatsfilFejl

_KODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

SIKKERHEDER = ("officiel", "kommunal", "sekundaer", "afledt", "ukendt")
"""Confidence labels, strongest first."""

BEKRAEFTEDE = frozenset({"officiel", "kommunal"})
"""Labels that count as confirmed. Everything else is reported as unconfirmed
and blocks an instant decision."""


@dataclass(frozen=True, slots=True)
class Sats:
    """One dated value with its law reference, source and confidence."""

    navn: str
    vaerdi: Decimal
    enhed: str
    hjemmel: str
    kilde: str
    sikkerhed: str
    gyldig_fra: dt.date
    note: str = ""
    json_utf8: bytes = field(init=False, repr=False, compare=False)
    """``som_dict()`` as compact UTF-8 JSON, made once: results repeat the same rates."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "json_utf8", _KODER(self.som_dict()).encode())

    @property
    def bekraeftet(self) -> bool:
        return self.sikkerhed in BEKRAEFTEDE

    def som_dict(self) -> dict[str, str]:
        return {
            "navn": self.navn,
            "vaerdi": str(self.vaerdi),
            "sikkerhed": self.sikkerhed,
        }


@dataclass(frozen=True, slots=True)
class Satsfil:
    """The rates of one file: valid from ``gyldig_fra`` to ``gyldig_til``."""

    ydelse: str
    fil: str
    gyldig_fra: dt.date
    gyldig_til: dt.date
    regelsaet: str
    satser: dict[str, Sats]

    @property
    def version(self) -> str:
        return f"{self.ydelse}/{self.fil}"

    versioner: dict[str, str] = field(init=False, repr=False, compare=False)
    """What a result reports of the rules and rates it used. One dict per file, shared by
    every result: read it, never change it (``Resultat.som_dict`` hands out a copy)."""

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "versioner",
            {"regelsaet": self.regelsaet, "satser": self.version, "satser_gyldig_fra": self.gyldig_fra.isoformat()},
        )

    def hent(self, navn: str, dato: dt.date) -> Sats:
        """The rate ``navn``; a clear error when the file does not hold it."""
        try:
            return self.satser[navn]
        except KeyError:
            raise SatsFejl(
                self.ydelse,
                navn,
                dato.isoformat(),
                f"Satsen '{navn}' for {self.ydelse} gældende {dato.isoformat()} er ikke "
                f"fundet i en kilde og findes ikke i satsfilen {self.fil}. Beregningen kan "
                f"ikke foretages, før satsen er indført.",
                f"The rate '{navn}' for {self.ydelse} in force on {dato.isoformat()} was not "
                f"found in any source and is not in the rate file {self.fil}. The calculation "
                f"cannot be made until the rate is entered.",
            ) from None


class Satstabel:
    """All rate files of one benefit, ordered by ``gyldig_fra``."""

    def __init__(self, ydelse: str, filer: list[Satsfil]) -> None:
        self.ydelse = ydelse
        self.filer = sorted(filer, key=lambda f: f.gyldig_fra)
        for foer, efter in zip(self.filer, self.filer[1:], strict=False):
            if efter.gyldig_fra <= foer.gyldig_til:
                raise SatsfilFejl(f"{ydelse}: {efter.fil} overlaps {foer.fil}")
        self._cache: dict[dt.date, Satsfil] = {}

    def gaeldende(self, dato: dt.date) -> Satsfil:
        """The file in force on ``dato``; ``SatsFejl`` if none is."""
        fil = self._cache.get(dato)
        if fil is not None:
            return fil
        for kandidat in self.filer:
            if kandidat.gyldig_fra <= dato <= kandidat.gyldig_til:
                self._cache[dato] = kandidat
                return kandidat
        perioder = ", ".join(f"{f.gyldig_fra.isoformat()}–{f.gyldig_til.isoformat()}" for f in self.filer)
        raise SatsFejl(
            self.ydelse,
            "*",
            dato.isoformat(),
            f"Der findes ingen satser for {self.ydelse} gældende {dato.isoformat()}. Satser findes for {perioder}.",
            f"There are no rates for {self.ydelse} in force on {dato.isoformat()}. Rates exist for {perioder}.",
        )


def _tekstfelt(data: dict[str, Any], felt: str, hvor: str) -> str:
    vaerdi = data.get(felt)
    if not isinstance(vaerdi, str) or not vaerdi.strip():
        raise SatsfilFejl(f"{hvor}: '{felt}' is missing or empty")
    return vaerdi


def laes_satsfil(ydelse: str, sti: Path) -> Satsfil:
    """Read and validate one rate file. Rejects any value without ``kilde``."""
    with sti.open("rb") as f:
        data = tomllib.load(f)
    hvor = f"{ydelse}/{sti.name}"
    gyldig_fra = data.get("gyldig_fra")
    gyldig_til = data.get("gyldig_til")
    if not isinstance(gyldig_fra, dt.date) or not isinstance(gyldig_til, dt.date):
        raise SatsfilFejl(f"{hvor}: 'gyldig_fra' and 'gyldig_til' must be TOML dates")
    if gyldig_til < gyldig_fra:
        raise SatsfilFejl(f"{hvor}: 'gyldig_til' is before 'gyldig_fra'")
    if sti.stem != gyldig_fra.isoformat():
        raise SatsfilFejl(f"{hvor}: the file name must be its gyldig_fra ({gyldig_fra})")
    regelsaet = _tekstfelt(data, "regelsaet", hvor)
    raa = data.get("satser")
    if not isinstance(raa, dict) or not raa:
        raise SatsfilFejl(f"{hvor}: no [satser.*] tables")
    satser: dict[str, Sats] = {}
    for navn, v in raa.items():
        sted = f"{hvor} [satser.{navn}]"
        if not isinstance(v, dict):
            raise SatsfilFejl(f"{sted}: must be a table")
        kilde = _tekstfelt(v, "kilde", sted)
        hjemmel = _tekstfelt(v, "hjemmel", sted)
        sikkerhed = _tekstfelt(v, "sikkerhed", sted)
        if sikkerhed not in SIKKERHEDER:
            raise SatsfilFejl(f"{sted}: 'sikkerhed' must be one of {SIKKERHEDER}")
        raa_vaerdi = _tekstfelt(v, "vaerdi", sted)
        try:
            vaerdi = Decimal(raa_vaerdi)
        except InvalidOperation:
            raise SatsfilFejl(f"{sted}: 'vaerdi' is not a decimal string") from None
        satser[navn] = Sats(
            navn=navn,
            vaerdi=vaerdi,
            enhed=_tekstfelt(v, "enhed", sted),
            hjemmel=hjemmel,
            kilde=kilde,
            sikkerhed=sikkerhed,
            gyldig_fra=gyldig_fra,
            note=str(v.get("note", "")),
        )
    return Satsfil(ydelse, sti.name, gyldig_fra, gyldig_til, regelsaet, satser)


@cache
def indlaes(ydelse: str, mappe: Path) -> Satstabel:
    """Load every ``*.toml`` in ``mappe`` once per process."""
    filer = [laes_satsfil(ydelse, sti) for sti in sorted(mappe.glob("*.toml"))]
    if not filer:
        raise SatsfilFejl(f"{ydelse}: no rate files in {mappe}")
    return Satstabel(ydelse, filer)


class Opslag:
    """Rate look-ups for one calculation; remembers which rates were used."""

    __slots__ = ("fil", "dato", "brugte", "_ubekraeftede")

    def __init__(self, fil: Satsfil, dato: dt.date) -> None:
        self.fil = fil
        self.dato = dato
        self.brugte: dict[str, Sats] = {}
        self._ubekraeftede: list[Sats] = []

    def sats(self, navn: str) -> Sats:
        s = self.brugte.get(navn)
        if s is None:
            s = self.fil.hent(navn, self.dato)
            self.brugte[navn] = s
            if s.sikkerhed not in BEKRAEFTEDE:
                self._ubekraeftede.append(s)
        return s

    def v(self, navn: str) -> Decimal:
        return self.sats(navn).vaerdi

    def ubekraeftede(self) -> list[Sats]:
        """The unconfirmed rates used, in the order they were first used."""
        return self._ubekraeftede
