"""Danish and English formatting of amounts, dates and times for letters.

Done here rather than through Django's locale formats so that a letter looks
the same whatever ``USE_THOUSAND_SEPARATOR`` and format modules say, and so
that the rules are tested in one place.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import timezone

MAANEDER = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

_TO_DECIMALER = Decimal("0.01")


def til_decimal(vaerdi: Decimal | int | str) -> Decimal:
    """An amount as a Decimal rounded to øre.

    Accepts ``Decimal``, ``int`` and strings in Python notation ("12326.00").
    Floats are refused (binary fractions have no place in money), and so are
    strings in Danish notation ("12.326,00"), which are ambiguous.
    """
    if isinstance(vaerdi, bool) or isinstance(vaerdi, float):
        raise ValueError(f"amount must be Decimal, int or str, not {type(vaerdi).__name__}")
    if isinstance(vaerdi, Decimal):
        tal = vaerdi
    elif isinstance(vaerdi, int):
        tal = Decimal(vaerdi)
    elif isinstance(vaerdi, str):
        tekst = vaerdi.strip()
        if "," in tekst:
            raise ValueError(f"amount {vaerdi!r}: use Python notation, e.g. '12326.00'")
        try:
            tal = Decimal(tekst)
        except InvalidOperation:
            raise ValueError(f"amount {vaerdi!r} is not a number") from None
    else:
        raise ValueError(f"amount must be Decimal, int or str, not {type(vaerdi).__name__}")
    if not tal.is_finite():
        raise ValueError(f"amount {vaerdi!r} is not finite")
    return tal.quantize(_TO_DECIMALER, rounding=ROUND_HALF_UP)


def _grupper(heltal: str, separator: str) -> str:
    grupper = []
    while len(heltal) > 3:
        grupper.insert(0, heltal[-3:])
        heltal = heltal[:-3]
    grupper.insert(0, heltal)
    return separator.join(grupper)


def formater_beloeb(vaerdi: Decimal | int | str, sprog: str, *, hele_kroner: bool = False) -> str:
    """``12.326,00 kr.`` in Danish, ``DKK 12,326.00`` in English; with
    ``hele_kroner`` rounded (half up) to ``12.326 kr.`` / ``DKK 12,326``, for
    an estimate, which is not exact to the øre.

    A negative amount gets a leading minus sign (U+2212 would not survive a
    copy into most case systems, so it is the ASCII hyphen-minus).
    """
    tal = til_decimal(vaerdi)
    fortegn = "-" if tal < 0 else ""
    if hele_kroner:
        heltal = str(abs(tal).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
        if sprog == "da":
            return f"{fortegn}{_grupper(heltal, '.')}\u00a0kr."
        return f"DKK\u00a0{fortegn}{_grupper(heltal, ',')}"
    heltal, decimaler = f"{abs(tal):.2f}".split(".")
    if sprog == "da":
        return f"{fortegn}{_grupper(heltal, '.')},{decimaler}\u00a0kr."
    return f"DKK\u00a0{fortegn}{_grupper(heltal, ',')}.{decimaler}"


def formater_dato(dato: dt.date, sprog: str) -> str:
    """``23. november 2026`` in Danish, ``23 November 2026`` in English."""
    if isinstance(dato, dt.datetime):
        dato = _lokal(dato).date()
    if not isinstance(dato, dt.date):
        raise ValueError(f"expected a date, got {type(dato).__name__}")
    maaned = MAANEDER[sprog][dato.month - 1]
    if sprog == "da":
        return f"{dato.day}. {maaned} {dato.year}"
    return f"{dato.day} {maaned} {dato.year}"


def formater_tidspunkt(tidspunkt: dt.datetime, sprog: str) -> str:
    """``23. november 2026 kl. 14.05`` / ``23 November 2026 at 14:05``.

    An aware datetime is shown in the current time zone (Europe/Copenhagen in
    this project); a naive one is taken as already local.
    """
    if not isinstance(tidspunkt, dt.datetime):
        raise ValueError(f"expected a datetime, got {type(tidspunkt).__name__}")
    lokal = _lokal(tidspunkt)
    dato = formater_dato(lokal.date(), sprog)
    if sprog == "da":
        return f"{dato} kl.\u00a0{lokal:%H.%M}"
    return f"{dato} at {lokal:%H:%M}"


def _lokal(tidspunkt: dt.datetime) -> dt.datetime:
    if timezone.is_aware(tidspunkt):
        return timezone.localtime(tidspunkt)
    return tidspunkt


def afsnit(tekst: str | None) -> list[list[str]]:
    """Plain text split into paragraphs (at blank lines), each a list of lines.

    The template renders every line with autoescaping, so markup in the text
    stays text.
    """
    if not tekst:
        return []
    tekst = str(tekst).replace("\r\n", "\n").replace("\r", "\n")
    resultat = []
    blok: list[str] = []
    for linje in tekst.split("\n"):
        if linje.strip():
            blok.append(linje.strip())
        elif blok:
            resultat.append(blok)
            blok = []
    if blok:
        resultat.append(blok)
    return resultat
