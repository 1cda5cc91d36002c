"""Letters (breve) as tagged PDF/A: receipts and decision letters.

Public API::

    render_brev_pdf(*, brevtype: str, kontekst: dict, sprog: str = "da") -> bytes

``brevtype`` is ``"kvittering"`` (receipt for a submitted application or
report) or ``"afgoerelse"`` (decision letter); anything else raises
``ValueError``. ``sprog`` is ``"da"`` or ``"en"``. A context that breaks the
contract below raises :class:`BrevKontekstFejl` (a ``ValueError``) naming the
key. The template ``backend_core/templates/breve/<brevtype>.html`` is
rendered under ``translation.override(sprog)`` and turned into PDF/A-3u
(``PDF_VARIANT``), tagged for accessibility, A4, with title (= ``emne``),
language (``/Lang`` = ``sprog``) and author (= ``kommune["navn"]``) set.
WeasyPrint fetches nothing from the network (see ``pdf.LokalURLFetcher``).

Context contract (``kontekst``)
===============================

Every text value is plain text and is escaped; a "text" (tekst) may hold
several paragraphs separated by blank lines, and single line breaks are kept.

Common to both letter types:

``kommune``           dict: ``navn`` (str, required; also the PDF author),
                      ``adresse`` (str, one line or several separated by
                      newlines), ``telefon`` (str), ``logo_tekst`` (str,
                      optional: word mark shown in the header instead of
                      ``navn``).
``modtager``          dict: ``navn`` (str), ``adresse_linjer`` (list of str;
                      printed in the envelope window).
``dato``              ``datetime.date``: the letter's date.
``reference``         str: case reference, e.g. ``"YP-2026-000123"``.
``emne``              str: subject; the letter's h1 and the PDF title.
``brevtekster``       dict, optional: the municipality's text blocks by key,
                      each a text. Used keys: ``indledning`` (opening
                      paragraph(s)), ``kontakt`` (how to contact us; defaults
                      to a sentence with the phone number),
                      ``klagevejledning`` (appeal guidance, see below),
                      ``afslutning`` (closing paragraph(s), optional).

``brevtype="kvittering"`` (receipt):

``ydelse_titel``       str: the benefit, e.g. "Boligstøtte".
``indsendelse``        ``"ansoegning"`` (application, default) | ``"indberetning"``
                       (report, e.g. of changed circumstances): sets the wording.
``modtaget_tidspunkt`` aware (or local naive) ``datetime``: when we received it.
``svar``               list of dicts ``{"spoergsmaal": str, "svar": value}``;
                       value is str, bool (Yes/No), int, Decimal, date,
                       datetime or a list of those (joined with ", ").
``dokumenter``         list of str: names of the attached files (may be empty).
``naeste_skridt``      text: what happens next.

``brevtype="afgoerelse"`` (decision letter):

``ydelse_titel``    str: the benefit.
``udfald``          ``"bevilget"`` (granted) | ``"afslag"`` (refused) |
                    ``"delvis"`` (partly granted) | ``"stoppet"`` (stopped).
``art``             optional: ``"ydelse"`` (default, the benefit) |
                    ``"efterbetaling"`` (an extra payment for a month already
                    paid) | ``"tilbagebetaling"`` (a repayment claim).
``aendring``        bool, optional: the decision changes a benefit already
                    granted (wording "your … has been changed").
``udbetaling``      text, optional: when the money is paid (payout date).
``naeste_skridt``   text, optional: what the citizen must do next (duties).
``beloeb``          ``Decimal``, ``int`` or str in Python notation
                    ("12326.00"): the amount granted; required unless
                    ``udfald == "afslag"``.
``beloeb_enhed``    ``"per måned"`` (default) | ``"engangsbeløb"``.
``periode``         str, optional: the period, e.g. "1. januar – 31. december 2027".
``linjer``          list of dicts ``{"tekst": str, "beloeb": amount,
                    "hjemmel": str}``: the calculation's reason lines, shown
                    as a table with the amount right-aligned and the legal
                    reference (``hjemmel`` may be empty).
``begrundelse``     text: the reasons for the decision.
``hjemmel``         str: the overall legal basis, e.g. "Lov om individuel
                    boligstøtte § 1".
``straks``          bool, optional (default False): the decision was made
                    automatically; the letter says so and tells the citizen
                    that they can ask for a caseworker to review it.
``klagevejledning`` text, optional: appeal guidance. If missing or empty,
                    ``brevtekster["klagevejledning"]`` is used, and if that is
                    missing too, a default text (appeal within 4 weeks to the
                    municipality, which reconsiders the decision and, if it
                    upholds it, sends the appeal on to Ankestyrelsen).

Amounts are written ``12.326,00 kr.`` in Danish and ``DKK 12,326.00`` in
English; dates ``23. november 2026`` / ``23 November 2026``.

Translations: the templates' msgids are English; their Danish translations
are in the project catalogue, ``locale/da``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .formatering import afsnit, formater_beloeb, formater_dato, formater_tidspunkt
from .pdf import PDF_VARIANT, html_til_pdf

__all__ = ["BREVTYPER", "PDF_VARIANT", "SPROG", "BrevKontekstFejl", "render_brev_pdf"]

BREVTYPER = ("kvittering", "afgoerelse")
SPROG = ("da", "en")
UDFALD = ("bevilget", "afslag", "delvis", "stoppet")
ARTER = ("ydelse", "efterbetaling", "tilbagebetaling")
BELOEB_ENHEDER = ("per måned", "engangsbeløb")
INDSENDELSER = ("ansoegning", "indberetning")


class BrevKontekstFejl(ValueError):
    """The context does not follow the contract in the module docstring."""


def render_brev_pdf(*, brevtype: str, kontekst: dict, sprog: str = "da") -> bytes:
    """Render a letter to tagged PDF/A bytes. See the module docstring."""
    if brevtype not in BREVTYPER:
        raise ValueError(f"unknown brevtype {brevtype!r}; expected one of {BREVTYPER}")
    if sprog not in SPROG:
        raise ValueError(f"unknown sprog {sprog!r}; expected one of {SPROG}")
    if not isinstance(kontekst, dict):
        raise BrevKontekstFejl("kontekst must be a dict")
    with translation.override(sprog):
        data = _faelles(kontekst, sprog)
        if brevtype == "kvittering":
            data.update(_kvittering(kontekst, sprog))
        else:
            data.update(_afgoerelse(kontekst, sprog, data["brevtekster"]))
        data["brevtype"] = brevtype
        html = render_to_string(f"breve/{brevtype}.html", data)
        sidetekst = _("Page {page} of {pages}")
    return html_til_pdf(html, sidetekst=sidetekst)


# --- context → template data -------------------------------------------------


def _kraev(kontekst: dict, noegle: str, typer: type | tuple, sti: str = ""):
    if noegle not in kontekst or kontekst[noegle] is None:
        raise BrevKontekstFejl(f"missing {sti}{noegle}")
    vaerdi = kontekst[noegle]
    if not isinstance(vaerdi, typer):
        raise BrevKontekstFejl(f"{sti}{noegle} has the wrong type ({type(vaerdi).__name__})")
    return vaerdi


def _valgfri_tekst(kontekst: dict, noegle: str, sti: str = "") -> str:
    vaerdi = kontekst.get(noegle)
    if vaerdi is None:
        return ""
    if not isinstance(vaerdi, str):
        raise BrevKontekstFejl(f"{sti}{noegle} must be text ({type(vaerdi).__name__})")
    return vaerdi


def _beloeb(vaerdi, sprog: str, navn: str) -> str:
    try:
        return formater_beloeb(vaerdi, sprog)
    except ValueError as fejl:
        raise BrevKontekstFejl(f"{navn}: {fejl}") from None


def _faelles(kontekst: dict, sprog: str) -> dict:
    kommune = _kraev(kontekst, "kommune", dict)
    kommune_navn = _kraev(kommune, "navn", str, "kommune.")
    modtager = _kraev(kontekst, "modtager", dict)
    adresse_linjer = _kraev(modtager, "adresse_linjer", (list, tuple), "modtager.")
    if not all(isinstance(linje, str) for linje in adresse_linjer):
        raise BrevKontekstFejl("modtager.adresse_linjer must be a list of str")
    dato = _kraev(kontekst, "dato", dt.date)
    brevtekster = kontekst.get("brevtekster") or {}
    if not isinstance(brevtekster, dict):
        raise BrevKontekstFejl("brevtekster must be a dict")
    tekster = {str(noegle): afsnit(_valgfri_tekst(brevtekster, noegle, "brevtekster.")) for noegle in brevtekster}
    emne = _kraev(kontekst, "emne", str)
    reference = _kraev(kontekst, "reference", str)
    return {
        "sprog": sprog,
        "kommune": {
            "navn": kommune_navn,
            "adresse_linjer": [
                linje for blok in afsnit(_valgfri_tekst(kommune, "adresse", "kommune.")) for linje in blok
            ],
            "telefon": _valgfri_tekst(kommune, "telefon", "kommune."),
            "logo_tekst": _valgfri_tekst(kommune, "logo_tekst", "kommune."),
        },
        "modtager": {
            "navn": _kraev(modtager, "navn", str, "modtager."),
            "adresse_linjer": list(adresse_linjer),
        },
        "dato": formater_dato(dato, sprog),
        "dato_iso": dato.isoformat() if not isinstance(dato, dt.datetime) else dato.date().isoformat(),
        "reference": reference,
        "emne": emne,
        "brevtekster": tekster,
    }


def _svar_tekst(vaerdi, sprog: str) -> str:
    if isinstance(vaerdi, bool):
        return _("Yes") if vaerdi else _("No")
    if isinstance(vaerdi, dt.datetime):
        return formater_tidspunkt(vaerdi, sprog)
    if isinstance(vaerdi, dt.date):
        return formater_dato(vaerdi, sprog)
    if isinstance(vaerdi, Decimal):
        tekst = f"{vaerdi:,}"
        if sprog == "da":
            tekst = tekst.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return tekst
    if isinstance(vaerdi, (list, tuple)):
        return ", ".join(_svar_tekst(v, sprog) for v in vaerdi)
    if vaerdi is None or vaerdi == "":
        return "–"
    return str(vaerdi)


def _kvittering(kontekst: dict, sprog: str) -> dict:
    modtaget = _kraev(kontekst, "modtaget_tidspunkt", dt.datetime)
    svar_liste = kontekst.get("svar") or []
    if not isinstance(svar_liste, (list, tuple)):
        raise BrevKontekstFejl("svar must be a list")
    svar = []
    for nummer, punkt in enumerate(svar_liste):
        if not isinstance(punkt, dict):
            raise BrevKontekstFejl(f"svar[{nummer}] must be a dict")
        svar.append(
            {
                "spoergsmaal": _kraev(punkt, "spoergsmaal", str, f"svar[{nummer}]."),
                "svar": _svar_tekst(punkt.get("svar"), sprog),
            }
        )
    dokumenter = kontekst.get("dokumenter") or []
    if not isinstance(dokumenter, (list, tuple)) or not all(isinstance(d, str) for d in dokumenter):
        raise BrevKontekstFejl("dokumenter must be a list of str")
    indsendelse = kontekst.get("indsendelse") or "ansoegning"
    if indsendelse not in INDSENDELSER:
        raise BrevKontekstFejl(f"indsendelse must be one of {INDSENDELSER}, not {indsendelse!r}")
    return {
        "ydelse_titel": _kraev(kontekst, "ydelse_titel", str),
        "indberetning": indsendelse == "indberetning",
        "modtaget_tidspunkt": formater_tidspunkt(modtaget, sprog),
        "svar": svar,
        "dokumenter": list(dokumenter),
        "naeste_skridt": afsnit(_kraev(kontekst, "naeste_skridt", str)),
    }


def _afgoerelse(kontekst: dict, sprog: str, brevtekster: dict) -> dict:
    udfald = _kraev(kontekst, "udfald", str)
    if udfald not in UDFALD:
        raise BrevKontekstFejl(f"udfald must be one of {UDFALD}, not {udfald!r}")
    enhed = kontekst.get("beloeb_enhed") or "per måned"
    if enhed not in BELOEB_ENHEDER:
        raise BrevKontekstFejl(f"beloeb_enhed must be one of {BELOEB_ENHEDER}, not {enhed!r}")
    beloeb = kontekst.get("beloeb")
    if beloeb is None and udfald != "afslag":
        raise BrevKontekstFejl("missing beloeb")
    linjer_raa = kontekst.get("linjer") or []
    if not isinstance(linjer_raa, (list, tuple)):
        raise BrevKontekstFejl("linjer must be a list")
    linjer = []
    for nummer, linje in enumerate(linjer_raa):
        if not isinstance(linje, dict):
            raise BrevKontekstFejl(f"linjer[{nummer}] must be a dict")
        linjer.append(
            {
                "tekst": _kraev(linje, "tekst", str, f"linjer[{nummer}]."),
                "beloeb": ""
                if linje.get("beloeb") is None
                else _beloeb(linje["beloeb"], sprog, f"linjer[{nummer}].beloeb"),
                "hjemmel": _valgfri_tekst(linje, "hjemmel", f"linjer[{nummer}]."),
            }
        )
    straks = kontekst.get("straks", False)
    if not isinstance(straks, bool):
        raise BrevKontekstFejl("straks must be a bool")
    art = kontekst.get("art") or "ydelse"
    if art not in ARTER:
        raise BrevKontekstFejl(f"art must be one of {ARTER}, not {art!r}")
    klagevejledning = afsnit(_valgfri_tekst(kontekst, "klagevejledning"))
    if not klagevejledning:
        klagevejledning = brevtekster.get("klagevejledning") or []
    return {
        "ydelse_titel": _kraev(kontekst, "ydelse_titel", str),
        "udfald": udfald,
        "beloeb": "" if beloeb is None else _beloeb(beloeb, sprog, "beloeb"),
        "maanedlig": enhed == "per måned",
        "periode": _valgfri_tekst(kontekst, "periode"),
        "linjer": linjer,
        "begrundelse": afsnit(_kraev(kontekst, "begrundelse", str)),
        "hjemmel": _kraev(kontekst, "hjemmel", str),
        "straks": straks,
        "klagevejledning": klagevejledning,
        "art": art,
        "aendring": bool(kontekst.get("aendring")),
        "udbetaling": _valgfri_tekst(kontekst, "udbetaling"),
        "naeste_skridt": afsnit(_valgfri_tekst(kontekst, "naeste_skridt")),
    }
