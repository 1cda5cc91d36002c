"""Letters rendered to PDF and read back with pypdf. No database needed."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from pypdf.generic import BooleanObject

from backend_core.breve import BrevKontekstFejl, eksempler, render_brev_pdf
from backend_core.breve.formatering import formater_beloeb, formater_dato, formater_tidspunkt
from backend_core.breve.pdf import SKABELON_MAPPE, LokalURLFetcher, font_mappe, opsaetning

PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"


def _laes(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def _tekst(pdf: bytes) -> str:
    """All pages' text, whitespace (incl. no-break spaces) collapsed to single spaces."""
    sider = [side.extract_text() or "" for side in _laes(pdf).pages]
    return " ".join(" ".join(sider).replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def afgoerelse_da():
    return render_brev_pdf(brevtype="afgoerelse", kontekst=eksempler.afgoerelse(), sprog="da")


@pytest.fixture(scope="module")
def afgoerelse_en():
    return render_brev_pdf(brevtype="afgoerelse", kontekst=eksempler.afgoerelse(), sprog="en")


@pytest.fixture(scope="module")
def kvittering_da():
    return render_brev_pdf(brevtype="kvittering", kontekst=eksempler.kvittering(), sprog="da")


@pytest.fixture(scope="module")
def kvittering_en():
    return render_brev_pdf(brevtype="kvittering", kontekst=eksempler.kvittering(), sprog="en")


# --- content ---------------------------------------------------------------


def test_afgoerelse_dansk_indhold(afgoerelse_da):
    tekst = _tekst(afgoerelse_da)
    assert "Afgørelse om boligstøtte" in tekst
    assert "Din ansøgning om boligstøtte er bevilget." in tekst
    assert "Du får 12.326,00 kr. pr. måned." in tekst
    assert "I alt pr. måned 12.326,00 kr." in tekst
    # Each reason line with its amount and legal reference.
    assert "Boligudgift (husleje og varme) Boligstøtteloven § 9 14.450,00 kr." in tekst
    assert "Fradrag for husstandens indkomst Boligstøtteloven § 23 -2.124,00 kr." in tekst
    assert "Tillæg for børn i husstanden Boligstøtteloven § 24, stk. 2 0,00 kr." in tekst
    assert "Afgørelsen er truffet efter lov om individuel boligstøtte." in tekst
    # Automatic decision, and the right to a caseworker's review.
    assert "truffet automatisk" in tekst
    assert "Du kan bede om, at en sagsbehandler ser på afgørelsen." in tekst
    # Appeal guidance: heading and the default text (4 weeks, Ankestyrelsen).
    assert "Klagevejledning" in tekst
    assert "senest 4 uger efter" in tekst
    assert "videre til Ankestyrelsen" in tekst
    # Letter facts.
    assert "YP-2026-000123" in tekst
    assert "Jens Ærø Østergård" in tekst
    assert "Søndergade 12, 2. th." in tekst
    assert "23. november 2026" in tekst
    assert "Side 1 af 2" in tekst
    # Municipality text blocks, paragraph by paragraph.
    assert "Tak for din henvendelse." in tekst
    assert "Ring til Borgerservice på 89 40 20 00" in tekst


def test_afgoerelse_engelsk_indhold(afgoerelse_en):
    tekst = _tekst(afgoerelse_en)
    assert "Your application for boligstøtte has been granted." in tekst
    assert "You will receive DKK 12,326.00 per month." in tekst
    assert "Boligudgift (husleje og varme) Boligstøtteloven § 9 DKK 14,450.00" in tekst
    assert "Fradrag for husstandens indkomst Boligstøtteloven § 23 DKK -2,124.00" in tekst
    assert "Boligstøtteloven § 24, stk. 2 DKK 0.00" in tekst
    assert "Total per month DKK 12,326.00" in tekst
    assert "This decision was made automatically" in tekst
    assert "How to appeal" in tekst
    assert "within 4 weeks" in tekst and "Ankestyrelsen" in tekst
    assert "23 November 2026" in tekst
    assert "YP-2026-000123" in tekst
    assert "Jens Ærø Østergård" in tekst
    assert "Page 1 of 2" in tekst
    # No Danish template strings left in an English letter.
    for dansk in ("Klagevejledning", "Sagsnummer", "pr. måned", "Side 1 af"):
        assert dansk not in tekst


def test_kvittering_dansk_indhold(kvittering_da):
    tekst = _tekst(kvittering_da)
    assert "Vi har modtaget din ansøgning" in tekst
    assert "Vi modtog din ansøgning om boligstøtte den 23. november 2026 kl. 14.05." in tekst
    assert "Dit sagsnummer er YP-2026-000123." in tekst
    assert "Dine svar" in tekst
    assert "Hvor mange personer bor i boligen? 3" in tekst
    assert "Er boligen en andelsbolig? Nej" in tekst
    assert "Indflytningsdato 1. oktober 2026" in tekst
    assert "lejekontrakt.pdf" in tekst and "loenseddel-oktober.pdf" in tekst
    assert "Hvad sker der nu" in tekst
    assert "Vi behandler din ansøgning inden for 4 uger." in tekst
    assert "Jens Ærø Østergård" in tekst
    assert "Klagevejledning" not in tekst


def test_kvittering_engelsk_indhold(kvittering_en):
    tekst = _tekst(kvittering_en)
    assert "We have received your application" in tekst
    assert "We received your application for boligstøtte on 23 November 2026 at 14:05." in tekst
    assert "Your case reference is YP-2026-000123." in tekst
    assert "Er boligen en andelsbolig? No" in tekst
    assert "Indflytningsdato 1 October 2026" in tekst
    assert "What happens next" in tekst


def test_kvittering_tid_vises_i_dansk_tid():
    kontekst = eksempler.kvittering()
    kontekst["modtaget_tidspunkt"] = dt.datetime(2026, 7, 1, 10, 30, tzinfo=dt.UTC)
    kontekst["indsendelse"] = "indberetning"
    kontekst["dokumenter"] = []
    tekst = _tekst(render_brev_pdf(brevtype="kvittering", kontekst=kontekst, sprog="da"))
    # 10:30 UTC is 12:30 in Copenhagen in summer.
    assert "Vi modtog din indberetning om boligstøtte den 1. juli 2026 kl. 12.30." in tekst
    assert "Du har ikke vedhæftet nogen dokumenter." in tekst


# --- decision variants -----------------------------------------------------


def test_afslag_uden_beloeb():
    kontekst = eksempler.afgoerelse(udfald="afslag", beloeb=None, linjer=[], straks=False)
    tekst = _tekst(render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog="da"))
    assert "Du har fået afslag på din ansøgning om boligstøtte." in tekst
    assert "Du får" not in tekst
    assert "truffet automatisk" not in tekst
    assert "Klagevejledning" in tekst


