"""Who acts: a citizen, a staff member or the system."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .constants import AktoerType
from .exceptions import AdgangNaegtet
from .models import Borger, Medarbejder

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from .models import Borger, Medarbejder


@dataclass(frozen=True)
class Aktoer:
    type: str
    user: AbstractBaseUser | None = None
    borger: Borger | None = None
    medarbejder: Medarbejder | None = None
    ip: str | None = None

    @classmethod
    def system(cls) -> Aktoer:
        return cls(type=AktoerType.SYSTEM)

    @classmethod
    def for_borger(cls, borger: Borger) -> Aktoer:
        """The citizen acting for themselves (their user, when they have one)."""
        return cls(type=AktoerType.BORGER, user=getattr(borger, "user", None), borger=borger)

    @property
    def er_borger(self) -> bool:
        return self.type == AktoerType.BORGER

    @property
    def er_medarbejder(self) -> bool:
        return self.type == AktoerType.MEDARBEJDER

    @property
    def er_system(self) -> bool:
        return self.type == AktoerType.SYSTEM

    @property
    def rolle(self) -> str:
        """The key ``sagsflow`` uses: a ``Rolle`` value, ``borger`` or ``system``."""
        if self.medarbejder is not None:
            return self.medarbejder.rolle
        return str(self.type)

    @property
    def kommune_id(self) -> int | None:
        return self.medarbejder.kommune_id if self.medarbejder is not None else None

    def __repr__(self) -> str:
        ident = getattr(self.user, "pk", None)
        return f"<Aktoer {self.type} user={ident}>"


def aktoer_for_user(user, *, ip: str | None = None) -> Aktoer:
    """The actor for a logged-in user: a citizen (``user.borger``) or a staff
    member (``user.medarbejder``). Raises ``AdgangNaegtet`` for anyone else."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise AdgangNaegtet("Not logged in.")
    try:
        medarbejder = user.medarbejder
    except Medarbejder.DoesNotExist:
        medarbejder = None
    if medarbejder is not None:
        return Aktoer(type=AktoerType.MEDARBEJDER, user=user, medarbejder=medarbejder, ip=ip)
    try:
        borger = user.borger
    except Borger.DoesNotExist:
        borger = None
    if borger is not None:
        return Aktoer(type=AktoerType.BORGER, user=user, borger=borger, ip=ip)
    raise AdgangNaegtet("The user has no role in the portal.")
