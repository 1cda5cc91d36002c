"""The back office: a caseworker works their own municipality's cases."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from backend_core.constants import Rolle, SagStatus
from backend_core.models import AuditEntry, Brevbestilling
from backend_core.tests.factories import AnsoegningFactory, BeregningFactory, MedarbejderFactory, SagFactory

pytestmark = pytest.mark.django_db


def staff_login(client, kommune, rolle=Rolle.SAGSBEHANDLER):
    """A staff member of ``kommune`` logged in on ``client``, one-time code passed."""
    from django.contrib.auth.models import Permission

    medarbejder = MedarbejderFactory(kommune=kommune, rolle=rolle)
    user = medarbejder.user
    user.is_staff = True
    user.save()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return medarbejder


@pytest.fixture
def caseworker_client(client):
    def login(kommune, rolle=Rolle.SAGSBEHANDLER):
        return staff_login(client, kommune, rolle)

    return login


def test_the_queue_shows_only_the_caseworkers_own_municipality(client, caseworker_client):
    own = SagFactory()
    other = SagFactory()
    caseworker_client(own.kommune)
    html = client.get("/admin/sager/").content.decode()
    assert own.reference in html
    assert other.reference not in html
    assert client.get(f"/admin/sager/{other.uuid}/").status_code == 404


def test_opening_a_case_is_audited_and_shows_no_full_cpr_number(client, caseworker_client):
    sag = SagFactory()
    BeregningFactory(sag=sag)
    medarbejder = caseworker_client(sag.kommune)
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert sag.borger.cpr not in html
    assert sag.borger.cpr[:6] in html
    assert AuditEntry.objects.filter(
        handling="sag_viewed", aktoer_user_id=medarbejder.user.pk, objekt_uuid=sag.uuid
    ).exists()


def test_a_caseworker_decides_and_the_letter_is_ordered(client, caseworker_client):
    sag = SagFactory()
    BeregningFactory(sag=sag)
    caseworker_client(sag.kommune)
    assert client.post(f"/admin/sager/{sag.uuid}/", {"handling": "paabegynd"}).status_code == 302
    response = client.post(
        f"/admin/sager/{sag.uuid}/",
        {
            "handling": "afgoer",
            "udfald": "bevilget",
            "beloeb": "12.500",
            "begrundelse": "Du opfylder betingelserne.",
            "beloeb_begrundelse": "Beløbet er rettet efter lønsedlen.",
            "virkning_fra": "2026-12-01",
        },
    )
    assert response.status_code == 302 and response.url.endswith("/afgoerelse/")
    # Nothing is decided before the confirmation step.
    sag.refresh_from_db()
    assert sag.status == SagStatus.UNDER_BEHANDLING and not sag.afgoerelser.exists()
    preview = client.get(f"/admin/sager/{sag.uuid}/afgoerelse/forhaandsvisning.pdf")
    assert preview["Content-Type"] == "application/pdf" and preview.content.startswith(b"%PDF")
    assert not sag.afgoerelser.exists() and not Brevbestilling.objects.filter(sag=sag, brevtype="afgoerelse").exists()
    assert client.post(f"/admin/sager/{sag.uuid}/afgoerelse/", {"send": "1"}).status_code == 302
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFGJORT
    afgoerelse = sag.afgoerelser.get()
    assert str(afgoerelse.beloeb) == "12500.00" and afgoerelse.afgjort_af_straks is False
    assert str(afgoerelse.virkning_fra) == "2026-12-01"
    assert "Beløbet er rettet efter lønsedlen." in afgoerelse.begrundelse
    assert Brevbestilling.objects.filter(sag=sag, brevtype="afgoerelse").exists()


def test_a_grant_without_an_amount_is_refused_with_a_message(client, caseworker_client):
    sag = SagFactory(under_behandling=True)
    caseworker_client(sag.kommune)
    response = client.post(
        f"/admin/sager/{sag.uuid}/", {"handling": "afgoer", "udfald": "bevilget", "beloeb": "", "begrundelse": "Ok."}
    )
    assert response.status_code == 200
    assert "Skriv det bevilgede beløb." in response.content.decode()
    sag.refresh_from_db()
    assert sag.status == SagStatus.UNDER_BEHANDLING


def test_asking_the_citizen_for_information_sends_a_message_and_waits(client, caseworker_client):
    sag = SagFactory(under_behandling=True)
    caseworker_client(sag.kommune)
    frist = (timezone.localdate() + dt.timedelta(days=10)).isoformat()
    client.post(
        f"/admin/sager/{sag.uuid}/", {"handling": "anmod", "tekst": "Send din seneste lønseddel.", "frist": frist}
    )
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFVENTER_BORGER
    assert sag.borger_frist.isoformat() == frist
    assert sag.beskeder.get().tekst == "Send din seneste lønseddel."


def test_a_communicator_has_no_case_queue(client, caseworker_client):
    sag = SagFactory()
    caseworker_client(sag.kommune, rolle=Rolle.KOMMUNIKATOR)
    # The permission policy refuses the views themselves, not only the rows
    # (the Wagtail admin sends a refused user back to the dashboard).
    for url in ("/admin/sager/", f"/admin/sager/{sag.uuid}/", "/admin/ledelsesinformation/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url == "/admin/"
    assert sag.reference not in client.get("/admin/").content.decode()


def test_the_case_shows_the_answers_under_their_questions_without_internal_data(client, caseworker_client, settings):
    settings.LANGUAGE_CODE = "en"
    ansoegning = AnsoegningFactory(
        sag=SagFactory(ydelse="tandpleje"),
        svar={
            "tandlaege": "Tandklinikken Nord",
            "udgift": "2000.00",
            "modtager_kontanthjaelp": True,
            "_prefill": {"navn": "Intern Prefill", "adresse": "Skjult Vej 1"},
        },
    )
    caseworker_client(ansoegning.sag.kommune)

    html = client.get(f"/admin/sager/{ansoegning.sag.uuid}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Name of your dentist or clinic" in html and "Tandklinikken Nord" in html
    assert "What does the treatment cost?" in html
    assert "_prefill" not in html and "Skjult Vej 1" not in html
    assert "tandlaege" not in html


def test_a_case_waiting_for_the_citizen_says_so_from_the_caseworkers_side(client, caseworker_client):
    sag = SagFactory(status=SagStatus.AFVENTER_BORGER)
    caseworker_client(sag.kommune)
    client.cookies["django_language"] = "da"
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert "Afventer borgeren" in html and "Afventer dig" not in html
