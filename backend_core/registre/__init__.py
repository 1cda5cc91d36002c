"""Clients for outside systems, each behind a Protocol with a fake and a real
HTTP client (with a timeout). The class is chosen by a dotted-path setting
(``CPR_CLIENT`` …), read when a client is asked for, never at import time.

Every client raises ``RegisterUtilgaengelig`` when its system cannot be
reached; callers treat that as "try again later", never as a lost submission.
"""

from __future__ import annotations

from .base import RegisterUtilgaengelig


def get_cpr_client():
    from .cpr import get_cpr_client as get

    return get()


def get_eindkomst_client():
    from .eindkomst import get_eindkomst_client as get

    return get()


def get_digital_post_client():
    from .digital_post import get_digital_post_client as get

    return get()


def get_udbetaling_client():
    from .udbetaling import get_udbetaling_client as get

    return get()


def get_beskedfordeler_client():
    from .beskedfordeler import get_beskedfordeler_client as get

    return get()


def get_sagsindeks_client():
    from .sagsindeks import get_sagsindeks_client as get

    return get()


def get_virusscan_client():
    from .virusscan import get_virusscan_client as get

    return get()


def get_pension_client():
    from .pension import get_pension_client as get

    return get()


def get_ydelsesindeks_client():
    from .ydelsesindeks import get_ydelsesindeks_client as get

    return get()


__all__ = [
    "RegisterUtilgaengelig",
    "get_beskedfordeler_client",
    "get_cpr_client",
    "get_digital_post_client",
    "get_eindkomst_client",
    "get_pension_client",
    "get_sagsindeks_client",
    "get_udbetaling_client",
    "get_virusscan_client",
    "get_ydelsesindeks_client",
]
