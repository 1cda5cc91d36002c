"""Min Side at a glance: what needs me now, cases with timelines, letters
under their case, payments with dates and reasons, message threads."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from backend_core.constants import BorgerAktivitet, SagStatus
from backend_core.models import Besked
from backend_core.services import sag_transition
from backend_core.tests.factories import (
    AfgoerelseFactory,
    BeskedFactory,
    DokumentFactory,
    MedarbejderFactory,
    SagFactory,
    UdbetalingFactory,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_cases(logged_in, borger):
    from django.core.cache import cache

    def lav(antal):
        for _ in range(antal):
            sag = SagFactory(borger=borger, afventer_borger=True, borger_frist=dt.date(2026, 12, 20))
            BeskedFactory(sag=sag, afsender="medarbejder", tekst="Send lønsedler.")
            DokumentFactory(borger=borger, sag=sag, kategori="brev", brevtype="kvittering")
            UdbetalingFactory(sag=SagFactory(borger=borger, afgjort=True))

    def maal() -> dict:
        # Uncached (the overview is built) and cached (the second request).
        tal = {}
        for path in ("/min-side/", "/min-side/indlejret/"):
            cache.clear()
            tal[path, "bygget"] = _queries(logged_in, path)
            tal[path, "cachet"] = _queries(logged_in, path)
        return tal

    lav(2)
    logged_in.get("/min-side/")  # warm the session and the embed cookie
    faa = maal()
    lav(25)
    assert maal() == faa
    assert faa["/min-side/", "bygget"] <= 18  # session, user, actor, fingerprint, 7 reads, drafts, audit, site, save
    assert faa["/min-side/", "cachet"] <= 12  # session, user, actor, fingerprint, drafts, audit, kommune, site, save
    assert faa["/min-side/indlejret/", "cachet"] < faa["/min-side/indlejret/", "bygget"]


def test_a_request_for_information_shows_what_is_needed_and_by_when(logged_in, borger):
    medarbejder = MedarbejderFactory(kommune=borger.kommune)
    sag = SagFactory(borger=borger, under_behandling=True)
    sag_transition(
        aktoer=medarbejder_aktoer(medarbejder),
        sag=sag,
        til=SagStatus.AFVENTER_BORGER,
        begrundelse="Send venligst dine lønsedler for oktober og november.",
    )
    type(sag).objects.filter(pk=sag.pk).update(borger_frist=dt.date(2026, 12, 15))
    html = logged_in.get("/min-side/").content.decode()
    assert "Send venligst dine lønsedler for oktober og november." in html
    assert "Send det senest 15. december 2026." in html
    assert 'class="badge badge-large badge-warning"' in logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()


def test_an_income_report_due_is_a_task_until_the_municipalitys_day(logged_in, borger):
    from backend_core.selectors import min_side_oversigt
    from backend_core.tests.factories import borger_aktoer

    borger.kommune.indberetning_frist_dag = 8
    borger.kommune.save()
    sag = SagFactory(borger=borger, afgjort=True)
    AfgoerelseFactory(sag=sag)
    aktoer = borger_aktoer(borger)
    opgaver = min_side_oversigt(aktoer=aktoer, borger=borger, idag=dt.date(2026, 12, 8)).opgaver
    assert [(o.art, o.maaned, o.frist) for o in opgaver] == [("indberetning", "2026-11", dt.date(2026, 12, 8))]
    assert min_side_oversigt(aktoer=aktoer, borger=borger, idag=dt.date(2026, 12, 9)).opgaver == []
    borger.kommune.indberetning_frist_dag = None  # the default (the 10th, unconfirmed)
    borger.kommune.save()
    opgaver = min_side_oversigt(aktoer=aktoer, borger=borger, idag=dt.date(2026, 12, 9)).opgaver
    assert [o.frist for o in opgaver] == [dt.date(2026, 12, 10)]
    idag = timezone.localdate()
    html = logged_in.get("/min-side/").content.decode()
    if idag.day <= 10:
        from min_side.templatetags.min_side_tags import maaned as maaned_tekst

        forrige = idag.replace(day=1) - dt.timedelta(days=1)
        assert 'data-art="indberetning"' in html
        assert f"/min-side/sager/{sag.uuid}/indberet/" in html
        assert f"Indberet din indtægt for {maaned_tekst(f'{forrige:%Y-%m}')}" in html  # a month name, not ISO
    else:
        assert 'data-art="indberetning"' not in html  # the deadline has passed this month


def test_income_reports_are_offered_only_on_a_granted_case_and_listed_on_it(logged_in, borger):
    from backend_core.models import Indberetning

    venter = SagFactory(borger=borger, afventer_borger=True)
    assert "/indberet/" not in logged_in.get(f"/min-side/sager/{venter.uuid}/").content.decode()
    sag = SagFactory(borger=borger, afgjort=True)
    AfgoerelseFactory(sag=sag)
    Indberetning.objects.create(sag=sag, borger=borger, type="indtaegt", maaned="2026-10", idempotency_key="k1")
    html = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    assert f"/min-side/sager/{sag.uuid}/indberet/" in html
    rapporter = html[html.index('id="indberetninger"') :]
    assert "Indtægt for oktober 2026" in rapporter and "sendt " in rapporter


def test_letters_are_listed_under_their_case(logged_in, borger):
    a, b = SagFactory(borger=borger), SagFactory(borger=borger)
    brev_a = DokumentFactory(borger=borger, sag=a, kategori="brev", brevtype="kvittering")
    brev_b = DokumentFactory(borger=borger, sag=b, kategori="brev", brevtype="afgoerelse")
    html = logged_in.get("/min-side/").content.decode()
    kort_a = html[html.index(f'id="sag-{a.uuid}"') :]
    kort_a = kort_a[: kort_a.index("</li>\n    \n")] if "</li>\n    \n" in kort_a else kort_a[:3000]
    assert str(brev_a.uuid) in kort_a and str(brev_b.uuid) not in kort_a


def test_an_open_case_shows_the_municipalitys_published_deadline_and_the_expected_date(logged_in, borger):
    borger.kommune.sagsbehandlingsfrister = {"kontanthjaelp": 3}
    borger.kommune.sagsbehandlingsfrister_kilde = "https://kommune.example/frister"
    borger.kommune.save()
    sag = SagFactory(borger=borger)
    forventet = timezone.localdate(sag.oprettet) + dt.timedelta(weeks=3)
    html = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    assert f"Vi forventer at træffe afgørelse i din sag senest {forventet.day}." in html
    assert (
        f"{borger.kommune.navn} træffer normalt afgørelse inden for 3 uger (kommunens offentliggjorte "
        "sagsbehandlingsfrist)." in html
    )
    assert 'href="https://kommune.example/frister"' in html
    logged_in.cookies["django_language"] = "en"
    html_en = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    assert "usually decides within 3 weeks (the municipality's published processing deadline)" in html_en


def test_without_a_published_deadline_the_default_is_shown_as_such(logged_in, borger):
    from backend_core.sagsbehandlingsfrister import STANDARD_UGER

    sag = SagFactory(borger=borger, ydelse="helbredstillaeg")
    forventet = timezone.localdate(sag.oprettet) + dt.timedelta(weeks=STANDARD_UGER)
    html = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    assert f"Sager som din bliver normalt afgjort inden for {STANDARD_UGER} uger." in html
    assert "offentliggjorte" not in html
    assert 'data-art="forventet"' in html and f"{forventet.day}." in html
    decided = SagFactory(borger=borger, afgjort=True)
    assert 'id="forventet"' not in logged_in.get(f"/min-side/sager/{decided.uuid}/").content.decode()


def test_the_case_timeline_shows_each_step_with_its_date(logged_in, borger):
    medarbejder = MedarbejderFactory(kommune=borger.kommune)
    sag = SagFactory(borger=borger)
    aktoer = medarbejder_aktoer(medarbejder)
    sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.UNDER_BEHANDLING)
    sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.AFVENTER_BORGER, begrundelse="Send kontoudtog.")
    html = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    tidslinje = html[html.index('id="tidslinje"') :]
    assert [a for a in ("modtaget", "under_behandling", "afventer_borger") if f'data-art="{a}"' in tidslinje] == [
        "modtaget",
        "under_behandling",
        "afventer_borger",
    ]
    assert tidslinje.index('data-art="modtaget"') < tidslinje.index('data-art="afventer_borger"')
    assert "Send kontoudtog." in tidslinje


def test_the_team_and_how_to_reach_them_are_on_the_case(logged_in, borger):
    sag = SagFactory(borger=borger)
    html = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    kontakt = html[html.index('id="kontakt"') :]
    assert "70 10 10 10" in kontakt and "hverdage 9-15" in kontakt
    assert f"Teamet for Kontanthjælp i {borger.kommune.navn} behandler din sag." in kontakt


def test_the_case_shows_the_caseworkers_name_never_the_role_or_login(logged_in, borger):
    medarbejder = MedarbejderFactory(
        kommune=borger.kommune, user__username="sagsbehandler-x", user__first_name="Sara", user__last_name="Holm"
    )
    sag = SagFactory(borger=borger, sagsbehandler=medarbejder.user)
    BeskedFactory(sag=sag, afsender="medarbejder", afsender_user=medarbejder.user, tekst="Hej.")
    html = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    kontakt = html[html.index('id="kontakt"') :]
    assert "Din sagsbehandler er <strong>Sara Holm</strong>" in kontakt
    assert "Skriv til Sara Holm med beskedfeltet ovenfor." in kontakt
    assert "Sara Holm, sagsbehandler" in html[html.index('id="beskeder"') :]
    assert "sagsbehandler-x" not in html
    # A caseworker without a name on record: the team, not the login name.
    navnloes = MedarbejderFactory(kommune=borger.kommune, user__username="sagsbehandler-y")
    sag.sagsbehandler = navnloes.user
    sag.save()
    html = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    assert "sagsbehandler-y" not in html and "behandler din sag" in html


def test_a_payment_shows_its_payout_date_status_and_why(logged_in, borger):
    u = UdbetalingFactory(sag=SagFactory(borger=borger, afgjort=True), status="bestilt")
    html = logged_in.get("/min-side/").content.decode()
    assert "Udbetales den 27. februar 2026" in html
    assert "Sats for enlige over 30 år" in html and "14.201,00\xa0kr." in html
    spec = logged_in.get(f"/min-side/udbetalinger/{u.uuid}/").content.decode()
    assert "marts 2026" in spec and "LAS § 25, stk. 6" in spec and "974,00\xa0kr." in spec
    logged_in.cookies["django_language"] = "en"
    spec_en = logged_in.get(f"/min-side/udbetalinger/{u.uuid}/").content.decode()
    assert "Supplement for single people without children" in spec_en and "27 February 2026" in spec_en


def test_another_citizens_payment_is_not_found(logged_in):
    assert logged_in.get(f"/min-side/udbetalinger/{UdbetalingFactory().uuid}/").status_code == 404


def test_reading_the_thread_marks_the_caseworkers_messages_read_and_the_citizen_sees_when_theirs_were(
    logged_in, borger
):
    sag = SagFactory(borger=borger)
    fra_sb = BeskedFactory(sag=sag, afsender="medarbejder", tekst="Vi mangler en lønseddel.")
    fra_borger = BeskedFactory(sag=sag, afsender="borger", tekst="Her er den.", laest=timezone.now())
    assert "1 ny besked" in logged_in.get("/min-side/").content.decode()
    html = logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()
    assert "Ny</span>" in html and "Læst af din sagsbehandler" in html
    fra_sb.refresh_from_db()
    fra_borger.refresh_from_db()
    assert fra_sb.laest is not None
    assert "1 ny besked" not in logged_in.get("/min-side/").content.decode()


def test_a_message_with_an_attachment_flags_the_case_for_the_caseworker(logged_in, borger):
    sag = SagFactory(borger=borger, afventer_borger=True)
    response = logged_in.post(
        f"/min-side/sager/{sag.uuid}/",
        {
            "handling": "besked",
            "tekst": "Her er min lønseddel.",
            "bilag": SimpleUploadedFile("loen.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302
    besked = Besked.objects.get(sag=sag)
    assert [d.filnavn for d in besked.bilag.all()] == ["loen.pdf"]
    sag.refresh_from_db()
    assert sag.ny_aktivitet == BorgerAktivitet.BESKED and sag.status == SagStatus.UNDER_BEHANDLING
    assert "Vedhæftet: loen.pdf" in logged_in.get(f"/min-side/sager/{sag.uuid}/").content.decode()


def test_a_bad_attachment_keeps_the_message_text_and_stores_nothing(logged_in, borger):
    sag = SagFactory(borger=borger)
    response = logged_in.post(
        f"/min-side/sager/{sag.uuid}/",
        {
            "handling": "besked",
            "tekst": "Se vedhæftede.",
            "bilag": SimpleUploadedFile("virus.pdf", b"MZ not a pdf", content_type="application/pdf"),
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Se vedhæftede." in html and "error-summary" in html
    assert not Besked.objects.filter(sag=sag).exists()
