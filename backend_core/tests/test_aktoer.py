import pytest
from django.contrib.auth.models import AnonymousUser

from backend_core.aktoer import Aktoer, aktoer_for_user
from backend_core.exceptions import AdgangNaegtet
from backend_core.tests.factories import BorgerFactory, MedarbejderFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_citizen_user_acts_as_the_citizen():
    borger = BorgerFactory()
    aktoer = aktoer_for_user(borger.user, ip="10.0.0.1")
    assert (aktoer.type, aktoer.borger, aktoer.rolle, aktoer.ip) == (
        "borger",
        borger,
        "borger",
        "10.0.0.1",
    )


def test_a_staff_user_acts_with_their_role_and_municipality():
    m = MedarbejderFactory(koordinator=True)
    aktoer = aktoer_for_user(m.user)
    assert (aktoer.type, aktoer.rolle, aktoer.kommune_id) == (
        "medarbejder",
        "koordinator",
        m.kommune_id,
    )


def test_users_without_a_role_and_anonymous_users_are_refused():
    with pytest.raises(AdgangNaegtet):
        aktoer_for_user(UserFactory())
    with pytest.raises(AdgangNaegtet):
        aktoer_for_user(AnonymousUser())


def test_the_system_actor():
    assert Aktoer.system().er_system is True
    assert Aktoer.system().rolle == "system"
