from ..base import RegisterUtilgaengelig, load_client
from .client import HttpSagsindeksClient, SagsindeksClient, indeks_post
from .fake import FakeSagsindeksClient


def get_sagsindeks_client() -> SagsindeksClient:
    return load_client("SAGSINDEKS_CLIENT")


__all__ = [
    "FakeSagsindeksClient",
    "HttpSagsindeksClient",
    "RegisterUtilgaengelig",
    "SagsindeksClient",
    "get_sagsindeks_client",
    "indeks_post",
]
