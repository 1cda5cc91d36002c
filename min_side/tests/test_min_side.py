"""Min Side and its API: the citizen's own data, nobody else's."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from backend_core.models import AuditEntry, Dokument
from backend_core.tests.factories import SagFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def test_the_overview_lists_the_citizens_own_cases_only(logged_in, borger):
    own = SagFactory(borger=borger)
    other = SagFactory()
    html = logged_in.get("/min-side/").content.decode()
    assert own.reference in html and other.reference not in html


def test_another_citizens_case_is_not_found_and_the_attempt_is_audited(logged_in, borger):
    other = SagFactory()
    assert logged_in.get(f"/min-side/sager/{other.uuid}/").status_code == 404
    assert logged_in.get(f"/api/borger/sager/{other.uuid}/").status_code == 404
    assert AuditEntry.objects.filter(handling="access_denied", aktoer_user_id=borger.user.pk).count() == 2


def test_the_api_lists_own_cases_without_cpr_numbers(logged_in, borger):
    sag = SagFactory(borger=borger)
    SagFactory()
    response = logged_in.get("/api/borger/sager/")
    assert response.status_code == 200
    assert [row["uuid"] for row in response.json()] == [str(sag.uuid)]
    assert borger.cpr not in response.content.decode()


def test_an_empty_message_is_refused_with_the_field_named_in_danish_and_in_english(logged_in, borger):
    sag = SagFactory(borger=borger)
    url = f"/api/borger/sager/{sag.uuid}/beskeder/"
    response = logged_in.post(url, {"tekst": "   "}, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"fejl": [{"felt": "tekst", "besked": "Dette felt må ikke være tomt."}]}
    logged_in.cookies["django_language"] = "en"
    response = logged_in.post(url, {"tekst": ""}, content_type="application/json")
    assert response.json()["fejl"][0]["besked"] == "This field may not be blank."
    assert not sag.beskeder.exists()


def test_a_message_reaches_the_case(logged_in, borger):
    sag = SagFactory(borger=borger)
    response = logged_in.post(
        f"/api/borger/sager/{sag.uuid}/beskeder/",
        {"tekst": "Hej, jeg har et spørgsmål."},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert sag.beskeder.get().tekst == "Hej, jeg har et spørgsmål."


def test_the_api_thread_shows_read_state_both_ways_and_reading_it_marks_the_caseworkers_read(logged_in, borger):
    from django.utils import timezone

    from backend_core.tests.factories import BeskedFactory

    sag = SagFactory(borger=borger)
    egen = BeskedFactory(sag=sag, afsender="borger", tekst="Her er lønsedlen.", laest=timezone.now())
    svar = BeskedFactory(sag=sag, afsender="medarbejder", tekst="Tak, vi kigger på den.")
    url = f"/api/borger/sager/{sag.uuid}/beskeder/"
    rows = {r["uuid"]: r for r in logged_in.get(url).json()}
    assert rows[str(egen.uuid)]["laest"] is not None  # the caseworker has read the citizen's
    assert rows[str(svar.uuid)]["laest"] is None  # new to the citizen in this answer
    svar.refresh_from_db()
    assert svar.laest is not None
    rows = {r["uuid"]: r for r in logged_in.get(url).json()}
    assert rows[str(svar.uuid)]["laest"] is not None


def test_the_api_refuses_anyone_not_logged_in_as_a_citizen(client):
    assert client.get("/api/borger/sager/").status_code == 403


def test_a_document_can_be_added_after_submission_and_read_back(logged_in, borger):
    sag = SagFactory(borger=borger)
    response = logged_in.post(
        f"/min-side/sager/{sag.uuid}/dokumenter/",
        {"kategori": "loenseddel", "fil": SimpleUploadedFile("loenseddel.pdf", PDF, content_type="application/pdf")},
    )
    assert response.status_code == 302
    dokument = Dokument.objects.get(sag=sag)
    assert dokument.kategori == "loenseddel"
    download = logged_in.get(f"/min-side/dokument/{dokument.uuid}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert download["Cache-Control"] == "private, no-store"


def test_a_file_that_is_not_a_pdf_or_picture_is_refused_and_nothing_is_stored(logged_in, borger):
    sag = SagFactory(borger=borger)
    response = logged_in.post(
        f"/min-side/sager/{sag.uuid}/dokumenter/",
        {
            "kategori": "loenseddel",
            "fil": SimpleUploadedFile("loenseddel.pdf", b"text", content_type="application/pdf"),
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    # A field error under the file field, in the error summary, with the chosen type kept.
    assert 'id="error-summary"' in html and '<a href="#id_fil">Filen skal være en PDF eller et billede' in html
    assert '<option value="loenseddel" selected>' in html
    assert not Dokument.objects.filter(sag=sag).exists()


def test_an_upload_without_a_file_is_a_field_error_not_a_page_alert(logged_in, borger):
    sag = SagFactory(borger=borger)
    response = logged_in.post(f"/min-side/sager/{sag.uuid}/dokumenter/", {"kategori": "kontoudtog"})
    assert response.status_code == 400
    html = response.content.decode()
    assert '<a href="#id_fil">Vælg en fil, du vil uploade.</a>' in html
    assert '<option value="kontoudtog" selected>' in html
    assert response["Cache-Control"] == "private, no-store"


def test_the_embeddable_view_may_be_framed_by_borger_dk_only(logged_in, borger):
    response = logged_in.get("/min-side/indlejret/")
    assert response.status_code == 200
    assert "frame-ancestors https://www.borger.dk" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    assert "frame-ancestors 'none'" in logged_in.get("/min-side/")["Content-Security-Policy"]
