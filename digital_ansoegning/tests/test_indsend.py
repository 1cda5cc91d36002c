"""Submission from the draft's side, with the backend service replaced by a
recorder: what the draft sends, and that it sends it once."""

from __future__ import annotations

import pytest
from django.urls import reverse

from backend_core import services as backend_services
from backend_core.models import Ansoegning, Sag
from digital_ansoegning.models import Kladde

from .test_views import _udfyld

pytestmark = pytest.mark.django_db


@pytest.fixture
def kald(monkeypatch):
    calls = []

    def ansoegning_submit(
        *, aktoer, borger, ydelse, svar, beregning_input, form_version, idempotency_key, dokument_uuids=()
    ):
        calls.append(
            {
                "ydelse": ydelse,
                "svar": svar,
                "beregning_input": beregning_input,
                "idempotency_key": idempotency_key,
                "form_version": form_version,
            }
        )
        existing = Ansoegning.objects.filter(borger=borger, idempotency_key=idempotency_key).first()
        if existing:
            return existing
        sag = Sag.objects.create(borger=borger, ydelse=ydelse, reference=f"T-{len(calls)}")
        return Ansoegning.objects.create(
            sag=sag,
            borger=borger,
            ydelse=ydelse,
            svar=svar,
            beregning_input=beregning_input,
            form_version=form_version,
            idempotency_key=idempotency_key,
            indsendt_af="borger",
        )

    monkeypatch.setattr(backend_services, "ansoegning_submit", ansoegning_submit, raising=False)
    return calls


def test_submit_sends_the_answers_the_calculation_input_and_the_drafts_key(logget_ind, kald):
    kladde = _udfyld(logget_ind)
    response = logget_ind.post(
        reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
    )
    ansoegning = Ansoegning.objects.get()
    assert response["Location"] == reverse("ansoegning:kvittering", args=[ansoegning.uuid])
    [call] = kald
    assert call["idempotency_key"] == str(kladde.idempotency_key)
    assert call["beregning_input"]["udgift"] == "2000.00"
    assert call["beregning_input"]["foedselsdato"] == "1995-09-08"
    assert call["form_version"] == "tandpleje-2026.1"
    kladde.refresh_from_db()
    assert kladde.indsendt_ansoegning == ansoegning


def test_a_second_tap_after_submission_goes_to_the_same_receipt_without_submitting_again(logget_ind, kald):
    kladde = _udfyld(logget_ind)
    data = {"idempotency_key": str(kladde.idempotency_key)}
    first = logget_ind.post(reverse("ansoegning:indsend", args=["tandpleje"]), data)
    second = logget_ind.post(reverse("ansoegning:indsend", args=["tandpleje"]), data)
    assert first["Location"] == second["Location"]
    assert len(kald) == 1
    assert Ansoegning.objects.count() == 1


def test_after_a_decided_one_off_application_a_new_start_makes_a_new_draft(logget_ind, kald, borger):
    from backend_core.models import Ansoegning
    from backend_core.tests.factories import AfgoerelseFactory

    kladde = _udfyld(logget_ind)
    logget_ind.post(reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)})
    sag = Ansoegning.objects.get(borger=borger).sag
    from backend_core.models.sag import statusskrivning_tilladt

    with statusskrivning_tilladt():
        sag.status = "afgjort"
        sag.save()
    AfgoerelseFactory(sag=sag)
    logget_ind.get(reverse("ansoegning:start", args=["tandpleje"]))
    assert Kladde.objects.filter(borger=borger).count() == 2
    assert Kladde.objects.filter(borger=borger, indsendt_ansoegning__isnull=True).get().svar == {}


def test_unanswered_questions_block_submission(logget_ind, kald):
    kladde = _udfyld(logget_ind, [("om-dig", {"oplysninger_korrekte": "ja"})])
    response = logget_ind.post(
        reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
    )
    assert response["Location"] == reverse("ansoegning:trin", args=["tandpleje", "forsoergelse"])
    assert kald == []


def test_a_refusal_from_the_service_is_shown_on_check_answers_and_keeps_the_draft(logget_ind, monkeypatch):
    from backend_core.exceptions import DomaeneValideringsfejl

    def afvis(**kwargs):
        raise DomaeneValideringsfejl("The cost must be more than 0 kroner.", felt="udgift")

    monkeypatch.setattr(backend_services, "ansoegning_submit", afvis, raising=False)
    kladde = _udfyld(logget_ind)
    response = logget_ind.post(
        reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
    )
    assert response.status_code == 200
    assert "The cost must be more than 0 kroner." in response.content.decode()
    kladde.refresh_from_db()
    assert kladde.indsendt_ansoegning is None
    assert kladde.svar["udgift"] == "2000.00"
