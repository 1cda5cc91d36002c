"""Social assistance (kontanthjælp, lov om aktiv socialpolitik kapitel 4)."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext_lazy as _

from .base import (
    DATO,
    HELTAL,
    JA_NEJ,
    TAL,
    TIMER,
    VALG,
    Dokumentkrav,
    Flow,
    Spoergsmaal,
    Trin,
    beloeb,
    foedselsdato,
    ja,
)
from .faelles import personoplysninger

AKTIVITETSPARAT = (
    ("ja", _("Yes")),
    ("nej", _("No")),
    ("ved_ikke", _("I do not know yet")),
)


def _civilstand(svar, prefill) -> str:
    return svar.get("civilstand") or prefill.get("civilstand") or ""


def er_gift(svar, prefill) -> bool:
    return _civilstand(svar, prefill) == "gift"


def _har_indtaegt(svar, prefill) -> bool:
    return svar.get("har_arbejdsindtaegt") is True or svar.get("har_anden_indtaegt") is True


def _boern(svar, prefill, idag: date) -> list[dict]:
    boern = [{"foedselsdato": b["foedselsdato"]} for b in prefill.get("boern", [])]
    antal = svar.get("antal_boern")
    if antal is None or svar.get("oplysninger_korrekte") is not False and prefill.get("hentet"):
        return boern
    # A corrected number of children: keep CPR's as far as they go; a child
    # CPR does not know is counted as under 18 until the caseworker checks.
    boern = boern[:antal]
    ukendt = date(idag.year - 1, idag.month, 1).isoformat()
    return boern + [{"foedselsdato": ukendt}] * (antal - len(boern))


def _aktivitetsparat(svar):
    return {"ja": True, "nej": False}.get(svar.get("aktivitetsparat"))


def _aegtefaelle(*, foedselsdato, arbejdsindtaegt, arbejdstimer=0, anden_indtaegt="0.00") -> dict:
    """The spouse in the calculation input. The application asks the spouse's
    income, not the spouse's own conditions, so those are taken as met (the
    caseworker checks them)."""
    return {
        "foedselsdato": foedselsdato,
        "bor_hos_foraeldre": False,
        "erhvervskompetencegivende_uddannelse": True,
        "opfylder_opholdskrav": True,
        "opfylder_beskaeftigelseskrav": True,
        "har_2_5_aars_fuldtidsbeskaeftigelse": True,
        "aktivitetsparat": None,
        "arbejdsindtaegt": arbejdsindtaegt,
        "arbejdstimer": arbejdstimer,
        "anden_indtaegt": anden_indtaegt,
        "formue": "0.00",
    }


def to_beregning_input(svar, prefill, idag: date) -> dict:
    har_arbejde = svar.get("har_arbejdsindtaegt") is True
    ansoeger = {
        "foedselsdato": foedselsdato(svar, prefill),
        "bor_hos_foraeldre": bool(svar.get("bor_hos_foraeldre")),
        "erhvervskompetencegivende_uddannelse": bool(svar.get("uddannelse")),
        "opfylder_opholdskrav": bool(svar.get("opfylder_opholdskrav")),
        # The beskæftigelseskrav (2½ years' full-time work in 10 years) applies
        # only to people who came to Denmark from abroad (from 1968 on); for
        # everyone else it is met (LAS § 11, from 1 July 2025).
        "opfylder_beskaeftigelseskrav": (
            svar.get("kommet_til_danmark") is False or bool(svar.get("fuldtidsarbejde_2_5_aar"))
        ),
        "har_2_5_aars_fuldtidsbeskaeftigelse": bool(svar.get("fuldtidsarbejde_2_5_aar")),
        "aktivitetsparat": _aktivitetsparat(svar),
        "arbejdsindtaegt": beloeb(svar, "arbejdsindtaegt") if har_arbejde else "0.00",
        "arbejdstimer": svar.get("arbejdstimer", 0) if har_arbejde else 0,
        "anden_indtaegt": (beloeb(svar, "anden_indtaegt") if svar.get("har_anden_indtaegt") is True else "0.00"),
        "formue": beloeb(svar, "formue"),
    }
    aegtefaelle = None
    if er_gift(svar, prefill):
        aegtefaelle = _aegtefaelle(
            foedselsdato=svar.get("aegtefaelle_foedselsdato"),
            arbejdsindtaegt=beloeb(svar, "aegtefaelle_arbejdsindtaegt"),
            arbejdstimer=svar.get("aegtefaelle_arbejdstimer", 0),
            anden_indtaegt=beloeb(svar, "aegtefaelle_anden_indtaegt"),
        )
    return {
        "ydelse": "kontanthjaelp",
        "maaned": idag.strftime("%Y-%m"),
        "ansoeger": ansoeger,
        "aegtefaelle": aegtefaelle,
        "boern": _boern(svar, prefill, idag),
        "samlevende": aegtefaelle is None and bool(svar.get("samlevende")),
    }


def estimat_input(svar, idag: date) -> dict:
    alder = svar["alder"]
    return {
        "ydelse": "kontanthjaelp",
        "maaned": idag.strftime("%Y-%m"),
        "ansoeger": {
            "foedselsdato": date(idag.year - alder, idag.month, 1).isoformat(),
            "bor_hos_foraeldre": bool(svar.get("bor_hos_foraeldre")),
            "erhvervskompetencegivende_uddannelse": True,
            "opfylder_opholdskrav": True,
            "opfylder_beskaeftigelseskrav": True,
            "har_2_5_aars_fuldtidsbeskaeftigelse": True,
            "aktivitetsparat": None,
            "arbejdsindtaegt": beloeb(svar, "arbejdsindtaegt"),
            "arbejdstimer": 0,
            "anden_indtaegt": "0.00",
            "formue": beloeb(svar, "formue"),
        },
        # A married couple is calculated together; the estimate takes the spouse
        # as the applicant's age, meeting the same requirements, with the income given.
        "aegtefaelle": (
            _aegtefaelle(
                foedselsdato=date(idag.year - alder, idag.month, 1).isoformat(),
                arbejdsindtaegt=beloeb(svar, "aegtefaelle_arbejdsindtaegt"),
            )
            if svar.get("gift")
            else None
        ),
        "boern": [{"foedselsdato": date(idag.year - 5, 1, 1).isoformat()}] * (svar.get("antal_boern") or 0),
    }


ALDER = Spoergsmaal("alder", _("How old are you?"), HELTAL, min=15, max=120, fejl_mangler=_("Write your age in years."))
BOR_HOS_FORAELDRE = Spoergsmaal(
    "bor_hos_foraeldre",
    _("Do you live with your parents?"),
    JA_NEJ,
    fejl_mangler=_("Choose yes if you live with one or both of your parents."),
)
FORMUE = Spoergsmaal(
    "formue",
    _("How much do you have in the bank and in other assets?"),
    TAL,
    hjaelp=_(
        "Money in the bank, shares and valuable things such as a car. Not your home. Write 0 if you have nothing."
    ),
    fejl_mangler=_("Write your assets in kroner. Write 0 if you have nothing."),
)

FLOW = Flow(
    ydelse="kontanthjaelp",
    titel=_("Social assistance (kontanthjælp)"),
    beskrivelse=_("Money to live on if you cannot support yourself, and no one else is obliged to support you."),
    form_version="kontanthjaelp-2026.1",
    trin=(
        *personoplysninger(med_boern=True),
        Trin(
            "bolig",
            _("Where you live"),
            (
                BOR_HOS_FORAELDRE,
                Spoergsmaal(
                    "samlevende",
                    _("Do you live with a partner you are not married to?"),
                    JA_NEJ,
                    fejl_mangler=_("Choose yes if you live with a partner."),
                    vis_hvis=lambda svar, prefill: not er_gift(svar, prefill),
                ),
            ),
        ),
        Trin(
            "aegtefaelle",
            _("Your spouse"),
            (
                Spoergsmaal(
                    "aegtefaelle_foedselsdato",
                    _("Your spouse's date of birth"),
                    DATO,
                    hjaelp=_("For example 24-12-1990."),
                    fejl_mangler=_("Write your spouse's date of birth."),
                ),
                Spoergsmaal(
                    "aegtefaelle_arbejdsindtaegt",
                    _("Your spouse's income from work this month"),
                    TAL,
                    hjaelp=_("After labour market contribution. Write 0 if none."),
                    fejl_mangler=_("Write your spouse's income from work. Write 0 if none."),
                ),
                Spoergsmaal(
                    "aegtefaelle_arbejdstimer",
                    _("Hours your spouse works this month"),
                    TIMER,
                    min=0,
                    max=744,
                    fejl_mangler=_("Write the hours. Write 0 if none."),
                ),
                Spoergsmaal(
                    "aegtefaelle_anden_indtaegt",
                    _("Your spouse's other income this month"),
                    TAL,
                    fejl_mangler=_("Write your spouse's other income. Write 0 if none."),
                ),
            ),
            vis_hvis=er_gift,
            intro=_("When you are married, your spouse's income counts too."),
        ),
        Trin(
            "uddannelse",
            _("Education and work"),
            (
                Spoergsmaal(
                    "uddannelse",
                    _("Do you have an education that qualifies you for a job?"),
                    JA_NEJ,
                    hjaelp=_("For example a vocational education or a degree. Upper secondary school does not count."),
                    fejl_mangler=_("Choose yes if you have a vocational education or a degree."),
                ),
                Spoergsmaal(
                    "fuldtidsarbejde_2_5_aar",
                    _("Have you worked full time for at least 2½ years in total in the last 10 years?"),
                    JA_NEJ,
                    fejl_mangler=_("Choose yes if you have worked full time for 2½ years in total."),
                ),
                Spoergsmaal(
                    "aktivitetsparat",
                    _("Has the job centre found that you are ready for activities?"),
                    VALG,
                    valg=AKTIVITETSPARAT,
                    hjaelp=_(
                        "Your caseworker at the job centre decides this. "
                        "Choose 'I do not know yet' if you have not been assessed."
                    ),
                    fejl_mangler=_("Choose an answer."),
                ),
            ),
        ),
        Trin(
            "ophold",
            _("Residence"),
            (
                Spoergsmaal(
                    "opfylder_opholdskrav",
                    _("Have you lived legally in Denmark for at least 9 of the last 10 years?"),
                    JA_NEJ,
                    hjaelp=_("Time in another EU/EEA country or in the Faroe Islands or Greenland may also count."),
                    fejl_mangler=_("Choose yes if you have lived in Denmark for 9 of the last 10 years."),
                ),
                Spoergsmaal(
                    "kommet_til_danmark",
                    _("Did you come to live in Denmark from abroad in 1968 or later?"),
                    JA_NEJ,
                    hjaelp=_("Answer no if you were born in Denmark and have lived here since."),
                    fejl_mangler=_("Choose yes if you moved to Denmark from abroad in 1968 or later."),
                ),
            ),
        ),
        Trin(
            "indtaegt",
            _("Your income"),
            (
                Spoergsmaal(
                    "har_arbejdsindtaegt",
                    _("Do you have income from work this month?"),
                    JA_NEJ,
                    fejl_mangler=_("Choose yes if you have income from work."),
                ),
                Spoergsmaal(
                    "har_anden_indtaegt",
                    _("Do you have other income this month, such as maintenance, pension or benefits?"),
                    JA_NEJ,
                    fejl_mangler=_("Choose yes if you have other income."),
                ),
            ),
        ),
        Trin(
            "indtaegt-beloeb",
            _("How much you earn"),
            (
                Spoergsmaal(
                    "arbejdsindtaegt",
                    _("Income from work this month"),
                    TAL,
                    hjaelp=_("After labour market contribution, ATP and pension."),
                    fejl_mangler=_("Write your income from work."),
                    vis_hvis=ja("har_arbejdsindtaegt"),
                ),
                Spoergsmaal(
                    "arbejdstimer",
                    _("Hours worked this month"),
                    TIMER,
                    min=0,
                    max=744,
                    fejl_mangler=_("Write how many hours you work this month."),
                    vis_hvis=ja("har_arbejdsindtaegt"),
                ),
                Spoergsmaal(
                    "anden_indtaegt",
                    _("Other income this month"),
                    TAL,
                    fejl_mangler=_("Write your other income."),
                    vis_hvis=ja("har_anden_indtaegt"),
                ),
            ),
            vis_hvis=_har_indtaegt,
        ),
        Trin("formue", _("Your assets"), (FORMUE,)),
    ),
    to_beregning_input=to_beregning_input,
    dokumentkrav=(
        Dokumentkrav("kontoudtog", _("Bank statements for all your accounts for the last 3 months.")),
        Dokumentkrav("loenseddel", _("Your payslips for the last 3 months."), vis_hvis=ja("har_arbejdsindtaegt")),
        Dokumentkrav(
            "andet",
            _("Documentation of your other income, for example a decision letter."),
            vis_hvis=ja("har_anden_indtaegt"),
        ),
    ),
    kategorier=(
        ("kontoudtog", _("Bank statement")),
        ("loenseddel", _("Payslip")),
        ("laegeerklaering", _("Medical certificate")),
        ("andet", _("Other documentation")),
    ),
    estimat_spoergsmaal=(
        ALDER,
        BOR_HOS_FORAELDRE,
        Spoergsmaal(
            "antal_boern",
            _("How many children under 18 live with you?"),
            HELTAL,
            min=0,
            max=20,
            fejl_mangler=_("Write how many children live with you. Write 0 if none do."),
        ),
        Spoergsmaal(
            "arbejdsindtaegt",
            _("Your income from work per month"),
            TAL,
            hjaelp=_("Before tax. Write 0 if you have none."),
            fejl_mangler=_("Write your income from work. Write 0 if you have none."),
        ),
        Spoergsmaal(
            "gift",
            _("Are you married?"),
            JA_NEJ,
            hjaelp=_("A married couple's help is calculated together, from both incomes."),
            fejl_mangler=_("Choose yes if you are married."),
        ),
        Spoergsmaal(
            "aegtefaelle_arbejdsindtaegt",
            _("Your spouse's income from work per month"),
            TAL,
            required=False,
            hjaelp=_("Only if you are married. Before tax."),
        ),
        FORMUE,
    ),
    estimat_input=estimat_input,
    estimat_forbehold=_(
        "The estimate assumes that you meet the residence and work requirements and, if you are "
        "married, that your spouse does too. Supplements that depend on the job centre's "
        "assessment are not included. The amount is before tax, rounded to whole kroner."
    ),
    beloeb_enhed=_("per month, before tax"),
)
