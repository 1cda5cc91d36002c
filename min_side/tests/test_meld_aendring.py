"""The change form's error summary leads to the field that needs an answer."""

from __future__ import annotations

import re

import pytest

from backend_core.tests.factories import AfgoerelseFactory, SagFactory

pytestmark = pytest.mark.django_db


def test_an_empty_change_report_names_the_missing_choice_and_links_to_it(logged_in, borger):
    sag = SagFactory(borger=borger, kommune=borger.kommune, afgjort=True)
    AfgoerelseFactory(sag=sag)
    response = logged_in.post(f"/min-side/sager/{sag.uuid}/meld-aendring/", {"beskrivelse": "Jeg er flyttet."})
    html = response.content.decode()
    assert response.status_code in (200, 400)
    summary = html.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    links = re.findall(r'<a href="#([^"]*)">', summary)
    assert links and all(links), summary  # never href="#"
    for target in links:
        assert f'id="{target}"' in html  # each leads to a field on the page
    assert "Jeg er flyttet." in html  # what was written is kept
