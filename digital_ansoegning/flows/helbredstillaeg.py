"""Health supplement for pensioners (helbredstillæg, pensionsloven § 14 a)."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext_lazy as _

from .base import HELTAL, TAL, VALG, Dokumentkrav, Flow, Spoergsmaal, Trin, beloeb
from .faelles import personoplysninger

UDGIFTER = (
    ("medicin", _("Medicine")),
    ("tandpleje", _("Dental treatment")),
    ("fysioterapi", _("Physiotherapy")),
    ("fodbehandling", _("Chiropody")),
    ("briller", _("Glasses")),
    ("andet", _("Something else")),
)

TILLAEGSPROCENT = Spoergsmaal(
    "personlig_tillaegsprocent",
    _("Your personal supplement percentage"),
    HELTAL,
    min=0,
    max=100,
    hjaelp=_("It is on your pension statement from Udbetaling Danmark. Write a number from 0 to 100."),
    fejl_mangler=_("Write your personal supplement percentage, a number from 0 to 100."),
)
EGENBETALING = Spoergsmaal(
    "egenbetaling",
    _("What do you pay yourself?"),
    TAL,
    hjaelp=_("Your own share after the public subsidy and any insurance, in kroner."),
    fejl_mangler=_("Write what you pay yourself."),
)
FORMUE = Spoergsmaal(
    "likvid_formue",
    _("How much did you have in cash and in the bank on 1 January?"),
    TAL,
    hjaelp=_("Include shares and bonds. If you are married or cohabiting, include your partner's."),
    fejl_mangler=_("Write your liquid assets. Write 0 if you had none."),
)


def to_beregning_input(svar, prefill, idag: date) -> dict:
    return {
        "ydelse": "helbredstillaeg",
        "dato": idag.isoformat(),
        "personlig_tillaegsprocent": svar.get("personlig_tillaegsprocent"),
        "likvid_formue": beloeb(svar, "likvid_formue"),
        "egenbetaling": beloeb(svar, "egenbetaling"),
    }


def estimat_input(svar, idag: date) -> dict:
    return to_beregning_input(svar, {}, idag)


FLOW = Flow(
    ydelse="helbredstillaeg",
    titel=_("Health supplement for pensioners"),
    beskrivelse=_("If you receive a pension, you can get help paying for medicine, dentist and other treatment."),
    form_version="helbredstillaeg-2026.1",
    trin=(
        *personoplysninger(),
        Trin("pension", _("Your pension"), (TILLAEGSPROCENT,)),
        Trin(
            "udgift",
            _("The expense"),
            (
                Spoergsmaal(
                    "udgiftstype",
                    _("What is the expense for?"),
                    VALG,
                    valg=UDGIFTER,
                    fejl_mangler=_("Choose what the expense is for."),
                ),
                EGENBETALING,
            ),
        ),
        Trin("formue", _("Your savings"), (FORMUE,)),
    ),
    to_beregning_input=to_beregning_input,
    dokumentkrav=(Dokumentkrav("regning", _("The invoice or estimate showing the price and your own share.")),),
    kategorier=(
        ("regning", _("Invoice or estimate")),
        ("kontoudtog", _("Bank statement")),
        ("andet", _("Other documentation")),
    ),
    estimat_spoergsmaal=(TILLAEGSPROCENT, EGENBETALING, FORMUE),
    estimat_input=estimat_input,
    beloeb_enhed=_("once"),
)
