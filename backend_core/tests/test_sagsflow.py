import pytest

from backend_core import sagsflow
from backend_core.constants import Rolle, SagStatus

S = SagStatus


@pytest.mark.parametrize(
    ("fra", "til"),
    [
        (S.MODTAGET, S.UNDER_BEHANDLING),
        (S.MODTAGET, S.AFGJORT),
        (S.UNDER_BEHANDLING, S.AFVENTER_BORGER),
        (S.AFVENTER_BORGER, S.UNDER_BEHANDLING),
        (S.UNDER_BEHANDLING, S.AFGJORT),
        (S.AFGJORT, S.LUKKET),
    ],
)
def test_architecture_transitions_exist(fra, til):
    assert sagsflow.overgang(fra, til) is not None


@pytest.mark.parametrize(
    ("fra", "til"),
    [
        (S.MODTAGET, S.LUKKET),
        (S.AFGJORT, S.UNDER_BEHANDLING),
        (S.LUKKET, S.MODTAGET),
        (S.AFVENTER_BORGER, S.AFGJORT),
        (S.MODTAGET, S.AFVENTER_BORGER),
    ],
)
def test_other_transitions_do_not_exist(fra, til):
    assert sagsflow.overgang(fra, til) is None
    assert sagsflow.allowed(fra, til, "system") is False


def test_instant_decision_is_for_the_system_only():
    assert sagsflow.allowed(S.MODTAGET, S.AFGJORT, "system") is True
    for rolle in [*Rolle.values, "borger"]:
        assert sagsflow.allowed(S.MODTAGET, S.AFGJORT, rolle) is False


def test_caseworker_decides_a_case_in_processing():
    assert sagsflow.allowed(S.UNDER_BEHANDLING, S.AFGJORT, Rolle.SAGSBEHANDLER) is True
    assert sagsflow.allowed(S.UNDER_BEHANDLING, S.AFGJORT, Rolle.KOMMUNIKATOR) is False
    assert sagsflow.allowed(S.UNDER_BEHANDLING, S.AFGJORT, "borger") is False


def test_citizen_may_only_answer_a_request():
    assert sagsflow.naeste(S.AFVENTER_BORGER, "borger") == [S.UNDER_BEHANDLING]
    assert sagsflow.naeste(S.UNDER_BEHANDLING, "borger") == []


def test_every_transition_announces_an_event_of_its_target():
    for o in sagsflow.OVERGANGE:
        assert o.haendelse.endswith(o.til.replace("_", "-"))
