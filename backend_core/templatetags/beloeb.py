"""Amounts, dates and reason lines in templates, in the active language.

One formatting for the pages and the letters: ``kroner`` uses the letters'
``formater_beloeb`` ("14.201,00 kr." in Danish, "DKK 14,201.00" in English),
``dato`` their ``formater_dato`` ("5. november 2026", "5 November 2026").
"""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

from backend_core.breve.formatering import formater_beloeb, formater_dato

register = template.Library()


def _sprog() -> str:
    return "en" if (get_language() or "da").startswith("en") else "da"


@register.filter
def kroner(value, hele=""):
    """An amount in the active language; ``|kroner:"hele"`` rounds an estimate
    to whole kroner ("14.201 kr.", "DKK 14,201")."""
    if value in (None, ""):
        return ""
    try:
        return formater_beloeb(value, _sprog(), hele_kroner=hele == "hele")
    except (ValueError, ArithmeticError):
        return value


@register.filter
def dato(value):
    """A date (or a date and time, in local time) in words: "5. november 2026"
    in Danish, "5 November 2026" in English."""
    if value in (None, ""):
        return ""
    try:
        return formater_dato(value, _sprog())
    except ValueError:
        return value


@register.filter
def linjetekst(linje):
    """A reason line's text in the active language (``tekst_en`` in English)."""
    if _sprog() == "en" and linje.get("tekst_en"):
        return linje["tekst_en"]
    return linje.get("tekst", "")
