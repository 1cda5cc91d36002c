from __future__ import annotations

import uuid

from django.db import models

from ..constants import Ydelsestype


class Beregning(models.Model):
    """A stored calculation from ``beregning``: exactly what went in and what
    came out, with the rule and rate versions, so it can be explained later."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sag = models.ForeignKey("backend_core.Sag", on_delete=models.PROTECT, related_name="beregninger")
    ydelse = models.CharField(max_length=40, choices=Ydelsestype.choices)
    periode = models.CharField(max_length=10, blank=True, help_text="YYYY-MM or YYYY-MM-DD.")
    input = models.JSONField()
    resultat = models.JSONField()
    berettiget = models.BooleanField()
    beloeb = models.DecimalField(max_digits=12, decimal_places=2)
    linjer = models.JSONField(default=list)
    versioner = models.JSONField(default=dict)
    straks_tilladt = models.BooleanField(default=False)
    straks_begrundelse = models.TextField(blank=True)
    oprettet = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-oprettet", "-id"]
        get_latest_by = ["oprettet", "id"]
        verbose_name = "beregning"
        verbose_name_plural = "beregninger"

    def __str__(self) -> str:
        return f"Beregning {self.uuid}"
