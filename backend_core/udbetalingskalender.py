"""The payment calendar: on which day a month's help is paid.

Data, with its source:

- **Kontanthjælp** (and other help to forsørgelse under LAS): "Hjælp til
  forsørgelse udbetales normalt som et månedligt beløb. Udbetalingen sker
  bagud for 1 måned" (LAS § 89, stk. 1; read at
  https://www.elov.dk/aktivloven/paragraf/89/). The help for a month is
  therefore paid at the end of that month, on the municipality's payout day:
  ``UDBETALINGSDAG`` (the last bank day of the month, the common municipal
  practice; a municipality with another day sets it in
  ``Kommune.indstillinger["udbetalingsdag"]`` as ``"sidste_bankdag"`` or a
  day of the month, moved back to the bank day before when it is not one).
- **One-off help** (tandpleje, helbredstillæg): paid once, on the first bank
  day after the decision (``ENGANGS_BANKDAGE_EFTER`` bank days later).

Bank days are Monday to Friday except the Danish bank holidays in
``BANKLUKKEDAGE`` (Danmarks Nationalbank's list of days the banks' clearing
is closed: the public holidays, Grundlovsdag, 24 and 31 December, and since
2024 no Store Bededag). Pure functions, no I/O.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange

from .constants import LOEBENDE_YDELSER

UDBETALINGSDAG = "sidste_bankdag"
ENGANGS_BANKDAGE_EFTER = 1
KILDE = "LAS § 89, stk. 1 (udbetaling bagud for 1 måned); Danmarks Nationalbank, banklukkedage"

BANKLUKKEDAGE: frozenset[dt.date] = frozenset(
    dt.date.fromisoformat(d)
    for d in (
        # 2025
        "2025-01-01",
        "2025-04-17",
        "2025-04-18",
        "2025-04-21",
        "2025-05-29",
        "2025-05-30",
        "2025-06-05",
        "2025-06-09",
        "2025-12-24",
        "2025-12-25",
        "2025-12-26",
        "2025-12-31",
        # 2026
        "2026-01-01",
        "2026-04-02",
        "2026-04-03",
        "2026-04-06",
        "2026-05-14",
        "2026-05-15",
        "2026-05-25",
        "2026-06-05",
        "2026-12-24",
        "2026-12-25",
        "2026-12-31",
        # 2027
        "2027-01-01",
        "2027-03-25",
        "2027-03-26",
        "2027-03-29",
        "2027-05-06",
        "2027-05-07",
        "2027-05-17",
        "2027-12-24",
        "2027-12-31",
    )
)
"""Days the Danish banks are closed (besides weekends), 2025-2027.

Easter, Kristi himmelfart (and the bank holiday the day after) and 2. pinsedag
from the church calendar; 5 June, 24, 25, 26 and 31 December, 1 January.
Days on a weekend are listed only where they fall on a weekday."""


def er_bankdag(dag: dt.date) -> bool:
    return dag.weekday() < 5 and dag not in BANKLUKKEDAGE


def bankdag_foer_eller_paa(dag: dt.date) -> dt.date:
    while not er_bankdag(dag):
        dag -= dt.timedelta(days=1)
    return dag


def bankdage_efter(dag: dt.date, antal: int) -> dt.date:
    while antal > 0:
        dag += dt.timedelta(days=1)
        if er_bankdag(dag):
            antal -= 1
    return dag


def udbetalingsdato(*, ydelse: str, maaned: str, afgjort: dt.date, udbetalingsdag=None) -> dt.date:
    """The payout date of ``maaned``'s help (``YYYY-MM``) decided on ``afgjort``.

    Running help is paid on the month's payout day; a month whose payout day
    has passed when it is decided (a back payment) is paid on the next bank
    day. One-off help is paid the bank day after the decision.
    """
    if ydelse not in LOEBENDE_YDELSER:
        return bankdage_efter(afgjort, ENGANGS_BANKDAGE_EFTER)
    aar, md = (int(x) for x in maaned.split("-"))
    sidste = dt.date(aar, md, monthrange(aar, md)[1])
    dag = udbetalingsdag or UDBETALINGSDAG
    if dag == UDBETALINGSDAG:
        dato = bankdag_foer_eller_paa(sidste)
    else:
        dato = bankdag_foer_eller_paa(dt.date(aar, md, min(int(dag), sidste.day)))
    if dato <= afgjort:
        return bankdage_efter(afgjort, 1)
    return dato


__all__ = [
    "BANKLUKKEDAGE",
    "KILDE",
    "UDBETALINGSDAG",
    "bankdage_efter",
    "er_bankdag",
    "udbetalingsdato",
]
