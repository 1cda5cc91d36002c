"""Retention of drafts: what a citizen left unfinished is not kept for ever."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from backend_core import audit
from backend_core.models import Ansoegning, AuditEntry, Dokument
from digital_ansoegning import services
from digital_ansoegning.models import Kladde

from .test_views import PNG, _udfyld

pytestmark = pytest.mark.django_db


def _upload(client) -> Dokument:
    fil = SimpleUploadedFile("regning.png", PNG, content_type="image/png")
    response = client.post(
        reverse("ansoegning:dokumenter", args=["tandpleje"]), {"handling": "upload", "kategori": "regning", "fil": fil}
    )
    assert response.status_code == 302
    return Dokument.objects.latest("oprettet")


def _aeldes(kladde: Kladde, dage: int) -> None:
    Kladde.objects.filter(pk=kladde.pk).update(opdateret=timezone.now() - timedelta(days=dage))


def test_an_open_draft_untouched_past_the_retention_goes_with_its_uploads_and_both_are_audited(
    logget_ind, borger, settings, django_capture_on_commit_callbacks
):
    settings.KLADDE_OPBEVARING_DAGE = 90
    kladde = _udfyld(logget_ind)
    dokument = _upload(logget_ind)
    lager = storages["dokumenter"]
    assert lager.exists(dokument.lagernoegle)
    _aeldes(kladde, 91)

    with django_capture_on_commit_callbacks(execute=True):
        assert services.kladder_ryd_op() == 1

    assert not Kladde.objects.filter(pk=kladde.pk).exists()
    assert not Dokument.objects.filter(pk=dokument.pk).exists()
    assert not lager.exists(dokument.lagernoegle)
    handlinger = set(
        AuditEntry.objects.filter(borger_uuid=borger.uuid, aktoer_type="system").values_list("handling", flat=True)
    )
    assert {audit.KLADDE_DELETED, audit.DOKUMENT_DELETED} <= handlinger


def test_a_draft_worked_on_within_the_retention_is_kept(logget_ind, settings):
    settings.KLADDE_OPBEVARING_DAGE = 90
    kladde = _udfyld(logget_ind)
    _aeldes(kladde, 89)
    assert services.kladder_ryd_op() == 0
    assert Kladde.objects.filter(pk=kladde.pk).exists()


def test_a_submitted_draft_goes_after_its_shorter_time_and_the_application_keeps_the_documents(
    logget_ind, borger, settings
):
    settings.KLADDE_INDSENDT_OPBEVARING_DAGE = 7
    kladde = _udfyld(logget_ind)
    dokument = _upload(logget_ind)
    response = logget_ind.post(
        reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
    )
    assert response.status_code == 302
    _aeldes(kladde, 6)
    assert services.kladder_ryd_op() == 0
    _aeldes(kladde, 8)

    assert services.kladder_ryd_op() == 1

    assert not Kladde.objects.filter(pk=kladde.pk).exists()
    ansoegning = Ansoegning.objects.get(borger=borger)
    dokument.refresh_from_db()
    assert dokument.sag_id == ansoegning.sag_id
    assert storages["dokumenter"].exists(dokument.lagernoegle)


def test_an_upload_another_open_draft_still_holds_is_kept(logget_ind, borger, settings):
    settings.KLADDE_OPBEVARING_DAGE = 90
    kladde = _udfyld(logget_ind)
    dokument = _upload(logget_ind)
    anden = Kladde.objects.create(borger=borger, ydelse="helbredstillaeg", dokument_uuids=[str(dokument.uuid)])
    _aeldes(kladde, 91)

    assert services.kladder_ryd_op() == 1

    assert Kladde.objects.filter(pk=anden.pk).exists()
    assert Dokument.objects.filter(pk=dokument.pk).exists()


def test_the_step_page_and_the_overview_say_when_the_draft_will_be_deleted(logget_ind, settings):
    settings.KLADDE_OPBEVARING_DAGE = 90
    kladde = _udfyld(logget_ind)
    dato = date_format(kladde.opdateret + timedelta(days=90), "DATE_FORMAT")

    trin = logget_ind.get(reverse("ansoegning:trin", args=["tandpleje", "behandling"])).content.decode()
    oversigt = logget_ind.get(reverse("ansoegning:oversigt")).content.decode()

    assert f"If you do not come back, the draft is deleted on {dato}." in trin
    assert f"Your draft is kept until {dato}." in oversigt
