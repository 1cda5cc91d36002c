import hashlib

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile

from backend_core.constants import BorgerAktivitet, Rolle, SagStatus
from backend_core.exceptions import AdgangNaegtet, DomaeneValideringsfejl
from backend_core.models import Sag
from backend_core.services import dokument_add
from backend_core.tests.factories import (
    BorgerFactory,
    MedarbejderFactory,
    SagFactory,
    borger_aktoer,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_a_pdf_is_stored_with_checksum_and_size():
    borger = BorgerFactory()
    dokument = dokument_add(
        aktoer=borger_aktoer(borger),
        borger=borger,
        fil=SimpleUploadedFile("løn.pdf", PDF),
        filnavn="../løn.pdf",
        kategori="loenseddel",
    )
    assert dokument.mimetype == "application/pdf"
    assert dokument.sha256 == hashlib.sha256(PDF).hexdigest()
    assert dokument.stoerrelse == len(PDF)
    assert dokument.filnavn == "løn.pdf"
    assert borger.cpr not in dokument.lagernoegle
    with storages["dokumenter"].open(dokument.lagernoegle) as f:
        assert f.read() == PDF


def test_type_is_checked_by_content_not_by_name():
    borger = BorgerFactory()
    with pytest.raises(DomaeneValideringsfejl) as info:
        dokument_add(
            aktoer=borger_aktoer(borger),
            borger=borger,
            fil=SimpleUploadedFile("x.pdf", b"just text, not a pdf"),
            filnavn="x.pdf",
            kategori="andet",
        )
    assert info.value.messages == ["Filen skal være en PDF eller et billede (JPEG, PNG eller HEIC)."]


def test_the_refusal_is_in_english_for_an_english_speaking_citizen():
    from django.utils import translation

    borger = BorgerFactory()
    with translation.override("en"), pytest.raises(DomaeneValideringsfejl) as info:
        dokument_add(
            aktoer=borger_aktoer(borger),
            borger=borger,
            fil=SimpleUploadedFile("x.pdf", b"just text"),
            filnavn="x.pdf",
            kategori="andet",
        )
    assert info.value.messages == ["The file must be a PDF or a picture (JPEG, PNG or HEIC)."]
    assert (
        dokument_add(aktoer=borger_aktoer(borger), borger=borger, fil=PNG, filnavn="x.txt", kategori="andet").mimetype
        == "image/png"
    )


def test_empty_and_too_large_files_are_refused(settings):
    borger = BorgerFactory()
    settings.UPLOAD_MAX_BYTES = 100
    with pytest.raises(DomaeneValideringsfejl) as tom:
        dokument_add(aktoer=borger_aktoer(borger), borger=borger, fil=b"", filnavn="a.pdf", kategori="andet")
    assert tom.value.code == "tom"
    with pytest.raises(DomaeneValideringsfejl) as stor:
        dokument_add(
            aktoer=borger_aktoer(borger),
            borger=borger,
            fil=PDF + b"x" * 200,
            filnavn="a.pdf",
            kategori="andet",
        )
    assert stor.value.code == "for_stor"
    assert "100" in stor.value.messages[0]


def test_a_document_on_a_waiting_case_sends_it_back_to_the_caseworker():
    sag = SagFactory(afventer_borger=True)
    dokument = dokument_add(
        aktoer=borger_aktoer(sag.borger),
        borger=sag.borger,
        fil=PDF,
        filnavn="a.pdf",
        kategori="kontoudtog",
        sag=sag,
    )
    assert dokument.sag == sag
    assert Sag.objects.get(pk=sag.pk).status == SagStatus.UNDER_BEHANDLING


def test_a_citizens_document_on_a_case_flags_it_for_the_caseworkers_queue():
    sag = SagFactory(status=SagStatus.UNDER_BEHANDLING)
    assert sag.ny_aktivitet == ""
    dokument_add(
        aktoer=borger_aktoer(sag.borger), borger=sag.borger, fil=PDF, filnavn="a.pdf", kategori="loenseddel", sag=sag
    )
    sag.refresh_from_db()
    assert sag.ny_aktivitet == BorgerAktivitet.DOKUMENT
    assert sag.ny_aktivitet_tid is not None
    assert sag.status == SagStatus.UNDER_BEHANDLING


def test_a_staff_upload_or_a_loose_citizen_upload_flags_no_case():
    sag = SagFactory(status=SagStatus.UNDER_BEHANDLING)
    medarbejder = MedarbejderFactory(kommune=sag.kommune, rolle=Rolle.SAGSBEHANDLER)
    dokument_add(
        aktoer=medarbejder_aktoer(medarbejder), borger=sag.borger, fil=PDF, filnavn="a.pdf", kategori="andet", sag=sag
    )
    dokument_add(aktoer=borger_aktoer(sag.borger), borger=sag.borger, fil=PDF, filnavn="b.pdf", kategori="andet")
    sag.refresh_from_db()
    assert sag.ny_aktivitet == ""


def test_a_citizen_cannot_add_to_someone_elses_case():
    sag = SagFactory()
    anden = BorgerFactory()
    with pytest.raises(AdgangNaegtet):
        dokument_add(
            aktoer=borger_aktoer(anden),
            borger=anden,
            fil=PDF,
            filnavn="a.pdf",
            kategori="andet",
            sag=sag,
        )


def _pdf_with_open_action(action: str) -> bytes:
    import io

    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    key = "/JS" if action == "/JavaScript" else "/F"
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject(action), NameObject(key): TextStringObject("app.alert(1)")}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "pdf",
    [
        _pdf_with_open_action("/JavaScript"),
        _pdf_with_open_action("/Launch"),
        # Unparseable, hex-escaped name (/JS written as /J#53): the raw check still finds it.
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Names<</J#53 (app.alert(1))>>>>endobj\n%%EOF\n",
        b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    ],
    ids=["openaction-javascript", "launch", "escaped-name", "minimal-openaction"],
)
def test_a_pdf_with_scripts_or_actions_is_refused_with_a_message(pdf):
    from backend_core.models import AuditEntry, Dokument

    borger = BorgerFactory()
    with pytest.raises(DomaeneValideringsfejl) as info:
        dokument_add(aktoer=borger_aktoer(borger), borger=borger, fil=pdf, filnavn="a.pdf", kategori="loenseddel")
    assert info.value.code == "aktivt_indhold" and info.value.felt == "fil"
    assert "JavaScript" in info.value.messages[0]
    assert not Dokument.objects.filter(borger=borger).exists()
    assert AuditEntry.objects.filter(handling="dokument_rejected").exists()


def test_a_pdf_that_only_opens_at_a_page_is_accepted():
    import io

    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(100, 100)
    writer._root_object[NameObject("/OpenAction")] = ArrayObject([page.indirect_reference, NameObject("/Fit")])
    out = io.BytesIO()
    writer.write(out)
    borger = BorgerFactory()
    dokument = dokument_add(
        aktoer=borger_aktoer(borger), borger=borger, fil=out.getvalue(), filnavn="side.pdf", kategori="loenseddel"
    )
    assert dokument.mimetype == "application/pdf"
