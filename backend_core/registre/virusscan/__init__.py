"""Virus scanning of uploads (ClamAV), behind an interface with a fake."""

from ..base import RegisterUtilgaengelig, load_client
from .client import ClamdClient, ScanResultat, VirusscanClient
from .fake import EICAR, FakeVirusscanClient


def get_virusscan_client() -> VirusscanClient:
    return load_client("VIRUSSCAN_CLIENT")


__all__ = [
    "EICAR",
    "ClamdClient",
    "FakeVirusscanClient",
    "RegisterUtilgaengelig",
    "ScanResultat",
    "VirusscanClient",
    "get_virusscan_client",
]
