"""Reads of the citizen's drafts (``Kladde``), for the application views.

A draft is read only by its author, in their own session, and holds what they
are still typing; its answers become part of a case (and every read of them
audited) when it is submitted. So these reads are scoped to the citizen and
not audited, like the draft services in ``services``.
"""

from __future__ import annotations

from .models import Kladde


def kladde_aaben_get(*, borger, ydelse: str) -> Kladde | None:
    """The citizen's open draft for the benefit, or ``None``."""
    return Kladde.objects.filter(borger=borger, ydelse=ydelse, indsendt_ansoegning__isnull=True).first()


def kladder_aabne(*, borger) -> dict[str, Kladde]:
    """The citizen's open drafts by benefit."""
    return {k.ydelse: k for k in Kladde.objects.filter(borger=borger, indsendt_ansoegning__isnull=True)}


def kladde_for_noegle_get(*, borger, ydelse: str, idempotency_key) -> Kladde | None:
    """The citizen's draft (open or submitted) that a submit form names by its
    idempotency key, or ``None``."""
    if idempotency_key is None:
        return None
    return Kladde.objects.filter(borger=borger, ydelse=ydelse, idempotency_key=idempotency_key).first()
