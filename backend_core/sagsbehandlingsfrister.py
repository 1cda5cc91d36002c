"""How long a municipality takes to decide, and the income-report day: data
with its sources. Pure functions, no I/O; a municipality's own values sit on
its ``Kommune`` record (``sagsbehandlingsfrister``, ``indberetning_frist_dag``).

Processing deadlines
--------------------

No law sets the length. Retssikkerhedsloven § 3, stk. 2 makes each
municipality (kommunalbestyrelsen) set deadlines for how long may pass from
receiving an application until the decision is made, and publish them; if a
deadline cannot be kept in a case, the citizen is told in writing when to
expect a decision. The guidance to the act explains this in its chapter 4,
"Frister for afgørelser" (Vejledning om retssikkerhed og administration på
det sociale område, VEJ nr. 9330 af 21/3 2019, pkt. 34-46; "Fristerne skal
offentliggøres", pkt. 43; read at
https://www.retsinformation.dk/Forms/R0710.aspx?id=208456). So the deadline
is per municipality and per kind of case, and the portal shows the
municipality's published one, with where it was published.

``OFFENTLIGGJORTE`` holds what the demo municipalities have published, as
read on 1 December 2026 (weeks). Where a municipality's page names no
deadline for one of our benefits, the value is missing and ``STANDARD_UGER``
applies. That default is NOT a legal rule: it is the most common published
value for these benefits in the municipal lists read (4 weeks: for example
Frederiksberg, kontanthjælp "4 uger fra relevant dokumentation foreligger",
helbredstillæg and personlige tillæg "4 uger",
https://www.fmk.dk/om-kommunen/svarfrister-og-sagsbehandlingstid/borgerservice/;
Vejle, helbredstillæg and personligt tillæg "4 uger",
https://www.vejle.dk/borger/kontakt/oversigt-over-sagsbehandlingstider/;
Middelfart, personligt tillæg and helbredstillæg "4 uger",
https://middelfart.dk/om-kommunen/fakta-om-middelfart-kommune/sagsbehandlingsfrister/).
The citizen is told when a value is this default rather than their
municipality's own.

Income-report day
-----------------

UNCONFIRMED. No statute found sets a day of the month by which a person on
kontanthjælp must report last month's income. The duty is to tell the
municipality of changes that can matter for the help (retssikkerhedsloven
§ 11; the municipality must say in writing which changes matter, § 12, stk.
1, nr. 4, read at https://danskelove.dk/retssikkerhedsloven/12), and work
income is also read from eIndkomst. The day is therefore the municipality's
own practice: ``STANDARD_INDBERETNING_FRIST_DAG`` (the 10th) is a
placeholder until a municipality sets its own on its record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

STANDARD_UGER = 4
"""Weeks, when the municipality has published no deadline for the benefit
(the common published value, not a legal rule; see above)."""

STANDARD_INDBERETNING_FRIST_DAG = 10
"""Day of the month for last month's income report: UNCONFIRMED placeholder
(no statutory day found; see above)."""

RSL_KILDE = "retssikkerhedsloven § 3, stk. 2"


@dataclass(frozen=True)
class Offentliggjort:
    uger: dict[str, int]
    kilde: str
    laest: str = "2026-12-01"


OFFENTLIGGJORTE: dict[str, Offentliggjort] = {
    # Københavns Kommune, Beskæftigelses- og Integrationsforvaltningen:
    # "Kontanthjælp, løbende hjælp til forsørgelse, uddannelseshjælp
    # (§§ 23, 25, og § 29) - 3 uger". Helbredstillæg, personligt tillæg and
    # help to dental care (LAS § 82 a) are not on that page: default.
    "0101": Offentliggjort(
        uger={"kontanthjaelp": 3},
        kilde="https://kk.dk/om-kommunen/sagsbehandling-og-klager/sagsbehandlingsfrister/"
        "beskaeftigelses-og-integrationsforvaltningen",
    ),
    # Aarhus Kommune, Jobcenter Aarhus: "Kontanthjælp, uddannelseshjælp og
    # integrationsydelse: To uger", "Enkeltydelser (hjælp i særlige
    # tilfælde): To uger" (LAS chapter 10, where § 82 a dental help sits),
    # "Personligt tillæg: To uger". Helbredstillæg is not on the page: default.
    "0751": Offentliggjort(
        uger={"kontanthjaelp": 2, "tandpleje": 2, "personlig_tillaegsprocent": 2},
        kilde="https://www.aarhus.dk/om-kommunen/sociale-forhold-og-beskaeftigelse/"
        "ret-pligt-og-frister-i-sociale-forhold-og-beskaeftigelse/sagsbehandlingsfrister/",
    ),
    # Aalborg Kommune publishes its deadlines under Serviceloven on this page;
    # none for our benefits was found there: default for all (unconfirmed).
    "0851": Offentliggjort(
        uger={},
        kilde="https://www.aalborg.dk/om-kommunen/aabenhed-og-indblik/sagsbehandlingsfrister",
    ),
}


@dataclass(frozen=True)
class Frist:
    """A processing deadline: weeks, and whether it is the municipality's own
    published one (with where) or the default."""

    uger: int
    kommunens: bool
    kilde: str = ""

    @property
    def dage(self) -> int:
        return self.uger * 7


def frist_for(*, frister: dict | None, kilde: str = "", ydelse: str) -> Frist:
    """The deadline for ``ydelse`` from a municipality's published
    ``frister`` (benefit → weeks), else the default."""
    uger = (frister or {}).get(ydelse)
    try:
        uger = int(uger) if uger is not None else None
    except (TypeError, ValueError):
        uger = None
    if uger is not None and uger > 0:
        return Frist(uger=uger, kommunens=True, kilde=kilde)
    return Frist(uger=STANDARD_UGER, kommunens=False)


def forventet_dato(*, modtaget: dt.date, frist: Frist) -> dt.date:
    """The date a case received on ``modtaget`` is expected to be decided by."""
    return modtaget + dt.timedelta(days=frist.dage)


def indberetning_frist(*, idag: dt.date, dag: int | None) -> dt.date:
    """This month's deadline for last month's income report: the
    municipality's day (at most the 28th), else the placeholder default."""
    dag = dag if dag and 1 <= dag <= 28 else STANDARD_INDBERETNING_FRIST_DAG
    return idag.replace(day=dag)