def test_engangsbeloeb_og_delvis():
    kontekst = eksempler.afgoerelse(udfald="delvis", beloeb="1500.5", beloeb_enhed="engangsbeløb")
    tekst = _tekst(render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog="en"))
    assert "Your application for boligstøtte has been partly granted." in tekst
    assert "You will receive DKK 1,500.50 as a one-off payment." in tekst
    assert "Total, one-off DKK 1,500.50" in tekst


@pytest.mark.parametrize("art", ["tilbagebetaling", "efterbetaling"])
def test_a_repayment_or_extra_payment_letter_has_one_full_stop_after_the_amount(art):
    kontekst = eksempler.afgoerelse(art=art, beloeb="325", beloeb_enhed="")
    for sprog in ("da", "en"):
        tekst = _tekst(render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog=sprog))
        assert ("325,00 kr." if sprog == "da" else "DKK 325.00") in tekst
        assert "kr.." not in tekst and "325.00." not in tekst


def test_klagevejledning_fra_kontekst_foer_kommunens_tekst():
    egen = "Klag til os inden 4 uger.\n\nSkriv til klage@eksempel.dk."
    kontekst = eksempler.afgoerelse(klagevejledning=egen)
    kontekst["brevtekster"]["klagevejledning"] = "Kommunens egen klagetekst."
    tekst = _tekst(render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog="da"))
    assert "Klag til os inden 4 uger. Skriv til klage@eksempel.dk." in tekst
    assert "Kommunens egen klagetekst." not in tekst
    assert "videre til Ankestyrelsen" not in tekst  # not the default text


