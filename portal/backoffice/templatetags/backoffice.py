"""Template helpers for the staff screens."""

from __future__ import annotations

import re

from django import template
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backend_core.constants import BorgerAktivitet, DokumentKategori, IndberetningType, SagStatus, Udfald

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
    tekst = re.sub(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", lambda m: _satsnavn(m.group(0)), tekst)
    # Keys of one word ("boernetillaeg") have no underscore to find them by.
    return re.sub(r"\b[a-z]+\b", lambda m: _satsnavn(m.group(0)) if m.group(0) in SATSNAVNE else m.group(0), tekst)


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
def registervaerdi(vaerdi, felt: str):
    """A register value as people read it: amounts in kroner, the civil
    status and the month in words."""
    from backend_core.constants import Civilstand
    from backend_core.templatetags.beloeb import kroner

    if felt == "arbejdsindtaegt" and vaerdi not in (None, ""):
        return kroner(vaerdi)
    if felt == "civilstand" and vaerdi in Civilstand.values:
        return Civilstand(vaerdi).label
    if felt == "maaned" and isinstance(vaerdi, str) and re.fullmatch(r"\d{4}-\d{2}", vaerdi):
        import datetime as dt

        from django.utils import formats

        return formats.date_format(dt.date(int(vaerdi[:4]), int(vaerdi[5:]), 1), "YEAR_MONTH_FORMAT")
    return vaerdi


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


# Each timeline entry as a sentence; ``%(hvem)s`` is who did it ("Sara Test",
# "the citizen", "the system").
_HANDLINGER = {
    "sag_created": _("The case was created by %(hvem)s"),
    "sag_viewed": _("The case was opened by %(hvem)s"),
    "ansoegning_submitted": _("The application was submitted by %(hvem)s"),
    "beregning_created": _("The calculation was made by %(hvem)s"),
    "sag_anmodning_sent": _("The citizen was asked for information by %(hvem)s"),
    "sag_frist_reminded": _("The citizen was reminded by %(hvem)s that the deadline had passed"),
    "journalnotat_created": _("A journal note was written by %(hvem)s"),
    "afgoerelse_created": _("The decision was made by %(hvem)s"),
    "dokument_added": _("A document was added by %(hvem)s"),
    "dokument_rejected": _("A file was refused when %(hvem)s tried to add it"),
    "dokument_deleted": _("A document was deleted by %(hvem)s"),
    "brev_created": _("A letter was made by %(hvem)s"),
    "brev_sent": _("A letter was sent to Digital Post by %(hvem)s"),
    "indberetning_submitted": _("An income report or a change was sent by %(hvem)s"),
    "sag_register_waiting": _("The case was set to wait for a register by %(hvem)s"),
    "sag_register_refreshed": _("The register data was fetched again by %(hvem)s"),
    "udbetaling_changed": _("The payment was changed by %(hvem)s"),
    "udbetaling_ordered": _("A payment was ordered by %(hvem)s"),
    "notifikation_sent": _("The citizen was notified by %(hvem)s"),
    "kontaktvalg_changed": _("The contact choices were changed by %(hvem)s"),
    "kladde_deleted": _("A draft was deleted by %(hvem)s"),
    "dk.ydelsesportal.brev.sendt": _("The letter was delivered to the citizen"),
    "dk.ydelsesportal.udbetaling.aendret": _("The payment plan changed"),
}
_BREVE = {
    "kvittering": (_("The receipt was made by %(hvem)s"), _("The receipt was sent to Digital Post by %(hvem)s")),
    "afgoerelse": (
        _("The decision letter was made by %(hvem)s"),
        _("The decision letter was sent to Digital Post by %(hvem)s"),
    ),
}


def _hvem(post: dict) -> str:
    if post.get("aktoer_type") == "borger":
        return str(_("the citizen"))
    if post.get("aktoer_type") == "medarbejder":
        return post.get("hvem") or post.get("aktoer_navn") or str(_("a staff member"))
    return str(_("the system"))


@register.filter
def tidslinje_tekst(post: dict) -> str:
    """One timeline entry as a sentence a caseworker reads, in the active
    language; never the audit log's internal name for it."""
    import datetime as dt

    from django.utils import formats

    h, d = post["handling"], post.get("detaljer") or {}
    hvem = _hvem(post)
    borger = post.get("aktoer_type") == "borger"
    if h == "sag_transitioned":
        fra, til = d.get("fra", ""), d.get("til", "")
        navn = {s.value: _FOR_MEDARBEJDER.get(s, s.label) for s in SagStatus}
        if fra in navn and til in navn:
            return _("The status was changed from “%(fra)s” to “%(til)s” by %(hvem)s") % {
                "fra": navn[fra],
                "til": navn[til],
                "hvem": hvem,
            }
        return _("The status was changed by %(hvem)s") % {"hvem": hvem}
    if h == "sag_assigned":
        if d.get("sagsbehandler_navn"):
            return _("The case was assigned to %(navn)s by %(hvem)s") % {"navn": d["sagsbehandler_navn"], "hvem": hvem}
        return _("The case was made unassigned by %(hvem)s") % {"hvem": hvem}
    if h == "afgoerelse_created" and d.get("udfald") in Udfald.values:
        return _("The decision “%(udfald)s” was made by %(hvem)s") % {"udfald": Udfald(d["udfald"]).label, "hvem": hvem}
    if h == "sag_anmodning_sent" and d.get("frist"):
        try:
            frist = formats.date_format(dt.date.fromisoformat(d["frist"]), "DATE_FORMAT")
        except (TypeError, ValueError):
            frist = ""
        if frist:
            return _("The citizen was asked for information by %(hvem)s, with a deadline of %(frist)s") % {
                "hvem": hvem,
                "frist": frist,
            }
    if h == "besked_sent":
        if borger:
            return str(_("The citizen sent a message"))
        if post.get("aktoer_type") == "system":
            return str(_("The system sent a message to the citizen"))
        return _("A message to the citizen was sent by %(hvem)s") % {"hvem": hvem}
    if h == "besked_read":
        if borger:
            return str(_("The citizen read the messages from the municipality"))
        return _("The citizen's messages were read by %(hvem)s") % {"hvem": hvem}
    if h == "dokument_added" and d.get("kategori") in DokumentKategori.values:
        return _("A document (%(kategori)s) was added by %(hvem)s") % {
            "kategori": DokumentKategori(d["kategori"]).label.lower(),
            "hvem": hvem,
        }
    if h == "indberetning_submitted" and d.get("type") != IndberetningType.AENDRING and d.get("maaned"):
        try:
            aar, md = (int(x) for x in str(d["maaned"]).split("-"))
            maaned = formats.date_format(dt.date(aar, md, 1), "YEAR_MONTH_FORMAT")
        except ValueError:
            maaned = ""
        if maaned:
            return _("An income report for %(maaned)s was sent by %(hvem)s") % {"maaned": maaned, "hvem": hvem}
    if h == "indberetning_submitted" and d.get("type") in IndberetningType.values:
        tekst = (
            _("A change of circumstances was reported by %(hvem)s")
            if d["type"] == IndberetningType.AENDRING
            else _("An income report was sent by %(hvem)s")
        )
        return tekst % {"hvem": hvem}
    if h in ("brev_created", "brev_sent") and d.get("brevtype") in _BREVE:
        return _BREVE[d["brevtype"]][h == "brev_sent"] % {"hvem": hvem}
    if h == "dk.ydelsesportal.brev.sendt" and d.get("brevtype") == "afgoerelse":
        return str(_("The decision letter was delivered to the citizen"))
    if h == "dk.ydelsesportal.brev.sendt" and d.get("brevtype") == "kvittering":
        return str(_("The receipt was delivered to the citizen"))
    if h in _HANDLINGER:
        tekst = _HANDLINGER[h]
        return tekst % {"hvem": hvem} if "%(hvem)s" in str(tekst) else str(tekst)
    return _("Something was recorded on the case by %(hvem)s") % {"hvem": hvem}


__all__ = ["BorgerAktivitet", "register"]
