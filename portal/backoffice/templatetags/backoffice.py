"""Template helpers for the staff screens."""

from __future__ import annotations

import re

from django import template
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backend_core.constants import BorgerAktivitet, SagStatus, Udfald

register = template.Library()

# The status labels are written for the citizen ("Waiting for you"); staff read
# the same states from the other side.
_FOR_MEDARBEJDER = {
    SagStatus.AFVENTER_BORGER: _("Waiting for the citizen"),
}


@register.filter
def status_for_medarbejder(sag) -> str:
    """The case's status as a caseworker reads it."""
    return _FOR_MEDARBEJDER.get(sag.status) or sag.get_status_display()


@register.filter
def hent(d, noegle):
    return d.get(noegle) if isinstance(d, dict) else None


@register.filter
def overblik_grupper(overblik) -> list[tuple[str, str, str]]:
    """The dashboard's groups: key, title and the queue filter that shows them."""
    mine = "tildelt=mine&" if overblik.get("kun_mine") else ""
    return [
        ("aabne", _("Open cases"), mine),
        ("frist_overskredet", _("Waiting for the citizen past the deadline"), f"{mine}status=frist_overskredet"),
        ("ny_aktivitet", _("New from the citizen"), f"{mine}ny_aktivitet=alle"),
    ]


@register.filter
def dage_siden(tidspunkt) -> int:
    return max((timezone.now() - tidspunkt).days, 0) if tidspunkt else 0


@register.filter
def tal(v):
    from django.utils import formats

    if v is None:
        return "–"
    if isinstance(v, float):
        return formats.number_format(round(v, 1), 1, use_l10n=True)
    return formats.number_format(v, use_l10n=True, force_grouping=True) if isinstance(v, int) else v


# Names people read for the rates of ``beregning`` (the rate files' keys).
SATSNAVNE = {
    "grundsats": _("basic rate"),
    "forhoejet_sats": _("higher rate (provider or over 30)"),
    "boernetillaeg": _("child supplement"),
    "mindstesats": _("minimum rate"),
    "formue_enlig": _("asset limit for a single person"),
    "formue_aegtepar": _("asset limit for a married couple"),
    "formuegraense": _("asset limit"),
    "tillaeg_enlig_forsoerger": _("supplement for a single provider"),
    "tillaeg_enlig_ikke_forsoerger": _("supplement for a single person without children"),
    "fribeloeb_grundsats": _("earnings allowance"),
    "fribeloeb_forhoejet": _("higher earnings allowance"),
    "fradragsprocent": _("deduction percentage"),
    "fradrag_enlig": _("deduction, single person"),
    "fradrag_par": _("deduction, couple"),
    "timefradrag": _("deduction per hour worked"),
    "timefradrag_max_timer": _("maximum hours for the hourly deduction"),
    "trin_enlig": _("income steps, single person"),
    "trin_par": _("income steps, couple"),
    "daekningsprocent": _("coverage percentage"),
    "egenbetaling_aar": _("yearly own payment"),
    "forhaandsgodkendelse_over": _("prior approval needed above"),
    "tilskud_fra_25": _("subsidy from age 25"),
    "tilskud_under_25": _("subsidy under 25"),
    "tilskud_25_29_uddannelseshjaelp": _("subsidy, 25–29 on education benefit"),
    "ungetillaeg_25_29": _("youth supplement, 25–29"),
    "ungetillaeg_forsoerger": _("youth supplement, provider"),
    "ungetillaeg_u25": _("youth supplement, under 25"),
}
_ALDERS = re.compile(r"\b(kh|uh)_([a-z0-9_]+)\b")


def _satsnavn(noegle: str) -> str:
    if noegle in SATSNAVNE:
        return str(SATSNAVNE[noegle])
    m = _ALDERS.fullmatch(noegle)
    if m:
        art = _("social assistance") if m.group(1) == "kh" else _("education benefit")
        return f"{art} ({m.group(2).replace('_', ' ').replace('u30', 'under 30').replace('u25', 'under 25')})"
    return noegle


