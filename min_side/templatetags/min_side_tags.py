"""Status badges whose colour and icon carry meaning (DKFDS badge variants),
each with a sentence that says what the status means for the citizen."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from backend_core.selectors import medarbejder_navn
from backend_core.templatetags.beloeb import kroner

register = template.Library()

# status → (DKFDS badge variant, inline icon, what it means for the citizen)
_SAG = {
    "modtaget": (
        "badge-info",
        "info",
        gettext_noop("We have received your application. A caseworker will look at it."),
    ),
    "under_behandling": ("badge-info", "info", gettext_noop("A caseworker is working on your case.")),
    "afventer_borger": ("badge-warning", "warning", gettext_noop("We need something from you before we can go on.")),
    "afgjort": ("badge-success", "success", gettext_noop("Your case has been decided. Read the letter.")),
    "lukket": ("", "", gettext_noop("The case is closed.")),
}
_UDBETALING = {
    "planlagt": ("badge-info", "info"),
    "bestilt": ("badge-info", "check"),
    "udbetalt": ("badge-success", "success"),
    "annulleret": ("badge-error", "error"),
}


@register.inclusion_tag("min_side/_badge.html")
def sag_status_badge(sag):
    variant, ikon, _meaning = _SAG.get(sag.status, ("", "", ""))
    return {"variant": variant, "ikon": ikon, "tekst": sag.get_status_display()}


@register.simple_tag
def sag_status_betydning(sag) -> str:
    return _(_SAG.get(sag.status, ("", "", ""))[2])


@register.inclusion_tag("min_side/_badge.html")
def udbetaling_status_badge(udbetaling):
    if udbetaling.er_tilbagebetaling and udbetaling.status != "annulleret":
        # Collected from the citizen, not paid out: no payment status applies.
        return {"variant": "badge-warning", "ikon": "warning", "tekst": _("Repayment claim")}
    variant, ikon = _UDBETALING.get(udbetaling.status, ("", ""))
    return {"variant": variant, "ikon": ikon, "tekst": udbetaling.get_status_display()}


@register.filter
def maaned(value: str) -> str:
    """``2026-12`` as the month in words, each language's way ("december 2026")."""
    import datetime as dt

    from django.utils.formats import date_format

    try:
        aar, md = (int(x) for x in str(value).split("-", 1))
        return date_format(dt.date(aar, md, 1), "F Y")
    except (TypeError, ValueError):
        return str(value)


_AFGOERELSE_OVERSKRIFT = {
    "bevilget": gettext_noop("Your application was granted"),
    "delvis": gettext_noop("Your application was partly granted"),
    "afslag": gettext_noop("Your application was refused"),
    "stoppet": gettext_noop("Your benefit was stopped"),
    "aendret": gettext_noop("Your benefit was changed"),
    "tilbagebetaling": gettext_noop("Repayment claim"),
    "efterbetaling": gettext_noop("Extra payment"),
}


@register.simple_tag
def afgoerelse_overskrift(hvad: str) -> str:
    """What a decision was, as a heading (``selectors.afgoerelse_hvad``)."""
    return _(_AFGOERELSE_OVERSKRIFT.get(hvad, gettext_noop("Decided")))


@register.simple_tag
def afgoerelse_tekst(hvad: str, beloeb=None, maaned_: str = "") -> str:
    """What a decision means for the citizen in one sentence, with its amount
    and month in words ("Du skal betale 325,00 kr. tilbage for oktober 2026.");
    empty when there is nothing to add to the heading. A sentence that ends
    on an amount has no full stop of its own ("kr." has one)."""
    if beloeb is None:
        return ""
    tal = kroner(abs(beloeb))
    md = maaned(maaned_) if maaned_ else ""
    if hvad == "tilbagebetaling":
        if md:
            return _("You must pay back %(beloeb)s for %(maaned)s.") % {"beloeb": tal, "maaned": md}
        return _("You must pay back %(beloeb)s") % {"beloeb": tal}
    if hvad == "efterbetaling":
        if md:
            return _("You get an extra payment of %(beloeb)s for %(maaned)s.") % {"beloeb": tal, "maaned": md}
        return _("You get an extra payment of %(beloeb)s") % {"beloeb": tal}
    if hvad == "aendret":
        if md:
            return _("Your benefit for %(maaned)s is now %(beloeb)s") % {"beloeb": tal, "maaned": md}
        return _("Your benefit is now %(beloeb)s") % {"beloeb": tal}
    if hvad in ("bevilget", "delvis"):
        return _("Amount granted: %(beloeb)s") % {"beloeb": tal}
    return ""


@register.filter
def afsender_navn(besked) -> str:
    """Who wrote a message, for the citizen: the caseworker's name with their
    role ("Sara Holm, caseworker"), or the role alone without a name."""
    navn = medarbejder_navn(besked.afsender_user) if besked.afsender_user_id else ""
    rolle = besked.get_afsender_display()
    return _("%(navn)s, %(rolle)s") % {"navn": navn, "rolle": rolle.lower()} if navn else rolle
