"""The back office as a caseworker works from it: amounts written the
Danish or English way in the decision form, a timeline in sentences, the
message read state, the queue's export and the management information's
default period."""

from __future__ import annotations

from decimal import Decimal

import pytest

from backend_core.constants import SagStatus
from backend_core.tests.factories import BeregningFactory, SagFactory
from portal.backoffice.widgets import BeloebField, beloeb_som_tekst
from portal.tests.test_backoffice import caseworker_client  # noqa: F401 - the login fixture

pytestmark = pytest.mark.django_db


def _beloeb_felt(html: str) -> str:
    import re

    m = re.search(r'<input[^>]*name="beloeb"[^>]*>', html)
    assert m, "no amount field"
    v = re.search(r'value="([^"]*)"', m.group(0))
    return v.group(1) if v else ""


@pytest.mark.parametrize(("sprog", "forventet"), [("da", "1.690,00"), ("en", "1,690.00")])
def test_the_prefilled_amount_is_written_the_way_of_the_staff_members_language(
    client,
    caseworker_client,  # noqa: F811
    sprog,
    forventet,
):
    sag = SagFactory(under_behandling=True)
    BeregningFactory(sag=sag, berettiget=True, beloeb=Decimal("1690.00"))
    caseworker_client(sag.kommune)
    client.cookies["django_language"] = sprog
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert _beloeb_felt(html) == forventet


@pytest.mark.parametrize("tekst", ["1690.00", "1.690,00", "1690,00", "1,690.00", "1.690", "1690 kr."])
def test_the_amount_is_read_the_danish_and_the_english_way(tekst):
    assert BeloebField(required=False).clean(tekst) == Decimal("1690.00")


@pytest.mark.parametrize("tekst", ["1.690.00", "1,690,00", "16,9.0", "1.6.9", "1,69.000", "12.34,5"])
def test_an_amount_that_can_be_read_two_ways_is_refused_with_a_message(tekst):
    from django import forms
    from django.utils import translation

    for sprog, tekst_ud in (("da", "kan læses på mere end én måde"), ("en", "can be read in more than one way")):
        with translation.override(sprog):
            with pytest.raises(forms.ValidationError) as fejl:
                BeloebField(required=False).clean(tekst)
            assert tekst_ud in str(fejl.value)


def test_a_decision_with_a_danish_amount_after_the_prefill_round_trips(client, caseworker_client):  # noqa: F811
    sag = SagFactory(under_behandling=True)
    BeregningFactory(sag=sag, berettiget=True, beloeb=Decimal("1690.00"))
    caseworker_client(sag.kommune)
    client.cookies["django_language"] = "da"
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    response = client.post(
        f"/admin/sager/{sag.uuid}/",
        {
            "handling": "afgoer",
            "udfald": "bevilget",
            "beloeb": _beloeb_felt(html),
            "begrundelse": "Du opfylder betingelserne.",
            "virkning_fra": "2026-12-01",
        },
    )
    # The unchanged prefilled amount is the calculated one: no reason for a change is asked.
    assert response.status_code == 302 and response.url.endswith("/afgoerelse/")
    bekraeft = client.get(response.url).content.decode()
    assert "1.690,00" in bekraeft
    client.post(response.url, {"send": "1"})
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFGJORT and sag.afgoerelser.get().beloeb == Decimal("1690.00")


def test_an_ambiguous_amount_in_the_decision_form_is_shown_at_the_field(client, caseworker_client):  # noqa: F811
    sag = SagFactory(under_behandling=True)
    caseworker_client(sag.kommune)
    client.cookies["django_language"] = "da"
    response = client.post(
        f"/admin/sager/{sag.uuid}/",
        {"handling": "afgoer", "udfald": "bevilget", "beloeb": "1.690.00", "begrundelse": "Ok."},
    )
    assert response.status_code == 200
    assert "kan læses på mere end én måde" in response.content.decode()
    assert not sag.afgoerelser.exists()


def test_beloeb_som_tekst_groups_thousands_and_keeps_the_sign():
    assert beloeb_som_tekst(Decimal("1234567.5"), "da") == "1.234.567,50"
    assert beloeb_som_tekst(Decimal("-12"), "en") == "-12.00"
