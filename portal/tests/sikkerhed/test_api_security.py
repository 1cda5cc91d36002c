"""The citizen API: domain errors and bad input are 400s in the one error
shape (Danish and English), never 500s; the schema documents the errors; the
API is throttled; nothing with personal data may be cached."""

from __future__ import annotations

import json

import pytest
from rest_framework.throttling import UserRateThrottle

from backend_core.constants import SagStatus
from backend_core.tests.factories import BorgerFactory, SagFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def borger(client):
    borger = BorgerFactory(user=UserFactory())
    client.force_login(borger.user)
    return borger


def _post_json(client, url, body: str, **extra):
    return client.post(url, data=body, content_type="application/json", **extra)


def test_a_message_on_a_closed_case_is_a_400_in_the_error_shape_in_danish_and_english(client, borger):
    sag = SagFactory(borger=borger, status=SagStatus.LUKKET)
    url = f"/api/borger/sager/{sag.uuid}/beskeder/"
    response = _post_json(client, url, json.dumps({"tekst": "Hej"}))
    assert response.status_code == 400
    assert response.json() == {"fejl": [{"felt": "sag", "besked": "Sagen er lukket, så du kan ikke skrive på den."}]}
    client.cookies["django_language"] = "en"
    response = _post_json(client, url, json.dumps({"tekst": "Hej"}))
    assert response.status_code == 400
    assert response.json()["fejl"][0]["besked"] == "The case is closed, so you cannot write on it."


@pytest.mark.parametrize("depth", [21, 5_000, 100_000])
def test_deeply_nested_json_is_a_400_not_a_500(client, borger, depth):
    sag = SagFactory(borger=borger)
    body = '{"tekst": ' + "[" * depth + "]" * depth + "}"
    response = _post_json(client, f"/api/borger/sager/{sag.uuid}/beskeder/", body)
    assert response.status_code == 400
    assert response.json()["fejl"][0]["felt"] is None
    assert "nested" in response.json()["fejl"][0]["besked"] or "indlejret" in response.json()["fejl"][0]["besked"]


@pytest.mark.parametrize("body", ['{"tekst": ', "\xff\xfe", '{"tekst": "a"', "[" * 10 + "1"])
def test_invalid_json_is_a_400_in_the_error_shape(client, borger, body):
    sag = SagFactory(borger=borger)
    response = _post_json(client, f"/api/borger/sager/{sag.uuid}/beskeder/", body)
    assert response.status_code == 400
    assert set(response.json()) == {"fejl"}


def test_brackets_inside_strings_do_not_count_as_nesting(client, borger):
    sag = SagFactory(borger=borger)
    response = _post_json(client, f"/api/borger/sager/{sag.uuid}/beskeder/", json.dumps({"tekst": "[" * 100}))
    assert response.status_code == 201


def test_a_body_of_the_wrong_shape_is_a_400(client, borger):
    sag = SagFactory(borger=borger)
    for body in ("[]", '"tekst"', "42", '{"tekst": {"a": 1}}'):
        response = _post_json(client, f"/api/borger/sager/{sag.uuid}/beskeder/", body)
        assert response.status_code == 400, body


def test_the_schema_documents_the_error_responses(client, borger):
    schema = client.get("/api/schema/?format=json").json()
    assert "Fejl" in schema["components"]["schemas"]
    operation = schema["paths"]["/api/borger/sager/{uuid}/beskeder/"]["post"]
    for code in ("400", "401", "403", "404", "429"):
        assert operation["responses"][code]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Fejl"
        }


def test_the_api_is_throttled_per_citizen(client, borger, monkeypatch):
    monkeypatch.setitem(UserRateThrottle.THROTTLE_RATES, "user", "3/min")
    statuses = [client.get("/api/borger/sager/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    body = client.get("/api/borger/sager/").json()
    assert set(body) == {"fejl"}


@pytest.mark.parametrize("url", ["/api/borger/sager/", "/min-side/", "/min-side/indlejret/", "/ansoeg/"])
def test_pages_with_personal_data_are_never_cached(client, borger, url):
    response = client.get(url)
    assert response.status_code < 500
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
