"""Tilskud til tandpleje (LAS § 82 a) for people on kontanthjælp-level benefits.

Each calendar year the person pays the first 600 kr. (egenbetaling). Above
that the kommune pays 100 % for people under 25 and 65 % from 25. Before
1 July 2025 people aged 25-29 on uddannelseshjælp without aktivitets- or
barselstillæg (and on SHO-/overgangsydelse) also got 100 %. How the reform
re-worded that group was NOT found. From 1 July 2025 a 25-29-year-old is
calculated at the 65 % that § 82 a gives everyone from 25 (the least the
person is entitled to), with a reason line saying that a 100 % rule may
apply; that always blocks an instant decision, so a caseworker decides.

Treatment plans above 10.000 kr. need the kommune's prior approval (a
necessity assessment), so they never get an instant decision.

Instant decisions rest on verified facts only (``kilder``): that the person
receives a benefit at kontanthjælp level must come from this system's own
granted cases or a register, and the cost from the dentist's invoice or
estimate uploaded with the application. A citizen's own word decides
nothing. A treatment had before the application (``dato`` before
``ansoegningsdato``) is normally not covered: help is not given for expenses
the person took on before applying (LAS § 88), unless the treatment was
acute, which a caseworker assesses.
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
from beregning.kerne.periode import alder
from beregning.kerne.resultat import Linje, Resultat, straks_vurdering
from beregning.kerne.satser import Opslag, Satstabel, indlaes
from beregning.kerne.ydelse import Ydelse

YDELSE = Ydelse(
    navn="tandpleje",
    titel="Tilskud til tandpleje",
    titel_en="Dental care subsidy",
    skoensmaessig=False,
    hjemmel="LAS § 82 a",
)
HJEMMEL = "LAS § 82 a"
VERIFICEREDE_KILDER = frozenset({"register", "dokument", "egen_sag"})
"""Where a fact may come from to decide an instant verdict; ``"borger"`` (the
citizen's own answer) is not among them."""
AFGOERENDE_FAKTA = ("modtager_kontanthjaelp", "udgift")


@dataclass(frozen=True, slots=True)
class TandplejeInput:
    dato: dt.date
    foedselsdato: dt.date
    modtager_kontanthjaelp: bool
    """Receives kontanthjælp or another benefit at kontanthjælp level."""
    udgift: Decimal
    """The cost of the treatment (plan)."""
    betalt_egenbetaling_i_aar: Decimal
    """Own payment already made this calendar year under § 82 a."""
    modtager_uddannelseshjaelp_uden_aktivitetstillaeg: bool | None = None
    """Before 1 July 2025, ages 25-29 only: the 100 % group."""
    kilder: Mapping[str, str] | None = None
    """Where each deciding fact came from: ``register``, ``dokument`` (an
    uploaded invoice or estimate), ``egen_sag`` (this system's granted case) or
    ``borger`` (the citizen's word). Missing: nothing is verified."""
    ansoegningsdato: dt.date | None = None
    """The day the application was made (LAS § 88)."""
    akut: bool | None = None
    """The treatment was acute (e.g. severe pain), for a treatment before the application."""


def fra_json(data: Mapping[str, Any]) -> TandplejeInput:
    return TandplejeInput(
        dato=laes.dato(data, "dato"),
        foedselsdato=laes.dato(data, "foedselsdato"),
        modtager_kontanthjaelp=laes.sandhed(data, "modtager_kontanthjaelp"),
        udgift=laes.beloeb(data, "udgift"),
        betalt_egenbetaling_i_aar=laes.beloeb(data, "betalt_egenbetaling_i_aar"),
        modtager_uddannelseshjaelp_uden_aktivitetstillaeg=laes.valgfri_sandhed(
            data, "modtager_uddannelseshjaelp_uden_aktivitetstillaeg"
        ),
        kilder=laes.kilder(data),
        ansoegningsdato=laes.dato(data, "ansoegningsdato") if data.get("ansoegningsdato") else None,
        akut=laes.valgfri_sandhed(data, "akut"),
    )


_UBEKRAEFTET_TEKST = {
    "modtager_kontanthjaelp": (
        "det er ikke bekræftet, at ansøgeren får kontanthjælp eller en ydelse på samme niveau: "
        "det er kun oplyst af ansøgeren selv og ikke fundet i kommunens sager eller registre",
        "it is not confirmed that the applicant receives social assistance or a benefit at the "
        "same level: only the applicant says so, and it is not found in the municipality's "
        "cases or registers",
    ),
    "udgift": (
        "tandlægens regning eller overslag er ikke vedlagt, så prisen er ikke dokumenteret",
        "the dentist's invoice or estimate is not attached, so the price is not documented",
    ),
}


def _ubekraeftede_fakta(inp: TandplejeInput) -> list[tuple[str, str]]:
    kilder = inp.kilder or {}
    return [_UBEKRAEFTET_TEKST[fakta] for fakta in AFGOERENDE_FAKTA if kilder.get(fakta) not in VERIFICEREDE_KILDER]


def satstabel() -> Satstabel:
    return indlaes("tandpleje", Path(__file__).parent / "satser")


def beregn(inp: TandplejeInput) -> Resultat:
    """The subsidy for one treatment on ``inp.dato`` (LAS § 82 a)."""
    fil = satstabel().gaeldende(inp.dato)
    opslag = Opslag(fil, inp.dato)
    aar = alder(inp.foedselsdato, inp.dato)
    linjer: list[Linje] = []
    mangler: list[str] = []
    andre: list[tuple[str, str]] = []
    berettiget = True
    if not inp.modtager_kontanthjaelp:
        berettiget = False
        linjer.append(
            Linje(
                "Tilskud efter § 82 a forudsætter en ydelse på kontanthjælpsniveau",
                "A subsidy under § 82 a requires a benefit at social-assistance level",
                None,
                HJEMMEL,
            )
        )
    if aar < 18:
        berettiget = False
        linjer.append(
            Linje(
                "Under 18 år er tandpleje omfattet af børnetandplejen",
                "Under 18, dental care is covered by the child dental service",
                None,
                HJEMMEL,
            )
        )
    beloeb = NUL
    if berettiget:
        if aar < 25:
            pct = opslag.sats("tilskud_under_25")
        elif aar < 30:
            if "tilskud_25_29_uddannelseshjaelp" in fil.satser:
                if inp.modtager_uddannelseshjaelp_uden_aktivitetstillaeg is None:
                    mangler.append("modtager_uddannelseshjaelp_uden_aktivitetstillaeg")
                    linjer.append(
                        Linje(
                            "Tilskuddet er 100 %, hvis ansøgeren får uddannelseshjælp uden "
                            "aktivitetstillæg; det er ikke oplyst, så der er regnet med 65 %",
                            "The subsidy is 100 % if the applicant gets education assistance "
                            "without activity supplement; this is not stated, so 65 % is used",
                            None,
                            HJEMMEL,
                        )
                    )
                if inp.modtager_uddannelseshjaelp_uden_aktivitetstillaeg:
                    pct = opslag.sats("tilskud_25_29_uddannelseshjaelp")
                else:
                    pct = opslag.sats("tilskud_fra_25")
            else:
                pct = opslag.sats("tilskud_fra_25")
                andre.append(
                    (
                        "reglen om 100 % tilskud til nogle på 25-29 år efter 1. juli 2025 er ikke "
                        "fundet; en sagsbehandler vurderer, om den gælder",
                        "the rule of a 100 % subsidy for some aged 25-29 after 1 July 2025 was not "
                        "found; a caseworker assesses whether it applies",
                    )
                )
                linjer.append(
                    Linje(
                        "Der er regnet med 65 %, som gælder alle fra 25 år. Nogle på 25-29 år kan "
                        "have ret til 100 %; det vurderer sagsbehandleren",
                        "65 % is used, which applies to everyone from 25. Some aged 25-29 may be "
                        "entitled to 100 %; the caseworker assesses this",
                        None,
                        HJEMMEL,
                    )
                )
        else:
            pct = opslag.sats("tilskud_fra_25")
        egen_aar = opslag.sats("egenbetaling_aar")
        rest = max(egen_aar.vaerdi - inp.betalt_egenbetaling_i_aar, NUL)
        egen = min(inp.udgift, rest)
        grundlag = inp.udgift - egen
        beloeb = afrund(grundlag * pct.vaerdi / HUNDREDE)
        linjer.append(Linje("Udgift til tandbehandling", "Cost of dental treatment", inp.udgift, HJEMMEL))
        linjer.append(
            Linje(
                f"Egenbetaling (rest af årets {dansk(egen_aar.vaerdi)})",
                f"Own payment (rest of the year's {engelsk(egen_aar.vaerdi)})",
                -egen,
                egen_aar.hjemmel,
            )
        )
        linjer.append(
            Linje(
                f"Tilskud: {pct.vaerdi} % af {dansk(grundlag)}",
                f"Subsidy: {pct.vaerdi} % of {engelsk(grundlag)}",
                beloeb,
                pct.hjemmel,
            )
        )
        graense = opslag.sats("forhaandsgodkendelse_over")
        if inp.udgift > graense.vaerdi:
            andre.append(
                (
                    f"behandlinger over {dansk(graense.vaerdi)} kræver kommunens forhåndsgodkendelse",
                    f"treatment above {engelsk(graense.vaerdi)} needs the kommune's prior approval",
                )
            )
            linjer.append(
                Linje(
                    f"Behandlingen overstiger {dansk(graense.vaerdi)} og kræver forhåndsgodkendelse",
                    f"The treatment exceeds {engelsk(graense.vaerdi)} and needs prior approval",
                    None,
                    graense.hjemmel,
                )
            )
        if inp.ansoegningsdato is not None and inp.dato < inp.ansoegningsdato:
            if inp.akut:
                andre.append(
                    (
                        "behandlingen er sket før ansøgningen; den var akut, og det vurderer en sagsbehandler",
                        "the treatment took place before the application; it was acute, which a caseworker assesses",
                    )
                )
                linjer.append(
                    Linje(
                        "Akut behandling før ansøgningen: en sagsbehandler vurderer, om udgiften dækkes",
                        "Acute treatment before the application: a caseworker assesses whether the cost is covered",
                        None,
                        "LAS § 88",
                    )
                )
            else:
                andre.append(
                    (
                        "behandlingen er sket før ansøgningen, og der gives normalt ikke hjælp til "
                        "udgifter, man har påtaget sig, før man søgte",
                        "the treatment took place before the application, and help is normally not "
                        "given for costs taken on before applying",
                    )
                )
                linjer.append(
                    Linje(
                        "Behandlingen er sket før ansøgningen. Der gives normalt ikke hjælp til "
                        "udgifter, man har påtaget sig, før man søgte; en sagsbehandler vurderer det",
                        "The treatment took place before the application. Help is normally not given "
                        "for costs taken on before applying; a caseworker assesses this",
                        None,
                        "LAS § 88",
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
            skoensmaessig=YDELSE.skoensmaessig,
            berettiget=berettiget,
            manglende_input=mangler,
            ubekraeftede=ubekraeftede,
            andre_grunde=andre,
        ),
        ubekraeftede_satser=ubekraeftede,
    )


__all__ = ["YDELSE", "TandplejeInput", "beregn", "fra_json", "satstabel"]
