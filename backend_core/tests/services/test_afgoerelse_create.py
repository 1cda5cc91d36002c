from decimal import Decimal

import pytest

from backend_core import events
from backend_core.constants import SagStatus
from backend_core.exceptions import AdgangNaegtet, DomaeneValideringsfejl
from backend_core.models import Brevbestilling, OutboxEvent, Sag, Udbetaling
from backend_core.services import afgoerelse_create
from backend_core.tests.factories import (
    AnsoegningFactory,
    BeregningFactory,
    MedarbejderFactory,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sag():
    ansoegning = AnsoegningFactory()
    BeregningFactory(sag=ansoegning.sag)
    return ansoegning.sag


def test_caseworker_decides_and_the_letter_and_payment_follow(sag):
    m = MedarbejderFactory(kommune=sag.kommune)
    afgoerelse = afgoerelse_create(
        aktoer=medarbejder_aktoer(m),
        sag=sag,
        udfald="bevilget",
        beloeb="14201.00",
        begrundelse="Betingelserne er opfyldt.",
    )
    sag = Sag.objects.get(pk=sag.pk)
    assert sag.status == SagStatus.AFGJORT
    assert sag.sagsbehandler == m.user
    assert afgoerelse.afgjort_af == m.user
    assert afgoerelse.afgjort_af_straks is False
    assert afgoerelse.linjer
    assert Udbetaling.objects.get(sag=sag).beloeb == Decimal("14201.00")
    assert list(Brevbestilling.objects.filter(sag=sag).values_list("brevtype", flat=True)) == ["afgoerelse"]
    assert list(OutboxEvent.objects.filter(sag=sag).values_list("type", flat=True)) == [
        events.SAG_UNDER_BEHANDLING,
        events.SAG_AFGJORT,
        events.UDBETALING_AENDRET,
    ]


def test_a_refusal_needs_a_reason_and_pays_nothing(sag):
    aktoer = medarbejder_aktoer(MedarbejderFactory(kommune=sag.kommune))
    with pytest.raises(DomaeneValideringsfejl):
        afgoerelse_create(aktoer=aktoer, sag=sag, udfald="afslag", beloeb=None, begrundelse="")
    afgoerelse_create(aktoer=aktoer, sag=sag, udfald="afslag", beloeb=None, begrundelse="Formuen er over grænsen.")
    assert not Udbetaling.objects.exists()


def test_communicators_and_other_municipalities_cannot_decide(sag):
    for m in (MedarbejderFactory(kommune=sag.kommune, kommunikator=True), MedarbejderFactory()):
        with pytest.raises(AdgangNaegtet):
            afgoerelse_create(
                aktoer=medarbejder_aktoer(m),
                sag=sag,
                udfald="bevilget",
                beloeb="1.00",
                begrundelse="x",
            )
    assert Sag.objects.get(pk=sag.pk).status == SagStatus.MODTAGET
