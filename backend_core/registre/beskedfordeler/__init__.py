from ..base import RegisterUtilgaengelig, load_client
from .client import BeskedfordelerClient, WebhookBeskedfordelerClient
from .fake import FakeBeskedfordelerClient


def get_beskedfordeler_client() -> BeskedfordelerClient:
    return load_client("BESKEDFORDELER_CLIENT")


__all__ = [
    "BeskedfordelerClient",
    "FakeBeskedfordelerClient",
    "RegisterUtilgaengelig",
    "WebhookBeskedfordelerClient",
    "get_beskedfordeler_client",
]
