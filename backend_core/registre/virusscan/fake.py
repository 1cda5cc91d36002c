"""A scanner for dev, tests and the demo: it knows the EICAR test file (the
anti-virus industry's harmless test string) and nothing else, and can be
switched down (``FakeVirusscanClient.down = True``) to test the refusal."""

from __future__ import annotations

from ..base import FakeOutage
from .client import ScanResultat

EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
"""The 68-byte EICAR test file. Never a real threat; every scanner reports it."""


class FakeVirusscanClient(FakeOutage):
    register = "clamav (fake)"

    def __init__(self, **kwargs) -> None:
        pass

    def ping(self) -> bool:
        self._check_up()
        return True

    def scan(self, indhold: bytes) -> ScanResultat:
        self._check_up()
        if EICAR in indhold:
            return ScanResultat(ren=False, signatur="Eicar-Test-Signature")
        return ScanResultat(ren=True)
