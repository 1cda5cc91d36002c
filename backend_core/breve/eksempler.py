"""Example contexts for the letters: used by the tests, the benchmark and previews."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

KOBENHAVN = ZoneInfo("Europe/Copenhagen")

KOMMUNE = {
    "navn": "Eksempel Kommune",
    "adresse": "Rådhuspladsen 1\n8000 Aarhus C",
    "telefon": "89 40 20 00",
    "logo_tekst": "Eksempel Kommune",
}

MODTAGER = {
    "navn": "Jens Ærø Østergård",
    "adresse_linjer": ["Søndergade 12, 2. th.", "8000 Aarhus C"],
}

BREVTEKSTER = {
    "indledning": "Tak for din henvendelse.\n\nVi har behandlet din sag.",
    "kontakt": "Ring til Borgerservice på 89 40 20 00 mandag–fredag kl. 9–15.",
}


def kvittering() -> dict:
    return {
        "kommune": dict(KOMMUNE),
        "modtager": dict(MODTAGER),
        "dato": dt.date(2026, 11, 23),
        "reference": "YP-2026-000123",
        "emne": "Kvittering for ansøgning om boligstøtte",
        "brevtekster": {"indledning": "Tak for din ansøgning."},
        "ydelse_titel": "boligstøtte",
        "modtaget_tidspunkt": dt.datetime(2026, 11, 23, 14, 5, tzinfo=KOBENHAVN),
        "svar": [
            {"spoergsmaal": "Hvor mange personer bor i boligen?", "svar": "3"},
            {"spoergsmaal": "Månedlig husleje", "svar": "7.450 kr."},
            {"spoergsmaal": "Er boligen en andelsbolig?", "svar": False},
            {"spoergsmaal": "Indflytningsdato", "svar": dt.date(2026, 10, 1)},
        ],
        "dokumenter": ["lejekontrakt.pdf", "loenseddel-oktober.pdf"],
        "naeste_skridt": (
            "Vi behandler din ansøgning inden for 4 uger.\n\n"
            "Du får besked i Digital Post, når vi har truffet en afgørelse."
        ),
    }


def afgoerelse(**aendringer) -> dict:
    kontekst = {
        "kommune": dict(KOMMUNE),
        "modtager": dict(MODTAGER),
        "dato": dt.date(2026, 11, 23),
        "reference": "YP-2026-000123",
        "emne": "Afgørelse om boligstøtte",
        "brevtekster": dict(BREVTEKSTER),
        "ydelse_titel": "boligstøtte",
        "udfald": "bevilget",
        "beloeb": Decimal("12326.00"),
        "beloeb_enhed": "per måned",
        "periode": "1. december 2026 – 30. november 2027",
        "linjer": [
            {
                "tekst": "Boligudgift (husleje og varme)",
                "beloeb": Decimal("14450.00"),
                "hjemmel": "Boligstøtteloven § 9",
            },
            {
                "tekst": "Fradrag for husstandens indkomst",
                "beloeb": Decimal("-2124.00"),
                "hjemmel": "Boligstøtteloven § 23",
            },
            {
                "tekst": "Tillæg for børn i husstanden",
                "beloeb": "0",
                "hjemmel": "Boligstøtteloven § 24, stk. 2",
            },
        ],
        "begrundelse": (
            "Vi har beregnet din boligstøtte ud fra husleje, husstandens indkomst "
            "og antal personer i boligen.\n\nBeregningen bygger på de oplysninger, "
            "du gav i ansøgningen."
        ),
        "hjemmel": "lov om individuel boligstøtte",
        "straks": True,
    }
    kontekst.update(aendringer)
    return kontekst