@register.filter
def satsnavne(tekst: str) -> str:
    """Rate keys in a text (``forhoejet_sats, formue_enlig``) as names people read."""
    if not tekst:
        return ""
    return re.sub(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", lambda m: _satsnavn(m.group(0)), tekst)


REGISTRE = {
    "cpr": _("CPR register"),
    "eindkomst": _("eIndkomst (income register)"),
    "afvigelser": _("Deviations from what the citizen declared"),
}
REGISTERFELTER = {
    "kommunekode": _("Municipality code"),
    "kommunenavn": _("Municipality"),
    "civilstand": _("Marital status"),
    "antal_boern": _("Number of children"),
    "maaned": _("Month"),
    "arbejdsindtaegt": _("Work income"),
    "timer": _("Hours worked"),
}


@register.filter
def registernavn(kilde: str) -> str:
    return REGISTRE.get(kilde, kilde)


@register.filter
def registerfelt(felt: str) -> str:
    return REGISTERFELTER.get(felt, str(felt).replace("_", " ").capitalize())


AENDRINGER = {
    "gift": _("Married"),
    "flyttet": _("Moved"),
    "samlevende": _("Living with a partner"),
    "boern": _("Children"),
    "tekst": _("In the citizen's words"),
    "beskrivelse": _("In the citizen's words"),
    "typer": _("Changes"),
    "fritekst": _("In the citizen's words"),
}


@register.filter
def aendringsnavn(noegle: str) -> str:
    return AENDRINGER.get(noegle, str(noegle).replace("_", " ").capitalize())


@register.filter
def aendringsvaerdi(v):
    if v is True:
        return _("Yes")
    if v is False:
        return _("No")
    if isinstance(v, list):
        return ", ".join(str(AENDRINGER.get(x, x)) for x in v)
    return v


_HANDLINGER = {
    "sag_created": _("The case was created"),
    "ansoegning_submitted": _("The citizen submitted the application"),
    "beregning_created": _("The calculation was made"),
    "sag_assigned": _("Assigned"),
    "sag_anmodning_sent": _("The citizen was asked for information"),
    "sag_frist_reminded": _("The citizen was reminded that the deadline had passed"),
    "journalnotat_created": _("A journal note was written"),
    "afgoerelse_created": _("The decision was made"),
    "besked_sent": _("A message was sent"),
    "besked_read": _("A message was read"),
    "dokument_added": _("A document was added"),
    "brev_created": _("A letter was made"),
    "brev_sent": _("A letter was sent to Digital Post"),
    "indberetning_submitted": _("The citizen sent an income report or a change"),
    "sag_register_waiting": _("Waiting for a register"),
    "sag_register_refreshed": _("The registers answered"),
    "udbetaling_changed": _("The payment changed"),
    "udbetaling_ordered": _("A payment was ordered"),
    "dk.ydelsesportal.brev.sendt": _("The letter was delivered"),
    "dk.ydelsesportal.udbetaling.aendret": _("The payment plan changed"),
}


@register.filter
def tidslinje_tekst(post: dict) -> str:
    """One timeline entry in words."""
    h, d = post["handling"], post.get("detaljer") or {}
    if h == "sag_transitioned":
        fra, til = d.get("fra", ""), d.get("til", "")
        navn = {s.value: _FOR_MEDARBEJDER.get(s, s.label) for s in SagStatus}
        return _("Status: %(fra)s → %(til)s") % {"fra": navn.get(fra, fra), "til": navn.get(til, til)}
    if h == "sag_assigned":
        return _("Assigned to %(navn)s") % {"navn": d.get("sagsbehandler_navn") or _("nobody")}
    if h == "afgoerelse_created" and d.get("udfald") in Udfald.values:
        return _("The decision was made: %(udfald)s") % {"udfald": Udfald(d["udfald"]).label}
    if h == "sag_anmodning_sent" and d.get("frist"):
        import datetime as dt

        from django.utils import formats

        frist = formats.date_format(dt.date.fromisoformat(d["frist"]), "SHORT_DATE_FORMAT")
        return _("The citizen was asked for information by %(frist)s") % {"frist": frist}
    return str(_HANDLINGER.get(h, h.replace("_", " ")))


__all__ = ["BorgerAktivitet", "register"]
