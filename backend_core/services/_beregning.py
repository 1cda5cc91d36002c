"""Calling ``beregning`` and storing what it said. Internal to the services."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

import beregning

from ..exceptions import DomaeneValideringsfejl
from ..models import Beregning


def beregn(data: dict, *, uden_sats_til_sagsbehandler: bool = False) -> dict:
    """Run the calculation. Raises ``DomaeneValideringsfejl`` on bad input,
    with the calculation's own message in the active language.

    With ``uden_sats_til_sagsbehandler`` a rate that is not known for the
    period (``fejl.felt`` under ``satser.``) is not the citizen's error: the
    result is returned as "not calculated", without an instant decision, so
    the application is stored and a caseworker calculates it.
    """
    try:
        resultat = beregning.beregn(data)
    except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
        raise DomaeneValideringsfejl(
            _("The answers could not be used for the calculation. Check them and try again."),
            code="beregning_input",
        ) from exc
    fejl = resultat.get("fejl")
    if fejl and uden_sats_til_sagsbehandler and str(fejl.get("felt", "")).startswith("satser."):
        return {
            "ydelse": data.get("ydelse"),
            "berettiget": False,
            "beloeb": "0.00",
            "linjer": [],
            "versioner": {},
            "ikke_beregnet": fejl,
            "straks_afgoerelse": {"tilladt": False, **_uden_sats_begrundelse(periode_for(data))},
        }
    if fejl:
        sprog = (get_language() or "da")[:2]
        besked = fejl.get("besked_en") if sprog == "en" else fejl.get("besked")
        raise DomaeneValideringsfejl(
            besked or _("The answers could not be used for the calculation. Check them and try again."),
            felt=fejl.get("felt"),
            code="beregning_fejl",
        )
    return resultat


def _uden_sats_begrundelse(periode: str) -> dict:
    """Why a case with no rates for its period waits for a caseworker, in
    words a citizen reads (not the rate table's own message), both languages."""
    aar = periode[:4] if periode[:4].isdigit() else ""
    tekster = {}
    for sprog, noegle in (("da", "begrundelse"), ("en", "begrundelse_en")):
        with translation.override(sprog):
            tekster[noegle] = (
                _(
                    "We cannot calculate the amount yet: the rate that applies to you in %(aar)s is not "
                    "yet in our calculation. A caseworker calculates the help."
                )
                % {"aar": aar}
                if aar
                else _("We cannot calculate the amount yet. A caseworker calculates the help.")
            )
    return tekster


def periode_for(data: dict) -> str:
    return str(data.get("maaned") or data.get("dato") or "")


def maaned_for(data: dict) -> str:
    return periode_for(data)[:7]


def beloeb(value: Any) -> Decimal:
    try:
        return Decimal(str(value if value is not None else "0")).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise DomaeneValideringsfejl(_("Enter an amount in kroner, for example 1250.50."), code="beloeb") from exc


def beregning_gem(*, sag, data: dict, resultat: dict) -> Beregning:
    straks = resultat.get("straks_afgoerelse") or {}
    return Beregning.objects.create(
        sag=sag,
        ydelse=resultat.get("ydelse", sag.ydelse),
        periode=periode_for(data),
        input=data,
        resultat=resultat,
        berettiget=bool(resultat.get("berettiget")),
        beloeb=beloeb(resultat.get("beloeb")),
        linjer=resultat.get("linjer", []),
        versioner=resultat.get("versioner", {}),
        straks_tilladt=bool(straks.get("tilladt")),
        straks_begrundelse=straks.get("begrundelse", ""),
    )
