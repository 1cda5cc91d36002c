"""The permission policies: for every protected model, the list answer
(``instances``) and the single-object answer (``tillader``) agree, for a
citizen, each staff role at home and in another municipality, and the system."""

from __future__ import annotations

import pytest

from backend_core import policies
from backend_core.aktoer import Aktoer
from backend_core.constants import DokumentKategori
from backend_core.exceptions import AdgangNaegtet
from backend_core.models import AuditEntry, Brevtekst
from backend_core.tests.factories import (
    AnsoegningFactory,
    BeskedFactory,
    BorgerFactory,
    DokumentFactory,
    KommuneFactory,
    MedarbejderFactory,
    SagFactory,
    UdbetalingFactory,
    borger_aktoer,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def verden():
    """Two municipalities, a citizen with one of each protected row in the
    first, and a stranger with the same in the second."""
    hjem, ude = KommuneFactory(), KommuneFactory()
    ejer = BorgerFactory(kommune=hjem)
    fremmed = BorgerFactory(kommune=ude)
    sag = SagFactory(borger=ejer, kommune=hjem)
    fremmed_sag = SagFactory(borger=fremmed, kommune=ude)
    rows = {
        "sag": (sag, fremmed_sag),
        "dokument": (DokumentFactory(borger=ejer, sag=sag), DokumentFactory(borger=fremmed, sag=fremmed_sag)),
        "brev": (
            DokumentFactory(borger=ejer, sag=sag, kategori=DokumentKategori.BREV),
            DokumentFactory(borger=fremmed, sag=fremmed_sag, kategori=DokumentKategori.BREV),
        ),
        "besked": (BeskedFactory(sag=sag), BeskedFactory(sag=fremmed_sag)),
        "udbetaling": (
            UdbetalingFactory(sag=SagFactory(borger=ejer, kommune=hjem, afgjort=True)),
            UdbetalingFactory(sag=SagFactory(borger=fremmed, kommune=ude, afgjort=True)),
        ),
        "ansoegning": (
            AnsoegningFactory(sag=SagFactory(borger=ejer, kommune=hjem), borger=ejer),
            AnsoegningFactory(sag=SagFactory(borger=fremmed, kommune=ude), borger=fremmed),
        ),
        "borger": (ejer, fremmed),
    }
    return {"hjem": hjem, "ude": ude, "ejer": ejer, "rows": rows}


POLICY = {
    "sag": policies.sager,
    "dokument": policies.dokumenter,
    "brev": policies.breve,
    "besked": policies.beskeder,
    "udbetaling": policies.udbetalinger,
    "ansoegning": policies.ansoegninger,
    "borger": policies.borgere,
}

# who → may they read (own row, the other municipality's row)
FORVENTET = {
    "borger": (True, False),
    "sagsbehandler": (True, False),
    "koordinator": (True, False),
    "administrator": (True, False),
    "kommunikator": (False, False),
    "system": (True, True),
}


def _aktoer(hvem: str, verden) -> Aktoer:
    if hvem == "borger":
        return borger_aktoer(verden["ejer"])
    if hvem == "system":
        return Aktoer.system()
    traits = {} if hvem == "sagsbehandler" else {hvem: True}
    return medarbejder_aktoer(MedarbejderFactory(kommune=verden["hjem"], **traits))


@pytest.mark.parametrize("model", sorted(POLICY))
@pytest.mark.parametrize("hvem", sorted(FORVENTET))
def test_list_and_single_object_answers_agree(verden, model, hvem):
    policy = POLICY[model]
    aktoer = _aktoer(hvem, verden)
    egen, fremmed = verden["rows"][model]
    hjemme_ok, ude_ok = FORVENTET[hvem]
    synlige = set(policy.instances(aktoer, policies.SE).values_list("pk", flat=True))
    assert (egen.pk in synlige, fremmed.pk in synlige) == (hjemme_ok, ude_ok)
    assert (policy.tillader(aktoer, egen), policy.tillader(aktoer, fremmed)) == (hjemme_ok, ude_ok)


def test_a_letter_policy_does_not_admit_an_upload(verden):
    upload = verden["rows"]["dokument"][0]
    assert policies.breve.tillader(borger_aktoer(verden["ejer"]), upload) is False


def test_only_caseworkers_and_team_leads_work_on_a_case_and_only_team_leads_distribute(verden):
    sag = verden["rows"]["sag"][0]
    svar = {}
    for hvem in ("borger", "sagsbehandler", "koordinator", "administrator", "kommunikator"):
        aktoer = _aktoer(hvem, verden)
        svar[hvem] = (
            policies.sager.tillader(aktoer, sag, policies.BEHANDLE),
            policies.sager.tillader(aktoer, sag, policies.TILDELE),
        )
    assert svar == {
        "borger": (False, False),
        "sagsbehandler": (True, False),
        "koordinator": (True, True),
        "administrator": (False, True),
        "kommunikator": (False, False),
    }


def test_a_citizen_may_not_write_on_another_citizens_behalf(verden):
    ejer = verden["ejer"]
    fremmed = verden["rows"]["borger"][1]
    assert policies.borgere.tillader(borger_aktoer(ejer), ejer, policies.AENDRE) is True
    assert policies.borgere.tillader(borger_aktoer(ejer), fremmed, policies.AENDRE) is False
    sagsbehandler = _aktoer("sagsbehandler", verden)
    assert policies.borgere.tillader(sagsbehandler, ejer, policies.AENDRE) is False


def test_letter_texts_are_read_by_staff_and_written_by_their_communicators_only(verden):
    egen = Brevtekst.objects.create(kommune=verden["hjem"], brevtype="afgoerelse", noegle="indledning", tekst="Hej")
    fremmed = Brevtekst.objects.create(kommune=verden["ude"], brevtype="afgoerelse", noegle="indledning", tekst="Hej")
    standard = Brevtekst.objects.create(kommune=None, brevtype="afgoerelse", noegle="afslutning", tekst="Hej")
    kommunikator = _aktoer("kommunikator", verden)
    sagsbehandler = _aktoer("sagsbehandler", verden)
    laeses = set(policies.brevtekster.instances(kommunikator, policies.SE))
    skrives = set(policies.brevtekster.instances(kommunikator, policies.AENDRE))
    assert laeses == {egen, standard}
    assert skrives == {egen}
    assert [policies.brevtekster.tillader(kommunikator, t, policies.AENDRE) for t in (egen, fremmed, standard)] == [
        True,
        False,
        False,
    ]
    assert policies.brevtekster.tillader(sagsbehandler, egen, policies.AENDRE) is False
    assert policies.brevtekster.tillader(borger_aktoer(verden["ejer"]), standard) is False


def test_kraev_audits_the_refusal_and_raises(verden):
    fremmed_sag = verden["rows"]["sag"][1]
    with pytest.raises(AdgangNaegtet):
        policies.sager.kraev(borger_aktoer(verden["ejer"]), fremmed_sag, audit_handling="sag_viewed")
    denied = AuditEntry.objects.get(handling="access_denied")
    assert denied.objekt_uuid == fremmed_sag.uuid


def test_an_unknown_action_is_a_programming_error(verden):
    with pytest.raises(ValueError, match="no action"):
        policies.udbetalinger.instances(Aktoer.system(), policies.AENDRE)


def test_every_protected_model_has_one_policy():
    from backend_core.models import Ansoegning, Besked, Borger, Dokument, Hjaelpetekst, Indberetning, Sag, Udbetaling

    for model in (Sag, Borger, Dokument, Udbetaling, Besked, Indberetning, Ansoegning, Brevtekst, Hjaelpetekst):
        assert policies.policy_for(model).model is model


def test_help_texts_are_written_by_their_own_municipalitys_communicators_only(verden):
    from backend_core.models import Hjaelpetekst

    egen = Hjaelpetekst.objects.create(kommune=verden["hjem"], flow="tandpleje", noegle="udgift", tekst="Hjem")
    fremmed = Hjaelpetekst.objects.create(kommune=verden["ude"], flow="tandpleje", noegle="udgift", tekst="Ude")
    kommunikator = _aktoer("kommunikator", verden)
    sagsbehandler = _aktoer("sagsbehandler", verden)
    assert set(policies.hjaelpetekster.instances(kommunikator, policies.AENDRE)) == {egen}
    assert policies.hjaelpetekster.tillader(kommunikator, fremmed, policies.AENDRE) is False
    assert policies.hjaelpetekster.tillader(sagsbehandler, egen, policies.SE) is True
    assert policies.hjaelpetekster.tillader(sagsbehandler, egen, policies.AENDRE) is False
    assert list(policies.hjaelpetekster.instances(borger_aktoer(verden["ejer"]), policies.SE)) == []
