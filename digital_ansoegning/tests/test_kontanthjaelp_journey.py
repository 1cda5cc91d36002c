"""Kontanthjælp through the pages: the benchmark of at most 12 screens for a
single applicant with no income and no children."""

from __future__ import annotations

import pytest
from django.urls import reverse

from digital_ansoegning.models import Kladde

pytestmark = pytest.mark.django_db

SVAR = {
    "om-dig": {"oplysninger_korrekte": "ja"},
    "bolig": {"bor_hos_foraeldre": "nej", "samlevende": "nej"},
    "uddannelse": {"uddannelse": "nej", "fuldtidsarbejde_2_5_aar": "ja", "aktivitetsparat": "ja"},
    "ophold": {"opfylder_opholdskrav": "ja", "kommet_til_danmark": "nej"},
    "indtaegt": {"har_arbejdsindtaegt": "nej", "har_anden_indtaegt": "nej"},
    "formue": {"formue": "0"},
}


def test_single_applicant_with_no_income_reaches_check_answers_in_few_screens(logget_ind):
    screens = [reverse("ansoegning:oversigt")]
    assert logget_ind.get(screens[0]).status_code == 200
    response = logget_ind.get(reverse("ansoegning:start", args=["kontanthjaelp"]))
    url = response["Location"]
    while "/tjek/" not in url:
        screens.append(url)
        assert logget_ind.get(url).status_code == 200
        if url.endswith("/dokumenter/"):
            response = logget_ind.post(url, {"handling": "fortsaet"})
        else:
            slug = url.rstrip("/").rsplit("/", 1)[-1]
            response = logget_ind.post(url, SVAR[slug])
        assert response.status_code == 302, response.content.decode()[:1500]
        url = response["Location"]
    screens.append(url)
    assert logget_ind.get(url).status_code == 200
    screens.append("kvittering")
    assert len(screens) <= 12, screens
    kladde = Kladde.objects.get(ydelse="kontanthjaelp")
    assert kladde.trin == "tjek"
    assert kladde.svar["formue"] == "0.00"


def test_a_hidden_step_sends_the_citizen_on(logget_ind):
    logget_ind.get(reverse("ansoegning:start", args=["kontanthjaelp"]))
    response = logget_ind.get(reverse("ansoegning:trin", args=["kontanthjaelp", "aegtefaelle"]))
    assert response.status_code == 302


@pytest.mark.parametrize("ydelse", ["kontanthjaelp", "helbredstillaeg", "tandpleje"])
def test_every_benefit_starts_on_the_fetched_data(logget_ind, ydelse):
    response = logget_ind.get(reverse("ansoegning:start", args=[ydelse]), follow=True)
    assert response.status_code == 200
    assert 'id="cpr-data"' in response.content.decode()


def test_an_unknown_benefit_is_not_found(logget_ind):
    assert logget_ind.get(reverse("ansoegning:start", args=["lotto"])).status_code == 404
