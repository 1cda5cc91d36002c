"""Reasons shown to people carry no internal rate keys (``formue_enlig``),
no double full stop after an amount ("kr..") and no unresolved law
reference: the receipt page and the receipt and decision letters of every
benefit, in Danish and English, rendered from real submissions."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
import time_machine
from django.urls import reverse
from pypdf import PdfReader

from backend_core.breve import render_brev_pdf
from backend_core.constants import DokumentKategori
from backend_core.models import Brevbestilling
from backend_core.registre.pension import FakePensionClient
from backend_core.services import ansoegning_submit, brev_kontekst
from backend_core.tests.factories import (
    AfgoerelseFactory,
    BorgerFactory,
    DokumentFactory,
    SagFactory,
    borger_aktoer,
    kontanthjaelp_input,
)

pytestmark = pytest.mark.django_db

NOEGLE = re.compile(r"\b[a-z]+_[a-z]+\b")


class _Synlig(HTMLParser):
    """The text a person sees inside <main> (no scripts, styles or attributes)."""

    def __init__(self):
        super().__init__()
        self.dybde, self.skjult, self.tekst = 0, 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.dybde += 1
        if tag in ("script", "style"):
            self.skjult += 1

    def handle_endtag(self, tag):
        if tag == "main":
            self.dybde -= 1
        if tag in ("script", "style"):
            self.skjult -= 1

    def handle_data(self, data):
        if self.dybde and not self.skjult:
            self.tekst.append(data)


def _synlig(html: str) -> str:
    p = _Synlig()
    p.feed(html)
    return " ".join(p.tekst)


def _tjek(tekst: str, hvor: str) -> None:
    tekst = tekst.replace("\u00a0", " ")
    assert not NOEGLE.search(tekst), (hvor, NOEGLE.findall(tekst))
    assert "kr.." not in tekst, hvor
    assert "paragraf ikke fundet" not in tekst, hvor


def _tandpleje(dato="2026-11-20", foedt="1990-05-01"):
    return {
        "ydelse": "tandpleje",
        "dato": dato,
        "foedselsdato": foedt,
        "modtager_kontanthjaelp": True,
        "udgift": "12000.00",
        "betalt_egenbetaling_i_aar": "0.00",
    }


def _helbred(dato="2026-11-20"):
    return {
        "ydelse": "helbredstillaeg",
        "dato": dato,
        "personlig_tillaegsprocent": 100,
        "likvid_formue": "20000.00",
        "egenbetaling": "450.00",
    }


SCENARIER = {
    # benefit, its input, the citizen (cpr), with the invoice, a granted kontanthjælp case first
    "kontanthjaelp-sagsbehandler": ("kontanthjaelp", kontanthjaelp_input, None, False, False),
    "tandpleje-uden-regning-over-graensen": ("tandpleje", _tandpleje, None, False, False),
    "tandpleje-25-29": ("tandpleje", lambda: _tandpleje(foedt="1999-01-15"), None, True, True),
    "tandpleje-straks-2024": (
        "tandpleje",
        lambda: {**_tandpleje(dato="2024-05-01"), "udgift": "2000.00"},
        None,
        True,
        True,
    ),
    "helbredstillaeg-2026": ("helbredstillaeg", _helbred, "0204551126", True, False),
    "helbredstillaeg-uden-pension": ("helbredstillaeg", _helbred, "1205881234", False, False),
    "helbredstillaeg-straks-2024": ("helbredstillaeg", lambda: _helbred("2024-05-01"), "0204551126", True, False),
}


@pytest.mark.parametrize("navn", list(SCENARIER))
def test_receipts_and_letters_show_no_rate_keys_double_stops_or_unresolved_references(client, navn):
    ydelse, data, cpr, regning, egen_sag = SCENARIER[navn]
    dag = "2024-05-01 10:00 +0200" if navn.endswith("2024") else "2026-11-20 10:00 +0100"
    FakePensionClient.down = False
    with time_machine.travel(dag, tick=False):
        borger = BorgerFactory(**({"cpr": cpr} if cpr else {}))
        if egen_sag:
            kh = SagFactory(borger=borger, ydelse="kontanthjaelp", afgjort=True)
            AfgoerelseFactory(sag=kh)
        dokumenter = [DokumentFactory(borger=borger, kategori=DokumentKategori.REGNING).uuid] if regning else []
        ansoegning = ansoegning_submit(
            aktoer=borger_aktoer(borger),
            borger=borger,
            ydelse=ydelse,
            svar={},
            beregning_input=data(),
            form_version="t",
            idempotency_key=navn,
            dokument_uuids=dokumenter,
        )
        client.force_login(borger.user)
        for sprog in ("da", "en"):
            client.cookies["django_language"] = sprog
            html = client.get(reverse("ansoegning:kvittering", args=[ansoegning.uuid]), HTTP_ACCEPT_LANGUAGE=sprog)
            assert html.status_code == 200
            _tjek(_synlig(html.content.decode()), f"{navn} kvittering {sprog}")
        bestillinger = list(Brevbestilling.objects.filter(sag=ansoegning.sag))
        if navn.endswith("straks-2024"):
            assert {b.brevtype for b in bestillinger} == {"kvittering", "afgoerelse"}, navn
        for bestilling in bestillinger:
            for sprog in ("da", "en"):
                bestilling.sprog = sprog
                pdf = render_brev_pdf(
                    brevtype=bestilling.brevtype, kontekst=brev_kontekst(bestilling=bestilling), sprog=sprog
                )
                tekst = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                _tjek(tekst.replace("\n", " "), f"{navn} {bestilling.brevtype} {sprog}")
