from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class Journalnotat(models.Model):
    """An internal note on a case by a staff member. Never shown to the
    citizen (no selector for citizens returns it, and it is not a ``Dokument``)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sag = models.ForeignKey("backend_core.Sag", on_delete=models.PROTECT, related_name="journalnotater")
    forfatter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    tekst = models.TextField()
    oprettet = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["oprettet", "id"]
        verbose_name = "journalnotat"
        verbose_name_plural = "journalnotater"

    def __str__(self) -> str:
        return f"Journalnotat {self.uuid}"
