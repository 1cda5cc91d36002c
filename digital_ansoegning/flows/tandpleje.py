"""Help with dental treatment (tilskud til tandpleje, LAS § 82 a)."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext_lazy as _

from .base import (
    DATO,
    HELTAL,
    JA_NEJ,
    TAL,
    TEKST,
    Dokumentkrav,
    Flow,
    Spoergsmaal,
    Trin,
    alder_paa,
    beloeb,
    foedselsdato,
)
from .faelles import personoplysninger


def _er_25_til_29(svar, prefill) -> bool:
    alder = alder_paa(foedselsdato(svar, prefill), date.today())
    return alder is not None and 25 <= alder <= 29


def _foer_i_dag(svar) -> bool:
    try:
        return date.fromisoformat(svar.get("behandlingsdato") or "") < date.today()
    except ValueError:
        return False


def to_beregning_input(svar, prefill, idag: date) -> dict:
    data = {
        "ydelse": "tandpleje",
        # The rules and rates of the treatment's date apply, not the day the
        # application is sent (an invoice may be for last month's treatment).
        "dato": svar.get("behandlingsdato") or idag.isoformat(),
        "foedselsdato": foedselsdato(svar, prefill),
        "modtager_kontanthjaelp": bool(svar.get("modtager_kontanthjaelp")),
        "udgift": beloeb(svar, "udgift"),
        "betalt_egenbetaling_i_aar": beloeb(svar, "betalt_egenbetaling_i_aar"),
    }
    if svar.get("akut") is not None:
        data["akut"] = bool(svar["akut"])
    if svar.get("modtager_uddannelseshjaelp_uden_aktivitetstillaeg") is not None:
        data["modtager_uddannelseshjaelp_uden_aktivitetstillaeg"] = svar[
            "modtager_uddannelseshjaelp_uden_aktivitetstillaeg"
        ]
    return data


def estimat_input(svar, idag: date) -> dict:
    alder = svar["alder"]
    return {
        "ydelse": "tandpleje",
        "dato": idag.isoformat(),
        "foedselsdato": date(idag.year - alder, idag.month, 1).isoformat(),
        "modtager_kontanthjaelp": bool(svar.get("modtager_kontanthjaelp")),
        "udgift": beloeb(svar, "udgift"),
        "betalt_egenbetaling_i_aar": beloeb(svar, "betalt_egenbetaling_i_aar"),
    }


MODTAGER_KONTANTHJAELP = Spoergsmaal(
    "modtager_kontanthjaelp",
    _("Do you receive social assistance (kontanthjælp) or another benefit at the same level?"),
    JA_NEJ,
    hjaelp=_("For example uddannelseshjælp, selvforsørgelses- og hjemrejseydelse or overgangsydelse."),
    fejl_mangler=_("Choose yes if you receive social assistance or a similar benefit."),
)
UDGIFT = Spoergsmaal(
    "udgift",
    _("What does the treatment cost?"),
    TAL,
    hjaelp=_("The price on the dentist's estimate or invoice, in kroner."),
    fejl_mangler=_("Write what the treatment costs."),
)
BETALT = Spoergsmaal(
    "betalt_egenbetaling_i_aar",
    _("How much have you already paid yourself for dental treatment with help from the municipality this year?"),
    TAL,
    hjaelp=_("You pay the first 600 kroner yourself each year. Write 0 if you have not paid anything."),
    fejl_mangler=_("Write how much you have paid this year. Write 0 if you have not paid anything."),
)

AKUT = Spoergsmaal(
    "akut",
    _("Was it an acute treatment, for example because of severe pain?"),
    JA_NEJ,
    hjaelp=_("Help is normally not given for a treatment you had before you applied, unless it was acute."),
    fejl_mangler=_("Choose yes or no."),
    vis_hvis=lambda svar, prefill: _foer_i_dag(svar),
)

FLOW = Flow(
    ydelse="tandpleje",
    titel=_("Help with dental treatment"),
    beskrivelse=_("If you receive social assistance, the municipality can pay part of your dentist's bill."),
    form_version="tandpleje-2026.1",
    trin=(
        *personoplysninger(),
        Trin(
            "forsoergelse",
            _("Your income"),
            (
                MODTAGER_KONTANTHJAELP,
                Spoergsmaal(
                    "modtager_uddannelseshjaelp_uden_aktivitetstillaeg",
                    _("Do you receive education assistance (uddannelseshjælp) without an activity supplement?"),
                    JA_NEJ,
                    fejl_mangler=_("Choose yes or no."),
                    vis_hvis=lambda svar, prefill: (
                        svar.get("modtager_kontanthjaelp") is True and _er_25_til_29(svar, prefill)
                    ),
                ),
            ),
        ),
        Trin(
            "behandling",
            _("The treatment"),
            (
                Spoergsmaal(
                    "tandlaege",
                    _("Name of your dentist or clinic"),
                    TEKST,
                    fejl_mangler=_("Write the name of your dentist or clinic."),
                ),
                Spoergsmaal(
                    "behandling",
                    _("What treatment do you need?"),
                    TEKST,
                    lang=True,
                    hjaelp=_("For example a filling, a root canal or a new crown."),
                    fejl_mangler=_("Describe the treatment you need."),
                ),
                UDGIFT,
                Spoergsmaal(
                    "behandlingsdato",
                    _("When did you have the treatment, or when will you have it?"),
                    DATO,
                    hjaelp=_("The date on the invoice, or the planned date on the estimate. For example 15-01-2026."),
                    fejl_mangler=_("Write the date of the treatment."),
                    tillad_fremtid=True,
                ),
            ),
        ),
        Trin("egenbetaling", _("What you have paid"), (AKUT, BETALT)),
    ),
    to_beregning_input=to_beregning_input,
    dokumentkrav=(
        Dokumentkrav(
            "regning",
            _("The dentist's estimate or invoice showing the treatment and the price."),
        ),
    ),
    kategorier=(("regning", _("Invoice or estimate")), ("andet", _("Other documentation"))),
    estimat_spoergsmaal=(
        Spoergsmaal(
            "alder", _("How old are you?"), HELTAL, min=15, max=120, fejl_mangler=_("Write your age in years.")
        ),
        MODTAGER_KONTANTHJAELP,
        UDGIFT,
        BETALT,
    ),
    estimat_input=estimat_input,
    beloeb_enhed=_("once"),
)
