from ..base import RegisterUtilgaengelig, load_client
from .client import HttpPensionClient, PensionClient, Pensionsoplysninger
from .fake import DEMO_PENSION, FakePensionClient


def get_pension_client() -> PensionClient:
    return load_client("PENSION_CLIENT")


__all__ = [
    "DEMO_PENSION",
    "FakePensionClient",
    "HttpPensionClient",
    "PensionClient",
    "Pensionsoplysninger",
    "RegisterUtilgaengelig",
    "get_pension_client",
]
