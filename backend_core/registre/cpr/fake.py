"""A CPR register with fictitious people, for dev, tests and the demo.

The numbers look valid (a real date, century digit per the CPR rules) but
belong to the demo people below; the login test identity provider lists them.
"""

from __future__ import annotations

from datetime import date

from ..base import FakeOutage
from .client import Barn, Person

_KBH = ("0101", "København")
_AAR = ("0751", "Aarhus")
_AAL = ("0851", "Aalborg")


def _p(cpr, fornavn, efternavn, foedt, adresse, postnr, by, kommune, civilstand, **kw) -> Person:
    return Person(
        cpr=cpr,
        fornavn=fornavn,
        efternavn=efternavn,
        foedselsdato=date.fromisoformat(foedt),
        adresse=adresse,
        postnummer=postnr,
        by=by,
        kommunekode=kommune[0],
        kommunenavn=kommune[1],
        civilstand=civilstand,
        **kw,
    )


DEMO_PERSONER: list[Person] = [
    _p(
        "1205881234",
        "Mette",
        "Hansen",
        "1988-05-12",
        "Nørrebrogade 12, 3. tv.",
        "2200",
        "København N",
        _KBH,
        "ugift",
        boern=(
            Barn("0303154122", "Oliver", "Hansen", date(2015, 3, 3)),
            Barn("1709184086", "Ida", "Hansen", date(2018, 9, 17)),
        ),
    ),
    _p(
        "2504014117",
        "Lars",
        "Nielsen",
        "2001-04-25",
        "Valby Langgade 40",
        "2500",
        "Valby",
        _KBH,
        "ugift",
        bor_hos_foraeldre=True,
    ),
    _p(
        "2806972226",
        "Emma",
        "Larsen",
        "1997-06-28",
        "Amagerbrogade 101, 2. th.",
        "2300",
        "København S",
        _KBH,
        "ugift",
    ),
    _p(
        "1403751231",
        "Jens",
        "Pedersen",
        "1975-03-14",
        "Frederiks Allé 22",
        "8000",
        "Aarhus C",
        _AAR,
        "gift",
        aegtefaelle_cpr="2208781244",
    ),
    _p(
        "2208781244",
        "Sofie",
        "Pedersen",
        "1978-08-22",
        "Frederiks Allé 22",
        "8000",
        "Aarhus C",
        _AAR,
        "gift",
        aegtefaelle_cpr="1403751231",
    ),
    _p(
        "0809952118",
        "Yasmin",
        "Ali",
        "1995-09-08",
        "Gudrunsvej 8, 1. mf.",
        "8220",
        "Brabrand",
        _AAR,
        "ugift",
    ),
    _p(
        "0204551126",
        "Karen",
        "Madsen",
        "1955-04-02",
        "Boulevarden 5",
        "9000",
        "Aalborg",
        _AAL,
        "enke",
    ),
    _p(
        "1909821315",
        "Peter",
        "Sørensen",
        "1982-09-19",
        "Vesterbro 77, 4. tv.",
        "9000",
        "Aalborg",
        _AAL,
        "skilt",
    ),
]


class FakeCprClient(FakeOutage):
    register = "cpr"
    down = False
    kald: list[str] = []
    """CPR numbers looked up, in order (tests read it; never logged)."""

    def __init__(self, **_: object) -> None:
        pass

    def hent_person(self, cpr: str) -> Person | None:
        self._check_up()
        type(self).kald.append(cpr)
        for person in DEMO_PERSONER:
            if person.cpr == cpr:
                return person
        return None
