"""The overview is cached per citizen, and every change it shows is on the
next page: a cached page is never stale, never another citizen's, and still
audited."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from backend_core import audit
from backend_core.constants import SagStatus
from backend_core.models import AuditEntry, Besked, Indberetning, Kommune, Udbetaling
from backend_core.selectors import min_side as min_side_selectors
from backend_core.services import sag_transition
from backend_core.tests.factories import (
    AfgoerelseFactory,
    BeskedFactory,
    BorgerFactory,
    DokumentFactory,
    MedarbejderFactory,
    SagFactory,
    UdbetalingFactory,
    UserFactory,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db


def _side(client, path="/min-side/") -> str:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    return response.content.decode()


@pytest.fixture
def bygget(monkeypatch) -> list:
    """Each time the overview is built (not taken from the cache)."""
    kald: list = []
    original = min_side_selectors.min_side_oversigt

    def taeller(**kwargs):
        kald.append(kwargs["borger"].pk)
        return original(**kwargs)

    monkeypatch.setattr(min_side_selectors, "min_side_oversigt", taeller)
    return kald


def test_the_second_view_comes_from_the_cache_and_is_audited_each_time(logged_in, borger, bygget):
    SagFactory(borger=borger)
    foer = AuditEntry.objects.filter(handling=audit.SAG_LISTED, borger_uuid=borger.uuid).count()

    def oversigt(html: str) -> str:
        return html.split('id="opgaver"', 1)[1].split('id="kontakt-heading"', 1)[0]

    first = oversigt(_side(logged_in))
    assert oversigt(_side(logged_in)) == first and 'id="sager"' in first
    assert len(bygget) == 1
    assert _side(logged_in, "/min-side/indlejret/").count('id="sager"') == 1
    entries = AuditEntry.objects.filter(handling=audit.SAG_LISTED, borger_uuid=borger.uuid).order_by("id")
    assert entries.count() == foer + 3
    assert [e.detaljer for e in entries][-1] == {"visning": "min_side", "sager": 1}


def test_a_status_change_shows_at_once(logged_in, borger):
    sag = SagFactory(borger=borger, under_behandling=True)
    assert 'data-art="oplysninger"' not in _side(logged_in)
    sag_transition(
        aktoer=medarbejder_aktoer(MedarbejderFactory(kommune=borger.kommune)),
        sag=sag,
        til=SagStatus.AFVENTER_BORGER,
        begrundelse="Send dine lønsedler.",
    )
    html = _side(logged_in)
    assert 'data-art="oplysninger"' in html and "Send dine lønsedler." in html


def test_a_read_message_and_a_new_letter_show_at_once(logged_in, borger):
    sag = SagFactory(borger=borger)
    BeskedFactory(sag=sag, afsender="medarbejder", tekst="Hej")
    assert "1 ny besked" in _side(logged_in)
    Besked.objects.filter(sag=sag).update(laest=timezone.now())  # no timestamp of its own changes
    assert "ny besked" not in _side(logged_in)
    brev = DokumentFactory(borger=borger, sag=sag, kategori="brev", brevtype="kvittering")
    assert str(brev.uuid) in _side(logged_in)


def test_a_payment_paid_shows_at_once_even_when_changed_by_a_bulk_update(logged_in, borger):
    udbetaling = UdbetalingFactory(sag=SagFactory(borger=borger, afgjort=True), status="bestilt")
    assert 'badge-success">' not in _side(logged_in).split('id="udbetalinger"', 1)[1]
    Udbetaling.objects.filter(pk=udbetaling.pk).update(status="udbetalt")
    assert "Udbetalt den" in _side(logged_in)


def test_an_income_report_removes_its_task_at_once(logged_in, borger):
    Kommune.objects.filter(pk=borger.kommune_id).update(indberetning_frist_dag=28)
    sag = SagFactory(borger=borger, kommune=borger.kommune, afgjort=True)
    AfgoerelseFactory(sag=sag)
    maaned, _frist = min_side_selectors.indberetningsmaaned(timezone.localdate())
    assert 'data-art="indberetning"' in _side(logged_in)
    Indberetning.objects.create(sag=sag, borger=borger, type="indtaegt", maaned=maaned)
    assert 'data-art="indberetning"' not in _side(logged_in)


def test_a_new_draft_shows_at_once(logged_in, borger, monkeypatch):
    kladder: list[dict] = []

    def kilde(*, borger):
        return list(kladder)

    monkeypatch.setattr(min_side_selectors, "_kladde_kilder", [kilde])
    assert 'data-art="kladde"' not in _side(logged_in)
    kladder.append({"ydelse": "tandpleje", "slettes": dt.date(2027, 3, 1), "url": "/ansoeg/tandpleje/"})
    assert 'data-art="kladde"' in _side(logged_in)


def test_each_language_and_each_day_has_its_own_copy(logged_in, borger, monkeypatch, bygget):
    SagFactory(borger=borger)
    assert "Dine sager" in _side(logged_in)
    logged_in.cookies["django_language"] = "en"
    assert "Your cases" in _side(logged_in)
    assert "Your cases" in _side(logged_in)
    assert len(bygget) == 2
    idag = timezone.localdate()
    monkeypatch.setattr(min_side_selectors.timezone, "localdate", lambda *a: idag + dt.timedelta(days=1))
    _side(logged_in)
    assert len(bygget) == 3


def test_a_citizen_never_gets_another_citizens_overview(client, borger, bygget):
    from django.test import Client

    anden = BorgerFactory(user=UserFactory(), kommune=borger.kommune)
    min_sag, anden_sag = SagFactory(borger=borger), SagFactory(borger=anden)
    client.force_login(borger.user)
    assert str(min_sag.uuid) in _side(client)
    anden_klient = Client()
    anden_klient.force_login(anden.user)
    html = _side(anden_klient)
    assert str(anden_sag.uuid) in html and str(min_sag.uuid) not in html
    assert bygget == [borger.pk, anden.pk]


def test_a_highlighted_case_in_the_embed_is_not_cached(logged_in, borger, bygget):
    sag = SagFactory(borger=borger)
    assert "portal-card-fremhaevet" in _side(logged_in, f"/min-side/indlejret/?sag={sag.uuid}")
    assert "portal-card-fremhaevet" in _side(logged_in, f"/min-side/indlejret/?sag={sag.uuid}")
    assert "portal-card-fremhaevet" not in _side(logged_in, "/min-side/indlejret/")
    assert len(bygget) == 3


def test_a_municipality_changing_its_income_report_day_shows_at_once(logged_in, borger):
    """The deadline in the task comes from the municipality's row, which the cache key reads."""
    sag = SagFactory(borger=borger, kommune=borger.kommune, afgjort=True)
    AfgoerelseFactory(sag=sag)
    Kommune.objects.filter(pk=borger.kommune_id).update(indberetning_frist_dag=28)
    foer = _side(logged_in)
    Kommune.objects.filter(pk=borger.kommune_id).update(indberetning_frist_dag=27)
    efter = _side(logged_in)
    assert 'data-art="indberetning"' in foer and foer != efter
