import pytest
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from backend_core.constants import SagStatus
from backend_core.models import AuditEntry, Borger, Kommune, Medarbejder, OutboxEvent, Sag
from portal.demo import seed_demo

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_everything_once():
    foerste = seed_demo()
    assert sorted(foerste["kommuner"]) == ["0101", "0751", "0851"]
    assert len(foerste["borgere"]) == 8
    assert "sagsbehandler-aarhus" in foerste["medarbejdere"]
    assert Medarbejder.objects.count() == 12
    assert TOTPDevice.objects.filter(confirmed=True).count() == 12
    statusser = set(Sag.objects.values_list("status", flat=True))
    assert {SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER} <= statusser
    antal = (
        Kommune.objects.count(),
        Borger.objects.count(),
        Sag.objects.count(),
        OutboxEvent.objects.count(),
        AuditEntry.objects.count(),
    )
    anden = seed_demo()
    assert anden["kommuner"] == anden["borgere"] == anden["medarbejdere"] == anden["sager"] == []
    assert (
        Kommune.objects.count(),
        Borger.objects.count(),
        Sag.objects.count(),
        OutboxEvent.objects.count(),
        AuditEntry.objects.count(),
    ) == antal


def test_demo_scale_creates_citizens_and_cases_in_bulk():
    call_command("demo_scale", borgere=300, batch=100)
    assert Borger.objects.count() == 300
    sager = Sag.objects.count()
    assert 300 <= sager <= 600
    assert Sag.objects.filter(status=SagStatus.AFGJORT).exists()
    assert Sag.objects.filter(status=SagStatus.MODTAGET).exists()
    call_command("demo_scale", borgere=10, batch=100)
    assert Borger.objects.count() == 310
