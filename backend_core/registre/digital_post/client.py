from __future__ import annotations

import base64
from typing import Protocol

from ..base import HttpJsonClient


class DigitalPostClient(Protocol):
    def send_brev(self, *, cpr: str, titel: str, pdf: bytes, idempotency_key: str) -> str:
        """Deliver a PDF letter to the citizen's Digital Post mailbox and return
        the message id. Sending the same ``idempotency_key`` twice delivers once.
        Raises ``RegisterUtilgaengelig`` when Digital Post does not answer."""
        ...


class HttpDigitalPostClient(HttpJsonClient):
    register = "digital_post"
    url_setting = "DIGITAL_POST_URL"
    timeout_setting = "DIGITAL_POST_TIMEOUT_SECONDS"
    default_timeout = 10

    def send_brev(self, *, cpr: str, titel: str, pdf: bytes, idempotency_key: str) -> str:
        data = (
            self._request(
                "POST",
                "meddelelser",
                json={
                    "modtager": {"cpr": cpr},
                    "titel": titel,
                    "dokument": base64.b64encode(pdf).decode("ascii"),
                    "mimetype": "application/pdf",
                },
                headers={"Idempotency-Key": idempotency_key},
            )
            or {}
        )
        return str(data.get("id", idempotency_key))