def test_klagevejledning_fra_kommunens_tekstblok():
    kontekst = eksempler.afgoerelse()
    kontekst["brevtekster"]["klagevejledning"] = "Kommunens egen klagetekst."
    tekst = _tekst(render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog="da"))
    assert "Klagevejledning Kommunens egen klagetekst." in tekst
    assert "videre til Ankestyrelsen" not in tekst


# --- PDF/A, tags, metadata -------------------------------------------------


def _xmp(pdf: bytes) -> ElementTree.Element:
    katalog = _laes(pdf).trailer["/Root"]
    data = katalog["/Metadata"].get_object().get_data()
    start, slut = data.index(b"<rdf:RDF"), data.index(b"</rdf:RDF>") + len(b"</rdf:RDF>")
    # Our own freshly rendered PDF, not untrusted input.
    return ElementTree.fromstring(data[start:slut])  # noqa: S314


@pytest.mark.parametrize("fixture", ["afgoerelse_da", "kvittering_en"])
def test_pdfa_identifikation_i_xmp(fixture, request):
    pdf = request.getfixturevalue(fixture)
    beskrivelser = [
        e for e in _xmp(pdf).iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description") if e.get(f"{PDFAID}part")
    ]
    assert len(beskrivelser) == 1
    assert beskrivelser[0].get(f"{PDFAID}part") == "3"
    assert beskrivelser[0].get(f"{PDFAID}conformance") == "U"
    # PDF/A needs an output intent and every font embedded.
    laeser = _laes(pdf)
    assert laeser.trailer["/Root"]["/OutputIntents"]
    for side in laeser.pages:
        for font in side["/Resources"]["/Font"].values():
            font = font.get_object()
            beskrivelse = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in beskrivelse or "/FontFile3" in beskrivelse


def _strukturtyper(objekt, fundne: list[str]) -> list[str]:
    objekt = objekt.get_object() if hasattr(objekt, "get_object") else objekt
    if isinstance(objekt, dict):
        if "/S" in objekt:
            fundne.append(str(objekt["/S"]))
        if "/K" in objekt:
            _strukturtyper(objekt["/K"], fundne)
    elif isinstance(objekt, list):
        for barn in objekt:
            _strukturtyper(barn, fundne)
    return fundne


@pytest.mark.parametrize("fixture", ["afgoerelse_da", "kvittering_da"])
def test_tagget_pdf(fixture, request):
    katalog = _laes(request.getfixturevalue(fixture)).trailer["/Root"]
    assert katalog["/MarkInfo"]["/Marked"] == BooleanObject(True)
    assert "/StructTreeRoot" in katalog
    typer = _strukturtyper(katalog["/StructTreeRoot"], [])
    assert typer.count("/H1") == 1
    assert typer.count("/H2") >= 3
    for forventet in ("/Document", "/P", "/Table", "/TH", "/TD"):
        assert forventet in typer


