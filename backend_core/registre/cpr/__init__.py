from ..base import RegisterUtilgaengelig, load_client
from .client import Barn, CprClient, HttpCprClient, Person
from .fake import DEMO_PERSONER, FakeCprClient


def get_cpr_client() -> CprClient:
    return load_client("CPR_CLIENT")


__all__ = [
    "DEMO_PERSONER",
    "Barn",
    "CprClient",
    "FakeCprClient",
    "HttpCprClient",
    "Person",
    "RegisterUtilgaengelig",
    "get_cpr_client",
]
