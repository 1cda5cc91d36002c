"""The municipality's contact details as letters and Min Side show them.

Communicators keep them in the site settings in Wagtail (``cms``); this copy
on ``Kommune`` is what the domain reads (letters are rendered inside
``backend_core``, which knows nothing of Wagtail). One place to edit, one
copy, so a letter, Min Side and the guidance pages never show different
phone numbers."""

from __future__ import annotations

from django.db import transaction

from ..models import Kommune

KONTAKT_FELTER = ("telefon", "email", "adresse", "aabningstider", "aabningstider_en")


@transaction.atomic
def kommune_kontakt_opdater(*, kommune: Kommune, **kontakt: str) -> Kommune:
    """Replace the municipality's contact details (the keys of
    ``KONTAKT_FELTER``; other settings are kept). Only changed rows are
    written."""
    ukendte = set(kontakt) - set(KONTAKT_FELTER)
    if ukendte:
        raise TypeError(f"unknown contact fields: {sorted(ukendte)}")
    kommune = Kommune.objects.select_for_update().get(pk=kommune.pk)
    indstillinger = dict(kommune.indstillinger or {})
    nye = {**indstillinger, **{k: (v or "").strip() for k, v in kontakt.items()}}
    if nye != indstillinger:
        kommune.indstillinger = nye
        kommune.save(update_fields=["indstillinger"])
    return kommune