@pytest.mark.parametrize(
    ("fixture", "sprog", "titel"),
    [
        ("afgoerelse_da", "da", "Afgørelse om boligstøtte"),
        ("afgoerelse_en", "en", "Afgørelse om boligstøtte"),
        ("kvittering_en", "en", "Kvittering for ansøgning om boligstøtte"),
    ],
)
def test_metadata_titel_sprog_forfatter(fixture, sprog, titel, request):
    laeser = _laes(request.getfixturevalue(fixture))
    assert laeser.metadata.title == titel
    assert laeser.metadata.author == "Eksempel Kommune"
    assert laeser.trailer["/Root"]["/Lang"] == sprog
    assert laeser.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"] == BooleanObject(True)
    dc_titel = _xmp(request.getfixturevalue(fixture)).find(
        ".//{http://purl.org/dc/elements/1.1/}title//{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li"
    )
    assert dc_titel is not None and dc_titel.text == titel


def test_a4_og_font(afgoerelse_da):
    laeser = _laes(afgoerelse_da)
    side = laeser.pages[0]
    assert round(float(side.mediabox.width) * 25.4 / 72) == 210
    assert round(float(side.mediabox.height) * 25.4 / 72) == 297
    navne = {str(f.get_object()["/BaseFont"]) for f in side["/Resources"]["/Font"].values()}
    forventet = "Brev-Sans" if font_mappe() else "DejaVu"
    assert navne and all(forventet in navn for navn in navne), navne


# --- input handling --------------------------------------------------------


def test_ukendt_brevtype_fejler():
    with pytest.raises(ValueError, match="brevtype"):
        render_brev_pdf(brevtype="rykker", kontekst=eksempler.afgoerelse())


def test_ukendt_sprog_fejler():
    with pytest.raises(ValueError, match="sprog"):
        render_brev_pdf(brevtype="afgoerelse", kontekst=eksempler.afgoerelse(), sprog="de")


@pytest.mark.parametrize(
    ("aendring", "besked"),
    [
        ({"udfald": "maaske"}, "udfald"),
        ({"beloeb": None}, "beloeb"),
        ({"beloeb": 12.5}, "beloeb"),
        ({"beloeb": "12.326,00"}, "beloeb"),
        ({"beloeb_enhed": "pr. uge"}, "beloeb_enhed"),
        ({"reference": None}, "reference"),
        ({"straks": "ja"}, "straks"),
    ],
)
def test_ugyldig_kontekst_fejler(aendring, besked):
    with pytest.raises(BrevKontekstFejl, match=besked):
        render_brev_pdf(brevtype="afgoerelse", kontekst=eksempler.afgoerelse(**aendring))


def test_manglende_noegle_i_kvittering_fejler():
    kontekst = eksempler.kvittering()
    del kontekst["modtaget_tidspunkt"]
    with pytest.raises(BrevKontekstFejl, match="modtaget_tidspunkt"):
        render_brev_pdf(brevtype="kvittering", kontekst=kontekst)


def test_html_i_tekst_escapes():
    ondsindet = (
        '<h1>Falsk overskrift</h1><img src="http://example.invalid/spor.png"><style>body { display: none }</style>'
    )
    kontekst = eksempler.afgoerelse(begrundelse=f"Før {ondsindet} efter")
    kontekst["modtager"]["navn"] = "<b>Jens</b> & Co"
    kontekst["brevtekster"]["indledning"] = '<link rel="stylesheet" href="file:///etc/passwd">'
    pdf = render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog="da")
    tekst = _tekst(pdf)
    # The markup shows as text, so it was escaped, not parsed.
    assert "<h1>Falsk overskrift</h1>" in tekst
    assert '<img src="http://example.invalid/spor.png">' in tekst
    assert "<b>Jens</b> & Co" in tekst
    assert '<link rel="stylesheet" href="file:///etc/passwd">' in tekst
    # The injected <style> did not hide the body, and no extra heading appeared.
    assert "Klagevejledning" in tekst
    katalog = _laes(pdf).trailer["/Root"]
    assert _strukturtyper(katalog["/StructTreeRoot"], []).count("/H1") == 1
    # No image was embedded.
    for side in _laes(pdf).pages:
        assert not side["/Resources"].get("/XObject")


