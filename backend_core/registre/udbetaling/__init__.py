from ..base import RegisterUtilgaengelig, load_client
from .client import HttpUdbetalingClient, UdbetalingClient
from .fake import FakeUdbetalingClient


def get_udbetaling_client() -> UdbetalingClient:
    return load_client("UDBETALING_CLIENT")


__all__ = [
    "FakeUdbetalingClient",
    "HttpUdbetalingClient",
    "RegisterUtilgaengelig",
    "UdbetalingClient",
    "get_udbetaling_client",
]
