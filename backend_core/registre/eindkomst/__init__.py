from ..base import RegisterUtilgaengelig, load_client
from .client import EindkomstClient, HttpEindkomstClient, Maanedsindkomst
from .fake import DEMO_INDKOMST, FakeEindkomstClient


def get_eindkomst_client() -> EindkomstClient:
    return load_client("EINDKOMST_CLIENT")


__all__ = [
    "DEMO_INDKOMST",
    "EindkomstClient",
    "FakeEindkomstClient",
    "HttpEindkomstClient",
    "Maanedsindkomst",
    "RegisterUtilgaengelig",
    "get_eindkomst_client",
]
