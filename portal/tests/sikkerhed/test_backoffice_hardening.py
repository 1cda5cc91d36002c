"""Back-office edges: the site history is not another municipality's window,
the choosers answer odd input without a 500, and an uploaded file is never
run in the back office's origin."""

from __future__ import annotations

import pytest
from django.core.files.storage import storages

from backend_core.constants import Rolle
from backend_core.models import Dokument
from backend_core.tests.factories import BorgerFactory, SagFactory

pytestmark = pytest.mark.django_db


def test_the_site_history_is_closed_to_municipal_staff_and_hidden_from_their_menu(client, staff_login):
    staff_login(rolle=Rolle.KOORDINATOR)
    assert client.get("/admin/reports/site-history/").status_code == 404
    assert client.get("/admin/reports/site-history/results/").status_code == 404
    assert b"/admin/reports/site-history/" not in client.get("/admin/").content


def test_a_superuser_still_has_the_site_history(client, django_user_model):
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    admin = django_user_model.objects.create_superuser("root", password="x" * 16)
    device = TOTPDevice.objects.create(user=admin, name="app", confirmed=True)
    client.force_login(admin)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    assert client.get("/admin/reports/site-history/").status_code == 200


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"external-link-chooser-url": "\x00"},
        {"external-link-chooser-url": "http://[::1"},
        {"external-link-chooser-url": "javascript:alert(1)"},
        {"external-link-chooser-url": "x" * 100_000},
    ],
)
def test_the_external_link_chooser_answers_odd_input_without_a_500(client, staff_login, data):
    staff_login()
    response = client.post("/admin/choose-external-link/", data)
    assert response.status_code == 200
    assert b"external_link_chosen" not in response.content


def test_the_external_link_chooser_still_chooses_a_link(client, staff_login):
    staff_login()
    response = client.post("/admin/choose-external-link/", {"external-link-chooser-url": "https://www.borger.dk/"})
    assert response.status_code == 200
    assert b"external_link_chosen" in response.content


@pytest.mark.parametrize(
    "url",
    [
        "/admin/documents/chooser/?p=abc",
        "/admin/documents/chooser/abc/",
        "/admin/documents/chooser/99999999999999999999/",
        "/admin/images/chooser/?p=abc",
        "/admin/images/chooser/abc/",
        "/admin/images/chooser/abc/select_format/",
        "/admin/choose-page/?p=abc",
        "/admin/choose-page/search/?q=%00",
        "/admin/choose-email-link/?link_url=%00",
        "/admin/snippets/choose/backend_core/brevtekst/chosen-multiple/?id=abc",
    ],
)
def test_the_choosers_answer_odd_input_without_a_500(client, staff_login, url):
    staff_login(
        perms=[
            "wagtailadmin.access_admin",
            "wagtaildocs.add_document",
            "wagtailimages.add_image",
            "backend_core.view_brevtekst",
        ]
    )
    assert client.get(url).status_code < 500


def test_a_caseworker_downloads_an_uploaded_pdf_instead_of_running_it_in_the_back_office(client, staff_login):
    sag = SagFactory()
    staff_login(sag.kommune, rolle=Rolle.SAGSBEHANDLER, perms=["wagtailadmin.access_admin"])
    noegle = storages["dokumenter"].save("bilag/test.pdf", __import__("io").BytesIO(b"%PDF-1.4\n%%EOF\n"))
    dokument = Dokument.objects.create(
        borger=sag.borger,
        sag=sag,
        kategori="loenseddel",
        filnavn="a.pdf",
        mimetype="application/pdf",
        stoerrelse=15,
        sha256="0" * 64,
        lagernoegle=noegle,
        oprettet_af="borger",
    )
    response = client.get(f"/admin/sager/dokument/{dokument.uuid}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert "no-store" in response["Cache-Control"]
    other = Dokument.objects.create(
        borger=BorgerFactory(),
        sag=SagFactory(),
        kategori="loenseddel",
        filnavn="b.pdf",
        mimetype="application/pdf",
        stoerrelse=15,
        sha256="0" * 64,
        lagernoegle=noegle + ".anden",
        oprettet_af="borger",
    )
    assert client.get(f"/admin/sager/dokument/{other.uuid}/").status_code == 404
