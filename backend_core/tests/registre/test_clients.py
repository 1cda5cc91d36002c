from unittest import mock

import pytest
import requests

from backend_core.registre import (
    RegisterUtilgaengelig,
    get_beskedfordeler_client,
    get_cpr_client,
    get_digital_post_client,
    get_eindkomst_client,
    get_sagsindeks_client,
    get_udbetaling_client,
)
from backend_core.registre.beskedfordeler import WebhookBeskedfordelerClient
from backend_core.registre.cpr import DEMO_PERSONER, FakeCprClient, HttpCprClient
from backend_core.registre.eindkomst import FakeEindkomstClient, HttpEindkomstClient
from backend_core.services import cpr_foedselsdato


def test_clients_come_from_the_dotted_path_settings():
    assert type(get_cpr_client()).__name__ == "FakeCprClient"
    assert type(get_eindkomst_client()).__name__ == "FakeEindkomstClient"
    assert type(get_digital_post_client()).__name__ == "FakeDigitalPostClient"
    assert type(get_udbetaling_client()).__name__ == "FakeUdbetalingClient"
    assert type(get_beskedfordeler_client()).__name__ == "FakeBeskedfordelerClient"
    assert type(get_sagsindeks_client()).__name__ == "FakeSagsindeksClient"


def test_settings_choose_the_http_client(settings):
    settings.CPR_CLIENT = "backend_core.registre.cpr.HttpCprClient"
    settings.CPR_URL = "https://cpr.example.invalid"
    settings.CPR_TIMEOUT_SECONDS = 2
    client = get_cpr_client()
    assert isinstance(client, HttpCprClient)
    assert client.timeout == 2


def test_demo_people_are_valid_fictitious_citizens():
    assert 6 <= len(DEMO_PERSONER) <= 10
    assert {p.kommunekode for p in DEMO_PERSONER} == {"0101", "0751", "0851"}
    for p in DEMO_PERSONER:
        assert cpr_foedselsdato(p.cpr) == p.foedselsdato
    gifte = [p for p in DEMO_PERSONER if p.aegtefaelle_cpr]
    assert {p.cpr for p in gifte} == {p.aegtefaelle_cpr for p in gifte}
    assert any(p.boern and p.civilstand != "gift" for p in DEMO_PERSONER)
    assert any(p.foedselsdato.year <= 1959 for p in DEMO_PERSONER)
    assert any(p.bor_hos_foraeldre and p.foedselsdato.year == 2001 for p in DEMO_PERSONER)


def test_fakes_simulate_an_outage():
    FakeCprClient.down = True
    with pytest.raises(RegisterUtilgaengelig):
        FakeCprClient().hent_person("1205881234")
    FakeEindkomstClient.down = True
    with pytest.raises(RegisterUtilgaengelig):
        FakeEindkomstClient().hent_maanedsindkomst("1205881234", "2026-03")


@pytest.mark.parametrize("fejl", [requests.Timeout, requests.ConnectionError])
def test_http_clients_turn_timeouts_into_register_outage(fejl):
    session = mock.Mock()
    session.request.side_effect = fejl("boom")
    client = HttpEindkomstClient(base_url="https://e.invalid", timeout=1, session=session)
    with pytest.raises(RegisterUtilgaengelig):
        client.hent_maanedsindkomst("1205881234", "2026-03")
    assert session.request.call_args.kwargs["timeout"] == 1


def test_http_cpr_client_keeps_the_number_out_of_the_url():
    session = mock.Mock()
    session.request.return_value = mock.Mock(status_code=404, content=b"")
    assert HttpCprClient(base_url="https://c.invalid", session=session).hent_person("1205881234") is None
    args, kwargs = session.request.call_args
    assert "1205881234" not in args[1]
    assert kwargs["headers"] == {"X-CPR": "1205881234"}


def test_webhook_retries_with_backoff_then_gives_up():
    session = mock.Mock()
    session.request.return_value = mock.Mock(status_code=503, content=b"")
    pauser = []
    client = WebhookBeskedfordelerClient(
        base_url="https://b.invalid", session=session, retries=3, backoff=0.5, sleep=pauser.append
    )
    with pytest.raises(RegisterUtilgaengelig):
        client.publish({"id": "e1", "type": "t"})
    assert pauser == [0.5, 1.0, 2.0]
    assert session.request.call_count == 4
    assert session.request.call_args.kwargs["headers"]["Idempotency-Key"] == "e1"


def test_webhook_succeeds_after_a_transient_error():
    session = mock.Mock()
    session.request.side_effect = [
        mock.Mock(status_code=502, content=b""),
        mock.Mock(status_code=202, content=b""),
    ]
    client = WebhookBeskedfordelerClient(base_url="https://b.invalid", session=session, sleep=lambda s: None)
    client.publish({"id": "e1", "type": "t"})
    assert session.request.call_count == 2
