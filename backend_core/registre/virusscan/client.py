"""Virus scanning of uploads with ClamAV's daemon (clamd).

The clamd protocol is small and stable (``man clamd``: ``zINSTREAM`` sends
the file as length-prefixed chunks, the answer is ``stream: OK`` or
``stream: <signature> FOUND``), so the client speaks it over a socket
directly instead of through the unmaintained ``clamd``/``pyClamd`` packages.
It connects to a Unix socket (``CLAMAV_SOCKET``) or to TCP
(``CLAMAV_HOST``/``CLAMAV_PORT``), with a timeout.

A scanner that cannot be reached, times out or answers with an error raises
``RegisterUtilgaengelig``: the caller refuses the upload (fail closed).
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings

from ..base import RegisterUtilgaengelig

CHUNK = 64 * 1024


@dataclass(frozen=True)
class ScanResultat:
    ren: bool
    """True when no signature matched."""
    signatur: str = ""
    """The signature's name when one matched (e.g. ``Eicar-Test-Signature``)."""


class VirusscanClient(Protocol):
    def scan(self, indhold: bytes) -> ScanResultat:
        """Scan ``indhold``; raises ``RegisterUtilgaengelig`` when the scanner is down."""
        ...

    def ping(self) -> bool: ...


class ClamdClient:
    """clamd over a Unix or TCP socket."""

    register = "clamav"

    def __init__(
        self,
        *,
        socket_path: str | None = None,
        host: str | None = None,
        port: int | None = None,
        timeout: float | None = None,
    ) -> None:
        self.socket_path = socket_path if socket_path is not None else settings.CLAMAV_SOCKET
        self.host = host if host is not None else settings.CLAMAV_HOST
        self.port = port if port is not None else settings.CLAMAV_PORT
        self.timeout = timeout if timeout is not None else settings.CLAMAV_TIMEOUT_SECONDS

    def _connect(self) -> socket.socket:
        try:
            if self.socket_path:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(self.timeout)
                sock.connect(self.socket_path)
            else:
                sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
                sock.settimeout(self.timeout)
        except OSError as exc:
            raise RegisterUtilgaengelig(self.register, type(exc).__name__) from exc
        return sock

    @staticmethod
    def _read_reply(sock: socket.socket) -> str:
        dele = []
        while True:
            del_ = sock.recv(4096)
            if not del_:
                break
            dele.append(del_)
            if del_.endswith(b"\0"):
                break
        return b"".join(dele).rstrip(b"\0").decode("utf-8", "replace").strip()

    def ping(self) -> bool:
        sock = self._connect()
        try:
            sock.sendall(b"zPING\0")
            return self._read_reply(sock) == "PONG"
        except OSError as exc:
            raise RegisterUtilgaengelig(self.register, type(exc).__name__) from exc
        finally:
            sock.close()

    def scan(self, indhold: bytes) -> ScanResultat:
        sock = self._connect()
        try:
            sock.sendall(b"zINSTREAM\0")
            for start in range(0, len(indhold), CHUNK):
                del_ = indhold[start : start + CHUNK]
                sock.sendall(struct.pack("!L", len(del_)) + del_)
            sock.sendall(struct.pack("!L", 0))
            svar = self._read_reply(sock)
        except OSError as exc:
            raise RegisterUtilgaengelig(self.register, type(exc).__name__) from exc
        finally:
            sock.close()
        # "stream: OK" | "stream: Eicar-Test-Signature FOUND" | "INSTREAM size limit exceeded. ERROR"
        if svar.endswith("FOUND"):
            navn = svar.removeprefix("stream:").removesuffix("FOUND").strip()
            return ScanResultat(ren=False, signatur=navn or "ukendt")
        if svar.endswith("OK"):
            return ScanResultat(ren=True)
        raise RegisterUtilgaengelig(self.register, svar[:200] or "empty answer")
