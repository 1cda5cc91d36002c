import pytest

from backend_core.exceptions import DomaeneValideringsfejl
from backend_core.models import AuditEntry, Borger
from backend_core.registre.cpr import FakeCprClient
from backend_core.services import borger_login, cpr_foedselsdato

pytestmark = pytest.mark.django_db


def test_first_login_creates_citizen_and_user_from_cpr():
    borger = borger_login(cpr="120588-1234", fornavn="M", efternavn="H")
    assert borger.cpr == "1205881234"
    assert (borger.fornavn, borger.efternavn, borger.kommune.kode) == ("Mette", "Hansen", "0101")
    assert borger.user.username == f"borger-{borger.uuid}"
    assert "1205881234" not in borger.user.username
    assert borger.user.has_usable_password() is False
    assert AuditEntry.objects.get(handling="borger_logged_in").borger_uuid == borger.uuid


def test_second_login_finds_the_same_citizen():
    a = borger_login(cpr="1205881234", fornavn="M", efternavn="H")
    b = borger_login(cpr="1205881234", fornavn="M", efternavn="H")
    assert a.pk == b.pk
    assert Borger.objects.count() == 1


def test_login_works_while_cpr_is_down():
    FakeCprClient.down = True
    borger = borger_login(cpr="1909821315", fornavn="Peter", efternavn="Sørensen")
    assert borger.kommune is None
    assert borger.efternavn == "Sørensen"
    assert borger.user is not None


@pytest.mark.parametrize(
    ("cpr", "aar"),
    [
        ("0204551126", 1955),
        ("2504014117", 2001),
        ("0101585000", 1858),
        ("0101384000", 1938),
        ("0101095000", 2009),
    ],
)
def test_century_comes_from_the_seventh_digit(cpr, aar):
    assert cpr_foedselsdato(cpr).year == aar


@pytest.mark.parametrize("cpr", ["123", "3102881234", "abcdefghij", "12058812345", "0101385000"])
def test_invalid_cpr_numbers_are_refused(cpr):
    with pytest.raises(DomaeneValideringsfejl):
        borger_login(cpr=cpr, fornavn="x", efternavn="y")
