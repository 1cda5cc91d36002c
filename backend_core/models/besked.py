from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from ..constants import BeskedAfsender
from ._visning import HurtigVisning


class Besked(HurtigVisning, models.Model):
    """A message on a case between the citizen and the caseworkers."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sag = models.ForeignKey("backend_core.Sag", on_delete=models.PROTECT, related_name="beskeder")
    afsender = models.CharField(max_length=20, choices=BeskedAfsender.choices)
    afsender_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tekst = models.TextField()
    sendt = models.DateTimeField(auto_now_add=True)
    laest = models.DateTimeField(null=True, blank=True, help_text="When the recipient read it.")
    bilag = models.ManyToManyField(
        "backend_core.Dokument", blank=True, related_name="beskeder", help_text="Files sent with the message."
    )

    class Meta:
        ordering = ["sendt", "id"]
        verbose_name = "besked"
        verbose_name_plural = "beskeder"

    def __str__(self) -> str:
        return f"Besked {self.uuid}"
