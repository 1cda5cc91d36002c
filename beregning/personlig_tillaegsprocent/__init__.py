"""Personlig tillægsprocent (pensionsloven § 31, stk. 3): the pensioner's supplement percentage.

The percentage starts at 100 and falls by 1 for each ``trin`` kroner by
which the income basis exceeds the ``fradrag`` of the year (single or
couple). Udbetaling Danmark sets the real figure; this calculation is an
estimate and never an instant decision.

Rounding of the fraction is NOT confirmed: the two published examples
(26,8 → 27 and 28,9 → 29) exclude rounding down but do not separate rounding
half up from rounding up. This module rounds half up; when rounding up would
give another percentage the result lists ``afrundingsregel`` among the
unconfirmed values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from beregning.kerne import laes
from beregning.kerne.beloeb import NUL, dansk, engelsk
from beregning.kerne.resultat import Linje, Resultat, straks_vurdering
from beregning.kerne.satser import Opslag, Sats, Satstabel, indlaes
from beregning.kerne.ydelse import Ydelse

YDELSE = Ydelse(
    navn="personlig_tillaegsprocent",
    titel="Personlig tillægsprocent",
    titel_en="Personal supplement percentage",
    skoensmaessig=False,
    hjemmel="Pensionsloven § 31, stk. 3",
)
HJEMMEL = "Pensionsloven § 31, stk. 3"
_EN = Decimal(1)


@dataclass(frozen=True, slots=True)
class PersonligTillaegsprocentInput:
    aar: int
    gift_eller_samlevende: bool
    indtaegt: Decimal
    """The year's income basis (kr.), for a couple the two together, as Udbetaling Danmark
    counts it (own work income above the bundfradrag; a spouse's AM-liable pay not counted)."""


def fra_json(data: Mapping[str, Any]) -> PersonligTillaegsprocentInput:
    return PersonligTillaegsprocentInput(
        aar=laes.tal(data, "aar", mindst=1900, hoejst=2200),
        gift_eller_samlevende=laes.sandhed(data, "gift_eller_samlevende"),
        indtaegt=laes.beloeb(data, "indtaegt"),
    )


def satstabel() -> Satstabel:
    return indlaes("personlig_tillaegsprocent", Path(__file__).parent / "satser")


def beregn(inp: PersonligTillaegsprocentInput) -> Resultat:
    """The percentage for ``inp.aar`` (pensionsloven § 31, stk. 3)."""
    dag = dt.date(inp.aar, 1, 1)
    fil = satstabel().gaeldende(dag)
    opslag = Opslag(fil, dag)
    hvem = "par" if inp.gift_eller_samlevende else "enlig"
    fradrag = opslag.v(f"fradrag_{hvem}")
    trin = opslag.v(f"trin_{hvem}")
    over = max(inp.indtaegt - fradrag, NUL)
    kvotient = over / trin
    nedsaettelse = int(kvotient.quantize(_EN, rounding=ROUND_HALF_UP))
    alternativ = int(kvotient.quantize(_EN, rounding=ROUND_CEILING))
    procent = max(0, 100 - nedsaettelse)
    ubekraeftede = opslag.ubekraeftede()
    if max(0, 100 - alternativ) != procent:
        ubekraeftede.append(
            Sats(
                navn="afrundingsregel",
                vaerdi=Decimal(nedsaettelse),
                enhed="procentpoint",
                hjemmel=HJEMMEL,
                kilde="borger.dk (eksemplerne 26,8 -> 27 og 28,9 -> 29 udelukker kun nedrunding)",
                sikkerhed="ukendt",
                gyldig_fra=dag,
                note=f"Oprunding ville give {max(0, 100 - alternativ)} %.",
            )
        )
    kvot_tekst = f"{kvotient.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}"
    linjer = [
        Linje(
            f"Indtægtsgrundlag {dansk(inp.indtaegt)} over fradragsbeløbet {dansk(fradrag)}",
            f"Income basis {engelsk(inp.indtaegt)} above the deduction {engelsk(fradrag)}",
            over,
            HJEMMEL,
        ),
        Linje(
            f"{dansk(over)} / {dansk(trin)} = {kvot_tekst.replace('.', ',')}; procenten nedsættes med {nedsaettelse}",
            f"{engelsk(over)} / {engelsk(trin)} = {kvot_tekst}; the percentage is reduced by {nedsaettelse}",
            None,
            HJEMMEL,
        ),
        Linje(f"Personlig tillægsprocent: {procent} %", f"Personal supplement percentage: {procent} %", None, HJEMMEL),
    ]
    berettiget = procent > 0
    return Resultat(
        ydelse=YDELSE.navn,
        berettiget=berettiget,
        beloeb=NUL,
        procent=procent,
        linjer=linjer,
        versioner=fil.versioner,
        straks_afgoerelse=straks_vurdering(
            skoensmaessig=YDELSE.skoensmaessig,
            berettiget=berettiget,
            manglende_input=[],
            ubekraeftede=ubekraeftede,
            andre_grunde=[
                (
                    "den personlige tillægsprocent fastsættes af Udbetaling Danmark; beregningen er vejledende",
                    "the personal supplement percentage is set by Udbetaling Danmark; the calculation is an estimate",
                )
            ],
        ),
        ubekraeftede_satser=ubekraeftede,
    )


__all__ = ["YDELSE", "PersonligTillaegsprocentInput", "beregn", "fra_json", "satstabel"]
