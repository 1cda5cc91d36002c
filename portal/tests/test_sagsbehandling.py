"""Case work in the back office: the queue's filters and search, case
distribution, the whole case, asking with a deadline and the reminder,
management information and its exports, and who may see which screen."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from backend_core import selectors, services
from backend_core.constants import BorgerAktivitet, Rolle, SagStatus
from backend_core.models import AuditEntry, Besked, Indberetning
from backend_core.tasks import borger_frister_paamind
from backend_core.tests.factories import (
    BeregningFactory,
    BorgerFactory,
    KommuneFactory,
    MedarbejderFactory,
    SagFactory,
    borger_aktoer,
    medarbejder_aktoer,
)
from portal.tests.test_backoffice import caseworker_client  # noqa: F401 - the login fixture

pytestmark = pytest.mark.django_db


def refused(response) -> None:
    """The Wagtail admin answers a refused view by sending the user to the dashboard."""
    assert response.status_code == 302 and response.url == "/admin/"


def test_the_queue_filters_to_my_cases_and_to_unassigned_ones(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    mig = caseworker_client(kommune)
    kollega = MedarbejderFactory(kommune=kommune)
    mine = SagFactory(borger=BorgerFactory(kommune=kommune), sagsbehandler=mig.user)
    hans = SagFactory(borger=BorgerFactory(kommune=kommune), sagsbehandler=kollega.user)
    ingen = SagFactory(borger=BorgerFactory(kommune=kommune))

    html = client.get("/admin/sager/?tildelt=mine").content.decode()
    assert mine.reference in html and hans.reference not in html and ingen.reference not in html
    html = client.get("/admin/sager/?tildelt=ingen").content.decode()
    assert ingen.reference in html and mine.reference not in html
    html = client.get(f"/admin/sager/?tildelt={kollega.user_id}").content.decode()
    assert hans.reference in html and mine.reference not in html


def test_the_queue_filters_new_citizen_activity_and_passed_deadlines(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    caseworker_client(kommune)
    ny = SagFactory(
        borger=BorgerFactory(kommune=kommune), ny_aktivitet=BorgerAktivitet.AENDRING, ny_aktivitet_tid=timezone.now()
    )
    frist = SagFactory(
        borger=BorgerFactory(kommune=kommune),
        afventer_borger=True,
        borger_frist=timezone.localdate() - dt.timedelta(days=2),
    )
    stille = SagFactory(borger=BorgerFactory(kommune=kommune))

    html = client.get("/admin/sager/?ny_aktivitet=aendring").content.decode()
    assert ny.reference in html and stille.reference not in html
    html = client.get("/admin/sager/?status=frist_overskredet").content.decode()
    assert frist.reference in html and ny.reference not in html


def test_the_queue_is_paginated_without_cutting_cases_off(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    caseworker_client(kommune)
    sager = [SagFactory(borger=BorgerFactory(kommune=kommune)) for _ in range(30)]
    first = client.get("/admin/sager/?ordering=reference").content.decode()
    second = client.get("/admin/sager/?ordering=reference&p=2").content.decode()
    refs = sorted(s.reference for s in sager)
    assert refs[0] in first and refs[-1] not in first
    assert refs[-1] in second and "30 sager" in first


def test_a_search_by_name_is_kept_out_of_the_url_and_a_cpr_number_is_refused(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    caseworker_client(kommune)
    emma = SagFactory(borger=BorgerFactory(kommune=kommune, fornavn="Emma", efternavn="Larsen"))
    anden = SagFactory(borger=BorgerFactory(kommune=kommune, fornavn="Jens", efternavn="Hansen"))

    response = client.post("/admin/sager/soeg/", {"soeg": "emma lar"})
    assert response.status_code == 302 and "emma" not in response.url.lower()
    html = client.get(response.url).content.decode()
    assert emma.reference in html and anden.reference not in html

    response = client.post("/admin/sager/soeg/", {"soeg": emma.borger.cpr}, follow=True)
    html = response.content.decode()
    assert "CPR-numre kan ikke søges her." in html
    assert anden.reference in html  # the refused term is not searched, and the old one is dropped
    assert not AuditEntry.objects.filter(detaljer__icontains=emma.borger.cpr).exists()


def test_a_team_lead_assigns_cases_in_bulk_and_each_assignment_is_audited(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    leder = caseworker_client(kommune, rolle=Rolle.KOORDINATOR)
    kollega = MedarbejderFactory(kommune=kommune, user__first_name="Sara", user__last_name="Sagsbehandler")
    sager = [SagFactory(borger=BorgerFactory(kommune=kommune)) for _ in range(3)]

    response = client.post(
        "/admin/sager/fordel/",
        {"sager": [str(s.uuid) for s in sager], "sagsbehandler": str(kollega.user_id)},
        follow=True,
    )
    assert "3 sag(er) tildelt Sara Sagsbehandler." in response.content.decode()
    for s in sager:
        s.refresh_from_db()
        assert s.sagsbehandler_id == kollega.user_id
    entries = AuditEntry.objects.filter(handling="sag_assigned", aktoer_user_id=leder.user.pk)
    assert {e.objekt_uuid for e in entries} == {s.uuid for s in sager}


def test_a_case_of_another_municipality_refuses_the_whole_bulk_assignment(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    caseworker_client(kommune, rolle=Rolle.KOORDINATOR)
    kollega = MedarbejderFactory(kommune=kommune)
    egen = SagFactory(borger=BorgerFactory(kommune=kommune))
    fremmed = SagFactory()
    response = client.post(
        "/admin/sager/fordel/", {"sager": [str(egen.uuid), str(fremmed.uuid)], "sagsbehandler": str(kollega.user_id)}
    )
    assert response.status_code == 404
    egen.refresh_from_db()
    assert egen.sagsbehandler_id is None


def test_a_caseworker_takes_a_case_but_cannot_distribute(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    mig = caseworker_client(kommune)
    kollega = MedarbejderFactory(kommune=kommune)
    sag = SagFactory(borger=BorgerFactory(kommune=kommune))
    refused(client.post("/admin/sager/fordel/", {"sager": [str(sag.uuid)], "sagsbehandler": str(kollega.user_id)}))
    client.post(f"/admin/sager/{sag.uuid}/", {"handling": "tag"})
    sag.refresh_from_db()
    assert sag.sagsbehandler_id == mig.user_id


def test_the_case_shows_register_data_reports_notes_and_a_timeline_and_clears_the_new_flag(
    client,
    caseworker_client,  # noqa: F811
):
    kommune = KommuneFactory()
    mig = caseworker_client(kommune)
    sag = SagFactory(
        borger=BorgerFactory(kommune=kommune),
        under_behandling=True,
        ny_aktivitet=BorgerAktivitet.AENDRING,
        ny_aktivitet_tid=timezone.now(),
    )
    BeregningFactory(sag=sag)
    Indberetning.objects.create(
        sag=sag,
        borger=sag.borger,
        type="aendring",
        maaned="2026-11",
        aendringer={"valgt": ["gift"], "beskrivelse": "Jeg er flyttet sammen med min kæreste."},
        idempotency_key="x1",
    )
    services.sag_assign(aktoer=medarbejder_aktoer(mig), sag=sag, sagsbehandler=mig.user)
    client.post(f"/admin/sager/{sag.uuid}/", {"handling": "notat", "notat-tekst": "Ringede til borgeren."})

    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert "Jeg er flyttet sammen med min kæreste." in html
    assert "Ringede til borgeren." in html
    assert "Sagen blev tildelt" in html  # the assignment in the timeline
    assert "Nyt fra borgeren: Ændrede forhold" in html
    sag.refresh_from_db()
    assert sag.ny_aktivitet == ""
    with pytest.raises(services.AdgangNaegtet):
        selectors.journalnotat_list(aktoer=borger_aktoer(sag.borger), sag=sag)


def test_the_rate_keys_in_the_reason_are_shown_as_names(client, caseworker_client):  # noqa: F811
    from portal.backoffice.templatetags.backoffice import satsnavne

    tekst = "beregningen bruger satser, der ikke er bekræftet: forhoejet_sats, formue_enlig"
    assert "forhoejet_sats" not in str(satsnavne(tekst)) and "formue_enlig" not in str(satsnavne(tekst))


def test_asking_with_a_deadline_reminds_the_citizen_once_when_it_passes():
    kommune = KommuneFactory()
    mig = MedarbejderFactory(kommune=kommune)
    sag = SagFactory(borger=BorgerFactory(kommune=kommune), under_behandling=True)
    frist = timezone.localdate() + dt.timedelta(days=7)
    services.sag_anmod_borger(aktoer=medarbejder_aktoer(mig), sag=sag, tekst="Send lønsedler.", frist=frist)
    assert borger_frister_paamind() == 0  # not yet passed

    type(sag).objects.filter(pk=sag.pk).update(borger_frist=timezone.localdate() - dt.timedelta(days=1))
    assert borger_frister_paamind() == 1
    assert borger_frister_paamind() == 0  # once
    paamindelse = Besked.objects.filter(sag=sag, afsender="system").get()
    assert "Påmindelse" in paamindelse.tekst
    assert AuditEntry.objects.filter(handling="sag_frist_reminded", objekt_uuid=sag.uuid).count() == 1


def test_a_case_waiting_for_the_citizen_can_be_resumed_and_written_on(client, caseworker_client):  # noqa: F811
    """The answer may come by phone, or the deadline pass: the caseworker takes the case up
    again (and may then decide), and can write to the citizen without asking for anything."""
    kommune = KommuneFactory()
    caseworker_client(kommune)
    sag = SagFactory(borger=BorgerFactory(kommune=kommune), afventer_borger=True)
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert 'value="genoptag"' in html and 'id="skriv"' in html and 'id="afgoer"' not in html

    response = client.post(f"/admin/sager/{sag.uuid}/", {"handling": "skriv", "besked-tekst": ""})
    assert response.status_code == 200 and "Skriv en besked, før du sender den." in response.content.decode()
    response = client.post(
        f"/admin/sager/{sag.uuid}/", {"handling": "skriv", "besked-tekst": "Vi har modtaget dit opkald."}
    )
    assert response.status_code == 302
    besked = Besked.objects.get(sag=sag)
    assert besked.afsender == "medarbejder" and besked.tekst == "Vi har modtaget dit opkald."
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFVENTER_BORGER  # a message asks for nothing

    assert client.post(f"/admin/sager/{sag.uuid}/", {"handling": "genoptag"}).status_code == 302
    sag.refresh_from_db()
    assert sag.status == SagStatus.UNDER_BEHANDLING
    assert 'id="afgoer"' in client.get(f"/admin/sager/{sag.uuid}/").content.decode()


def test_a_deadline_in_the_past_is_refused_with_a_message(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    caseworker_client(kommune)
    sag = SagFactory(borger=BorgerFactory(kommune=kommune), under_behandling=True)
    response = client.post(
        f"/admin/sager/{sag.uuid}/",
        {"handling": "anmod", "tekst": "Send lønsedler.", "frist": timezone.localdate().isoformat()},
    )
    assert response.status_code == 200
    assert "Fristen skal ligge efter i dag." in response.content.decode()
    sag.refresh_from_db()
    assert sag.status == SagStatus.UNDER_BEHANDLING


def test_management_information_is_for_team_leads_and_counts_only_their_municipality(
    client,
    caseworker_client,  # noqa: F811
):
    kommune = KommuneFactory()
    caseworker_client(kommune, rolle=Rolle.KOORDINATOR)
    for _ in range(3):
        SagFactory(borger=BorgerFactory(kommune=kommune), ydelse="tandpleje")
    SagFactory(ydelse="tandpleje")  # another municipality
    response = client.get("/admin/ledelsesinformation/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and 'role="img"' in html and "tabel-modtaget" in html
    # Coordinates are numbers with a decimal point also on the Danish page.
    import re

    assert re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="[\d.]+"', html)
    assert not re.findall(r'<(?:rect|text) [^>]*="\d+,\d+"', html)

    csv_ = client.get("/admin/ledelsesinformation/?eksport=csv&figur=efterslaeb")
    assert csv_["Content-Type"].startswith("text/csv")
    linjer = csv_.content.decode("utf-8-sig").splitlines()
    modtaget = next(r for r in linjer if r.startswith("Modtaget;"))
    assert modtaget.endswith(";3")  # the total column: three open cases received, not four

    xlsx = client.get("/admin/ledelsesinformation/?eksport=xlsx")
    wb = load_workbook(io.BytesIO(xlsx.content))
    assert len(wb.sheetnames) == 6
    ark = wb[next(n for n in wb.sheetnames if n.startswith("Ansøgninger"))]
    assert sum(r[-1] for r in ark.iter_rows(min_row=3, values_only=True)) == 3


def test_a_caseworker_has_no_management_information(client, caseworker_client):  # noqa: F811
    caseworker_client(KommuneFactory())
    refused(client.get("/admin/ledelsesinformation/"))


def test_processing_time_is_the_median_and_90th_percentile_from_received_to_decided():
    kommune = KommuneFactory()
    leder = MedarbejderFactory(kommune=kommune, koordinator=True)
    nu = timezone.now()
    for dage in (1, 2, 3, 4, 10):
        sag = SagFactory(borger=BorgerFactory(kommune=kommune), afgjort=True)
        type(sag).objects.filter(pk=sag.pk).update(oprettet=nu - dt.timedelta(days=dage), afgjort_tid=nu)
    data = selectors.ledelsesinformation(aktoer=medarbejder_aktoer(leder))
    total = data["behandlingstid"][""]
    assert total["antal"] == 5
    assert round(total["median"], 2) == 3.0
    assert round(total["p90"], 2) == 7.6  # between 4 and 10, as percentile_cont interpolates


def test_the_dashboard_shows_my_open_cases(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    mig = caseworker_client(kommune)
    sag = SagFactory(borger=BorgerFactory(kommune=kommune), sagsbehandler=mig.user)
    html = client.get("/admin/").content.decode()
    assert 'id="sagsoverblik"' in html and sag.reference in html


def test_a_municipal_admin_sees_and_distributes_cases_but_does_not_decide(client, caseworker_client):  # noqa: F811
    kommune = KommuneFactory()
    caseworker_client(kommune, rolle=Rolle.ADMINISTRATOR)
    sag = SagFactory(borger=BorgerFactory(kommune=kommune))
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert sag.reference in html and 'value="afgoer"' not in html
    assert client.get("/admin/ledelsesinformation/").status_code == 200
    response = client.post(
        f"/admin/sager/{sag.uuid}/", {"handling": "afgoer", "udfald": "afslag", "begrundelse": "Nej."}
    )
    refused(response)
    sag.refresh_from_db()
    assert sag.status == SagStatus.MODTAGET and not sag.afgoerelser.exists()
