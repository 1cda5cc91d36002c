from __future__ import annotations

import pytest

from backend_core.registre.beskedfordeler import FakeBeskedfordelerClient
from backend_core.registre.cpr import FakeCprClient
from backend_core.registre.digital_post import FakeDigitalPostClient
from backend_core.registre.eindkomst import FakeEindkomstClient
from backend_core.registre.pension import FakePensionClient
from backend_core.registre.sagsindeks import FakeSagsindeksClient
from backend_core.registre.udbetaling import FakeUdbetalingClient
from backend_core.registre.ydelsesindeks import FakeYdelsesindeksClient

FAKES = (
    FakeCprClient,
    FakeEindkomstClient,
    FakePensionClient,
    FakeDigitalPostClient,
    FakeUdbetalingClient,
    FakeBeskedfordelerClient,
    FakeSagsindeksClient,
    FakeYdelsesindeksClient,
)


@pytest.fixture(autouse=True)
def _fakes_up_and_empty(settings, tmp_path):
    """Every test starts with all registers up and nothing delivered, and
    stores documents in its own directory."""
    for fake in FAKES:
        fake.down = False
    FakeCprClient.kald = []
    FakePensionClient.kald = []
    FakeEindkomstClient.maaneder = {}
    FakeDigitalPostClient.sendt = {}
    FakeUdbetalingClient.ordrer = {}
    FakeBeskedfordelerClient.modtaget = []
    FakeBeskedfordelerClient.events = {}
    FakeSagsindeksClient.modtaget = []
    FakeSagsindeksClient.sager = {}
    FakeSagsindeksClient.dokumenter = {}
    FakeYdelsesindeksClient.modtaget = []
    FakeYdelsesindeksClient.ydelser = {}
    FakeYdelsesindeksClient.udbetalinger = {}
    settings.STORAGES = {
        **settings.STORAGES,
        "dokumenter": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "dokumenter")},
        },
    }
    yield
    for fake in FAKES:
        fake.down = False


@pytest.fixture
def straks_tilladt(monkeypatch):
    """Let the calculation's verdict allow an instant decision (the real
    rates are not all confirmed yet, so it never does today)."""
    import beregning

    original = beregning.beregn

    def beregn(data):
        resultat = original(data)
        if "fejl" not in resultat:
            resultat = {
                **resultat,
                "straks_afgoerelse": {
                    "tilladt": True,
                    "begrundelse": "Alle oplysninger er kendt fra registre.",
                },
            }
        return resultat

    monkeypatch.setattr(beregning, "beregn", beregn)
