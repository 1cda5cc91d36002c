"""The receipt page, from a case made directly (independent of how the
submission service makes it)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from backend_core.models import Afgoerelse, Ansoegning, Sag

pytestmark = pytest.mark.django_db


@pytest.fixture
def ansoegning(borger):
    sag = Sag.objects.create(borger=borger, ydelse="tandpleje", reference="YP-2026-000123")
    return Ansoegning.objects.create(
        sag=sag,
        borger=borger,
        ydelse="tandpleje",
        svar={},
        beregning_input={},
        form_version="tandpleje-2026.1",
        idempotency_key="k1",
        indsendt_af="borger",
    )


def test_receipt_shows_the_reference_and_what_happens_next(logget_ind, ansoegning):
    html = logget_ind.get(reverse("ansoegning:kvittering", args=[ansoegning.uuid])).content.decode()
    assert "YP-2026-000123" in html
    assert "A caseworker looks at your application" in html
    assert 'id="afgoerelse"' not in html


def test_receipt_shows_an_instant_decision_with_its_reasons(logget_ind, ansoegning):
    Afgoerelse.objects.create(
        sag=ansoegning.sag,
        udfald="bevilget",
        beloeb=Decimal("910.00"),
        afgjort_af_straks=True,
        linjer=[
            {
                "tekst": "Tilskud: 65 % af 1.400,00 kr.",
                "tekst_en": "Subsidy: 65 % of DKK 1,400.00",
                "beloeb": "910.00",
                "hjemmel": "LAS § 82 a",
            }
        ],
    )
    html = logget_ind.get(reverse("ansoegning:kvittering", args=[ansoegning.uuid])).content.decode()
    assert 'id="afgoerelse"' in html
    assert "DKK\u00a0910.00" in html
    assert "Subsidy: 65 % of DKK 1,400.00" in html


def test_another_citizen_cannot_open_the_receipt(client, ansoegning, anden_borger):
    client.force_login(anden_borger.user)
    assert client.get(reverse("ansoegning:kvittering", args=[ansoegning.uuid])).status_code == 404


def test_a_draft_cannot_be_submitted_with_another_citizens_key(client, borger, anden_borger):
    client.force_login(borger.user)
    client.get(reverse("ansoegning:start", args=["tandpleje"]))
    kladde = borger.kladder.get()
    client.force_login(anden_borger.user)
    response = client.post(
        reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
    )
    assert response.status_code == 302
    assert Ansoegning.objects.count() == 0
    kladde.refresh_from_db()
    assert kladde.indsendt_ansoegning is None
