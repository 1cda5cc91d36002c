"""The catalogue entry that describes one benefit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Ydelse:
    """One benefit in the catalogue shown in the UI."""

    navn: str
    """Machine name, the value of ``"ydelse"`` in the JSON input."""
    titel: str
    """Danish title."""
    titel_en: str
    """English title."""
    skoensmaessig: bool
    """True when the benefit rests on discretion; such a benefit never gets an instant decision."""
    hjemmel: str
    """The law it rests on."""