# --- URL fetcher -----------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.invalid/a.css",
        "https://example.invalid/font.ttf",
        "ftp://example.invalid/x",
        "file:///etc/passwd",
        "file://fjernvaert/share/x.css",
        f"{SKABELON_MAPPE.as_uri()}/../../../../../etc/passwd",
    ],
)
def test_url_fetcher_afviser(url):
    fetcher = LokalURLFetcher([SKABELON_MAPPE])
    with pytest.raises(ValueError):
        fetcher.fetch(url)


def test_url_fetcher_tillader_lokale_filer_og_data():
    fetcher = opsaetning().fetcher
    svar = fetcher.fetch((SKABELON_MAPPE / "brev.css").as_uri())
    try:
        assert b"@page" in svar.read()
    finally:
        svar.close()
    svar = fetcher.fetch("data:text/plain;base64,aGVq")
    assert svar.read() == b"hej"
    if font_mappe():
        svar = fetcher.fetch((font_mappe() / "IBMPlexSans-Regular.ttf").as_uri())
        try:
            assert len(svar.read()) > 10_000
        finally:
            svar.close()


# --- formatting and translations ------------------------------------------


@pytest.mark.parametrize(
    ("beloeb", "da", "en"),
    [
        (Decimal("12326"), "12.326,00 kr.", "DKK 12,326.00"),
        (Decimal("1234567.891"), "1.234.567,89 kr.", "DKK 1,234,567.89"),
        ("0.005", "0,01 kr.", "DKK 0.01"),
        (-2124, "-2.124,00 kr.", "DKK -2,124.00"),
        ("999", "999,00 kr.", "DKK 999.00"),
    ],
)
def test_formater_beloeb(beloeb, da, en):
    assert formater_beloeb(beloeb, "da").replace("\u00a0", " ") == da
    assert formater_beloeb(beloeb, "en").replace("\u00a0", " ") == en


@pytest.mark.parametrize(
    ("beloeb", "da", "en"),
    [
        ("14201.50", "14.202 kr.", "DKK 14,202"),
        ("14201.49", "14.201 kr.", "DKK 14,201"),
        ("910", "910 kr.", "DKK 910"),
        ("-1234.5", "-1.235 kr.", "DKK -1,235"),
    ],
)
def test_an_estimate_is_written_in_whole_kroner(beloeb, da, en):
    assert formater_beloeb(beloeb, "da", hele_kroner=True).replace("\u00a0", " ") == da
    assert formater_beloeb(beloeb, "en", hele_kroner=True).replace("\u00a0", " ") == en


def test_formater_dato_og_tid():
    assert formater_dato(dt.date(2026, 11, 23), "da") == "23. november 2026"
    assert formater_dato(dt.date(2026, 11, 23), "en") == "23 November 2026"
    tid = dt.datetime(2026, 11, 23, 13, 5, tzinfo=dt.UTC)  # 14:05 in Copenhagen
    assert formater_tidspunkt(tid, "da").replace("\u00a0", " ") == "23. november 2026 kl. 14.05"
    assert formater_tidspunkt(tid, "en") == "23 November 2026 at 14:05"


def _msgids_i_brug() -> set[str]:
    fundne = set()
    for skabelon in SKABELON_MAPPE.glob("*.html"):
        kilde = skabelon.read_text(encoding="utf-8")
        fundne.update(re.findall(r'{%\s*translate\s+"([^"]+)"\s*%}', kilde))
        for krop in re.findall(r"{%\s*blocktranslate\b[^%]*%}(.*?){%\s*endblocktranslate\s*%}", kilde, re.S):
            krop = " ".join(linje.strip() for linje in krop.strip().splitlines())
            fundne.add(re.sub(r"{{\s*(\w+)\s*}}", r"%(\1)s", krop))
    pakke = SKABELON_MAPPE.parent.parent / "breve"
    for modul in pakke.glob("*.py"):
        fundne.update(re.findall(r'\b_\("([^"]+)"\)', modul.read_text(encoding="utf-8")))
    return fundne
