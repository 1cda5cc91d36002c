"""Helbredstillæg (pensionsloven § 14 a; § 31, stk. 3).

The supplement is 85 % of the pensioner's own share of an expense (after
the public subsidy under the sundhedslov and any private insurance),
multiplied by the personal supplement percentage. It is paid only when the
liquid assets on 1 January (single, or a couple together) are below the
year's limit.

Only folkepensionister and førtidspensionister granted under the rules
before 2003 can get it (star.dk).

Instant decisions rest on verified facts only (``kilder``): that the person
receives such a pension, the personal supplement percentage and the liquid
assets come from Udbetaling Danmark's register (``register``), the own share
from the invoice or estimate uploaded with the application (``dokument``).
A citizen's own word decides nothing.

Almindeligt helbredstillæg is rule-based. Udvidet helbredstillæg (dentures,
glasses, foot care without a subsidy) must be applied for before ordering and
rests on an assessment of necessity: never an instant decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from beregning.kerne import laes
from beregning.kerne.beloeb import HUNDREDE, NUL, afrund, dansk, engelsk
from beregning.kerne.resultat import Linje, Resultat, straks_vurdering
from beregning.kerne.satser import Opslag, Satstabel, indlaes
from beregning.kerne.ydelse import Ydelse

YDELSE = Ydelse(
    navn="helbredstillaeg",
    titel="Helbredstillæg",
    titel_en="Health supplement for pensioners",
    skoensmaessig=False,
    hjemmel="Pensionsloven § 14 a",
)
VERIFICEREDE_KILDER = frozenset({"register", "dokument"})
"""Where a fact may come from to decide an instant verdict; ``"borger"`` (the
citizen's own answer) is not among them."""
AFGOERENDE_FAKTA = ("modtager_pension", "personlig_tillaegsprocent", "likvid_formue", "egenbetaling")


@dataclass(frozen=True, slots=True)
class HelbredstillaegInput:
    dato: dt.date
    personlig_tillaegsprocent: int
    likvid_formue: Decimal
    """Liquid assets on 1 January of the year (a couple's together)."""
    egenbetaling: Decimal
    """The pensioner's own share after public subsidy and insurance."""
    udvidet: bool = False
    """Udvidet helbredstillæg (needs prior application and an assessment of necessity)."""
    modtager_pension: bool | None = None
    """Receives folkepension or førtidspension under the rules before 2003;
    ``None``: not known (the estimator), assumed."""
    kilder: Mapping[str, str] | None = None
    """Where each deciding fact came from: ``register`` (Udbetaling Danmark),
    ``dokument`` (an uploaded invoice or estimate) or ``borger`` (the
    citizen's word). Missing: nothing is verified."""


def fra_json(data: Mapping[str, Any]) -> HelbredstillaegInput:
    return HelbredstillaegInput(
        dato=laes.dato(data, "dato"),
        personlig_tillaegsprocent=laes.tal(data, "personlig_tillaegsprocent", hoejst=100),
        likvid_formue=laes.beloeb(data, "likvid_formue"),
        egenbetaling=laes.beloeb(data, "egenbetaling"),
        udvidet=bool(laes.valgfri_sandhed(data, "udvidet", "", False)),
        modtager_pension=laes.valgfri_sandhed(data, "modtager_pension"),
        kilder=laes.kilder(data),
    )


_UBEKRAEFTET_TEKST = {
    "modtager_pension": (
        "det er ikke bekræftet af Udbetaling Danmark, at ansøgeren får folkepension eller "
        "førtidspension efter reglerne fra før 2003",
        "Udbetaling Danmark has not confirmed that the applicant receives a state pension or a "
        "disability pension under the rules from before 2003",
    ),
    "personlig_tillaegsprocent": (
        "den personlige tillægsprocent er kun oplyst af ansøgeren selv og ikke hentet fra Udbetaling Danmark",
        "the personal supplement percentage is only stated by the applicant and not fetched from Udbetaling Danmark",
    ),
    "likvid_formue": (
        "den likvide formue pr. 1. januar er kun oplyst af ansøgeren selv og ikke hentet fra Udbetaling Danmark",
        "the liquid assets on 1 January are only stated by the applicant and not fetched from Udbetaling Danmark",
    ),
    "egenbetaling": (
        "regningen eller overslaget er ikke vedlagt, så egenbetalingen er ikke dokumenteret",
        "the invoice or estimate is not attached, so the own share is not documented",
    ),
}


def _ubekraeftede_fakta(inp: HelbredstillaegInput) -> list[tuple[str, str]]:
    kilder = inp.kilder or {}
    return [_UBEKRAEFTET_TEKST[fakta] for fakta in AFGOERENDE_FAKTA if kilder.get(fakta) not in VERIFICEREDE_KILDER]


def satstabel() -> Satstabel:
    return indlaes("helbredstillaeg", Path(__file__).parent / "satser")


def beregn(inp: HelbredstillaegInput) -> Resultat:
    """The supplement for one expense on ``inp.dato``."""
    fil = satstabel().gaeldende(inp.dato)
    opslag = Opslag(fil, inp.dato)
    graense = opslag.sats("formuegraense")
    daekning = opslag.sats("daekningsprocent")
    linjer: list[Linje] = []
    andre: list[tuple[str, str]] = []
    if inp.udvidet:
        andre.append(
            (
                "udvidet helbredstillæg kræver forudgående ansøgning og en vurdering af nødvendighed",
                "the extended health supplement requires prior application and an assessment of necessity",
            )
        )
    berettiget = True
    if inp.modtager_pension is False:
        berettiget = False
        linjer.append(
            Linje(
                "Helbredstillæg forudsætter folkepension eller førtidspension efter reglerne fra før 2003",
                "The health supplement requires a state pension or a disability pension under the rules "
                "from before 2003",
                None,
                YDELSE.hjemmel,
            )
        )
    if inp.likvid_formue >= graense.vaerdi:
        berettiget = False
        linjer.append(
            Linje(
                f"Den likvide formue på {dansk(inp.likvid_formue)} er ikke under grænsen på {dansk(graense.vaerdi)}",
                f"Liquid assets of {engelsk(inp.likvid_formue)} are not below the limit of {engelsk(graense.vaerdi)}",
                None,
                graense.hjemmel,
            )
        )
    else:
        linjer.append(
            Linje(
                f"Den likvide formue på {dansk(inp.likvid_formue)} er under grænsen på {dansk(graense.vaerdi)}",
                f"Liquid assets of {engelsk(inp.likvid_formue)} are below the limit of {engelsk(graense.vaerdi)}",
                None,
                graense.hjemmel,
            )
        )
    if inp.personlig_tillaegsprocent == 0:
        berettiget = False
        linjer.append(
            Linje(
                "Den personlige tillægsprocent er 0; der ydes ikke helbredstillæg",
                "The personal supplement percentage is 0; no health supplement",
                None,
                "Pensionsloven § 31, stk. 3",
            )
        )
    beloeb = NUL
    if berettiget:
        fuld = inp.egenbetaling * daekning.vaerdi / HUNDREDE
        beloeb = afrund(fuld * inp.personlig_tillaegsprocent / HUNDREDE)
        linjer.append(
            Linje(
                "Egenbetaling efter offentligt tilskud og forsikring",
                "Own share after public subsidy and insurance",
                inp.egenbetaling,
                daekning.hjemmel,
            )
        )
        linjer.append(
            Linje(
                f"{daekning.vaerdi} % af egenbetalingen",
                f"{daekning.vaerdi} % of the own share",
                afrund(fuld),
                daekning.hjemmel,
            )
        )
        linjer.append(
            Linje(
                f"Helbredstillæg ved personlig tillægsprocent {inp.personlig_tillaegsprocent} %",
                f"Health supplement at personal supplement percentage {inp.personlig_tillaegsprocent} %",
                beloeb,
                "Pensionsloven § 31, stk. 3",
            )
        )
        linjer.append(
            Linje(
                "Din egen betaling efter helbredstillæg",
                "Your own payment after the health supplement",
                inp.egenbetaling - beloeb,
                daekning.hjemmel,
            )
        )
    if berettiget:
        andre.extend(_ubekraeftede_fakta(inp))
    ubekraeftede = opslag.ubekraeftede()
    return Resultat(
        ydelse=YDELSE.navn,
        berettiget=berettiget,
        beloeb=beloeb,
        linjer=linjer,
        versioner=fil.versioner,
        straks_afgoerelse=straks_vurdering(
            skoensmaessig=YDELSE.skoensmaessig or inp.udvidet,
            berettiget=berettiget,
            manglende_input=[],
            ubekraeftede=ubekraeftede,
            andre_grunde=andre,
        ),
        ubekraeftede_satser=ubekraeftede,
    )


__all__ = ["YDELSE", "HelbredstillaegInput", "beregn", "fra_json", "satstabel"]
