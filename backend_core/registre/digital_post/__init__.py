from ..base import RegisterUtilgaengelig, load_client
from .client import DigitalPostClient, HttpDigitalPostClient
from .fake import FakeDigitalPostClient


def get_digital_post_client() -> DigitalPostClient:
    return load_client("DIGITAL_POST_CLIENT")


__all__ = [
    "DigitalPostClient",
    "FakeDigitalPostClient",
    "HttpDigitalPostClient",
    "RegisterUtilgaengelig",
    "get_digital_post_client",
]
