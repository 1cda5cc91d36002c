from ..base import RegisterUtilgaengelig, load_client
from .client import HttpYdelsesindeksClient, YdelsesindeksClient, udbetaling_post, ydelse_post
from .fake import FakeYdelsesindeksClient


def get_ydelsesindeks_client() -> YdelsesindeksClient:
    return load_client("YDELSESINDEKS_CLIENT")


__all__ = [
    "FakeYdelsesindeksClient",
    "HttpYdelsesindeksClient",
    "RegisterUtilgaengelig",
    "YdelsesindeksClient",
    "get_ydelsesindeks_client",
    "udbetaling_post",
    "ydelse_post",
]
