"""The case state machine as data.

::

    modtaget ──► under_behandling ──► afgjort ──► lukket
        │              │   ▲
        │              ▼   │
        │        afventer_borger
        └──► afgjort            (instant decision, by the system only)

Each ``Overgang`` names who may make it, the business event it announces and
the letter it queues (if any). ``services.sag.sag_transition`` is the only
code that acts on this table. No I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .constants import AktoerType, Brevtype, Rolle, SagStatus

SYSTEM = AktoerType.SYSTEM.value
BORGER = AktoerType.BORGER.value
SAGSBEHANDLING = frozenset({Rolle.SAGSBEHANDLER.value, Rolle.KOORDINATOR.value})


@dataclass(frozen=True)
class Overgang:
    fra: str
    til: str
    roller: frozenset[str]
    """Who may make it: ``Rolle`` values for staff, ``"borger"``, ``"system"``."""
    haendelse: str
    """The business event type written to the outbox."""
    brev: str | None = None
    """The letter queued after commit, if any."""


OVERGANGE: tuple[Overgang, ...] = (
    Overgang(
        SagStatus.MODTAGET,
        SagStatus.UNDER_BEHANDLING,
        SAGSBEHANDLING | {SYSTEM},
        "dk.ydelsesportal.sag.under-behandling",
    ),
    Overgang(
        SagStatus.MODTAGET,
        SagStatus.AFGJORT,
        frozenset({SYSTEM}),
        "dk.ydelsesportal.sag.afgjort",
        Brevtype.AFGOERELSE,
    ),
    Overgang(
        SagStatus.UNDER_BEHANDLING,
        SagStatus.AFVENTER_BORGER,
        SAGSBEHANDLING,
        "dk.ydelsesportal.sag.afventer-borger",
    ),
    Overgang(
        SagStatus.AFVENTER_BORGER,
        SagStatus.UNDER_BEHANDLING,
        SAGSBEHANDLING | {BORGER, SYSTEM},
        "dk.ydelsesportal.sag.under-behandling",
    ),
    Overgang(
        SagStatus.UNDER_BEHANDLING,
        SagStatus.AFGJORT,
        SAGSBEHANDLING,
        "dk.ydelsesportal.sag.afgjort",
        Brevtype.AFGOERELSE,
    ),
    Overgang(
        SagStatus.AFGJORT,
        SagStatus.LUKKET,
        SAGSBEHANDLING | {SYSTEM},
        "dk.ydelsesportal.sag.lukket",
    ),
)

_TABEL: dict[tuple[str, str], Overgang] = {(o.fra, o.til): o for o in OVERGANGE}


def overgang(fra: str, til: str) -> Overgang | None:
    """The transition from ``fra`` to ``til``, or ``None`` if there is none."""
    return _TABEL.get((str(fra), str(til)))


def allowed(fra: str, til: str, rolle: str) -> bool:
    """Whether ``rolle`` may move a case from ``fra`` to ``til``."""
    o = overgang(fra, til)
    return o is not None and rolle in o.roller


def naeste(fra: str, rolle: str) -> list[str]:
    """The states ``rolle`` may move a case in state ``fra`` to (for buttons)."""
    return [o.til for o in OVERGANGE if o.fra == fra and rolle in o.roller]
