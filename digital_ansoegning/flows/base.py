"""A small declarative engine for application flows.

A benefit's application is a ``Flow``: an ordered list of ``Trin`` (steps),
each with its ``Spoergsmaal`` (questions), an optional ``vis_hvis``
condition on earlier answers and the fetched CPR data, the documents the
answers call for (``Dokumentkrav``), and ``to_beregning_input`` that turns
the answers into the JSON input of ``beregning``.

Answers (``svar``) are stored as JSON: ``ja_nej`` as a bool, ``tal`` as a
decimal string in kroner (``"1250.00"``), ``heltal`` as an int, ``timer``
(hours, decimals allowed: "12,5") as a decimal string (``"12.5"``), ``dato`` as
an ISO date, ``tekst`` and ``valg`` as strings.

Conditions are plain functions ``(svar, prefill) -> bool``; they may read
only answers to earlier steps, so the order of the steps is the order in
which they are decided.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Betingelse = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]

JA_NEJ = "ja_nej"
TAL = "tal"
HELTAL = "heltal"
TIMER = "timer"
DATO = "dato"
TEKST = "tekst"
VALG = "valg"
TYPER = frozenset({JA_NEJ, TAL, HELTAL, TIMER, DATO, TEKST, VALG})


@dataclass(frozen=True)
class Spoergsmaal:
    """One question. ``key`` is where the answer is stored in ``svar``."""

    key: str
    label: Any
    type: str
    required: bool = True
    hjaelp: Any = ""
    valg: tuple[tuple[str, Any], ...] = ()
    """For ``valg``: (value, label) pairs."""
    min: int | None = None
    max: int | None = None
    """For ``heltal``, ``timer`` and ``tal``: bounds (inclusive)."""
    fejl_mangler: Any = ""
    """The message when a required answer is missing; a default per type otherwise."""
    vis_hvis: Betingelse | None = None
    """Ask only when this holds (it reads earlier steps' answers)."""
    lang: bool = False
    """For ``tekst``: a text area."""
    tillad_fremtid: bool = False
    """For ``dato``: a date up to a year ahead is allowed (a planned treatment)."""

    def __post_init__(self) -> None:
        if self.type not in TYPER:
            raise ValueError(f"Unknown question type {self.type!r} for {self.key!r}.")
        if self.type == VALG and not self.valg:
            raise ValueError(f"Question {self.key!r} of type valg has no choices.")

    def vises(self, svar: Mapping[str, Any], prefill: Mapping[str, Any]) -> bool:
        return self.vis_hvis is None or bool(self.vis_hvis(svar, prefill))


@dataclass(frozen=True)
class Trin:
    """One step: one topic, a few questions."""

    slug: str
    titel: Any
    spoergsmaal: tuple[Spoergsmaal, ...] = ()
    vis_hvis: Betingelse | None = None
    intro: Any = ""
    viser_prefill: bool = False
    """The step shows the data fetched from CPR above its questions."""

    def vises(self, svar: Mapping[str, Any], prefill: Mapping[str, Any]) -> bool:
        return self.vis_hvis is None or bool(self.vis_hvis(svar, prefill))

    def aktive_spoergsmaal(self, svar, prefill) -> list[Spoergsmaal]:
        return [s for s in self.spoergsmaal if s.vises(svar, prefill)]


@dataclass(frozen=True)
class Dokumentkrav:
    """A document the answers call for."""

    kategori: str
    """A ``DokumentKategori`` value."""
    tekst: Any
    vis_hvis: Betingelse | None = None

    def gaelder(self, svar, prefill) -> bool:
        return self.vis_hvis is None or bool(self.vis_hvis(svar, prefill))


@dataclass(frozen=True)
class Flow:
    ydelse: str
    titel: Any
    beskrivelse: Any
    form_version: str
    trin: tuple[Trin, ...]
    to_beregning_input: Callable[[Mapping[str, Any], Mapping[str, Any], date], dict]
    """``(svar, prefill, idag) -> dict``: the input to ``beregning.beregn``."""
    dokumentkrav: tuple[Dokumentkrav, ...] = ()
    estimat_spoergsmaal: tuple[Spoergsmaal, ...] = ()
    """The few questions of the estimator ("What could I get?")."""
    estimat_input: Callable[[Mapping[str, Any], date], dict] | None = None
    estimat_forbehold: Any = ""
    """What the estimate assumes that it does not ask about."""
    beloeb_enhed: Any = ""
    """How the amount reads: "per month" or "once"."""
    kategorier: tuple[tuple[str, Any], ...] = field(default=())
    """Document categories offered on the upload step."""

    def __post_init__(self) -> None:
        slugs = [t.slug for t in self.trin]
        if len(slugs) != len(set(slugs)):
            raise ValueError(f"Flow {self.ydelse!r} has duplicate step slugs.")
        keys = [s.key for t in self.trin for s in t.spoergsmaal]
        if len(keys) != len(set(keys)):
            raise ValueError(f"Flow {self.ydelse!r} has duplicate question keys.")
        if {"dokumenter", "tjek", "indsend"} & set(slugs):
            raise ValueError("The slugs dokumenter, tjek and indsend are reserved.")

    # --- navigation -------------------------------------------------------

    def get_trin(self, slug: str) -> Trin | None:
        return next((t for t in self.trin if t.slug == slug), None)

    def aktive_trin(self, svar, prefill) -> list[Trin]:
        """The steps shown for these answers, in order."""
        return [t for t in self.trin if t.vises(svar, prefill)]

    def skaermbilleder(self, svar, prefill) -> list[str]:
        """Every screen of the journey for these answers, the check page last
        (the receipt is not a step, as DKFDS's step indicator has it)."""
        return [t.slug for t in self.aktive_trin(svar, prefill)] + ["dokumenter", "tjek"]

    def naeste(self, slug: str, svar, prefill) -> str:
        slugs = self.skaermbilleder(svar, prefill)
        if slug in slugs:
            i = slugs.index(slug)
            return slugs[min(i + 1, len(slugs) - 1)]
        return self.foerste_ubesvarede(svar, prefill) or "dokumenter"

    def forrige(self, slug: str, svar, prefill) -> str | None:
        slugs = self.skaermbilleder(svar, prefill)
        if slug in slugs:
            i = slugs.index(slug)
            return slugs[i - 1] if i > 0 else None
        return None

    def mangler(self, trin: Trin, svar, prefill) -> bool:
        return any(s.required and svar.get(s.key) in (None, "") for s in trin.aktive_spoergsmaal(svar, prefill))

    def foerste_ubesvarede(self, svar, prefill) -> str | None:
        for t in self.aktive_trin(svar, prefill):
            if self.mangler(t, svar, prefill):
                return t.slug
        return None

    def aktive_svar(self, svar, prefill) -> dict[str, Any]:
        """Only the answers to questions that are asked for these answers;
        an answer left behind by a changed earlier answer is ignored."""
        aktive = {}
        for t in self.aktive_trin(svar, prefill):
            for s in t.aktive_spoergsmaal(svar, prefill):
                if s.key in svar:
                    aktive[s.key] = svar[s.key]
        return aktive

    def noedvendige_dokumenter(self, svar, prefill) -> list[Dokumentkrav]:
        return [d for d in self.dokumentkrav if d.gaelder(svar, prefill)]

    def manglende_dokumenter(self, svar, prefill, kategorier) -> list[Dokumentkrav]:
        """The documents the answers call for whose category is not among ``kategorier`` (those held)."""
        return [d for d in self.noedvendige_dokumenter(svar, prefill) if d.kategori not in kategorier]


# --- helpers for definitions ----------------------------------------------


def ja(key: str) -> Betingelse:
    """The answer to ``key`` is yes."""
    return lambda svar, prefill: svar.get(key) is True


def nej(key: str) -> Betingelse:
    """The answer to ``key`` is no."""
    return lambda svar, prefill: svar.get(key) is False


def alder_paa(foedselsdato: str | None, dag: date) -> int | None:
    if not foedselsdato:
        return None
    try:
        f = date.fromisoformat(foedselsdato)
    except ValueError:
        return None
    return dag.year - f.year - ((dag.month, dag.day) < (f.month, f.day))


def foedselsdato(svar: Mapping[str, Any], prefill: Mapping[str, Any]) -> str | None:
    """The corrected birth date if the citizen gave one, else CPR's."""
    return svar.get("foedselsdato") or prefill.get("foedselsdato") or None


def prefill_mangler(svar, prefill) -> bool:
    return not prefill.get("hentet")


def ret_oplysninger(svar, prefill) -> bool:
    """Show the correction step when CPR was unavailable or the citizen said
    the fetched data is wrong."""
    return prefill_mangler(svar, prefill) or svar.get("oplysninger_korrekte") is False


def beloeb(svar: Mapping[str, Any], key: str) -> str:
    value = svar.get(key)
    return str(value) if value not in (None, "") else "0.00"
