from __future__ import annotations

import uuid

from django.db import models

from ..constants import IndberetningType


class Indberetning(models.Model):
    """An income report or a change of circumstances for one case and month."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sag = models.ForeignKey("backend_core.Sag", on_delete=models.PROTECT, related_name="indberetninger")
    borger = models.ForeignKey("backend_core.Borger", on_delete=models.PROTECT, related_name="indberetninger")
    type = models.CharField(max_length=20, choices=IndberetningType.choices)
    maaned = models.CharField(max_length=7, help_text="YYYY-MM")
    arbejdsindtaegt = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    arbejdstimer = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    anden_indtaegt = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    aendringer = models.JSONField(default=dict, blank=True)
    beregning = models.OneToOneField(
        "backend_core.Beregning",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indberetning",
    )
    korrektion_af = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="korrektioner",
        help_text="The first report of the same month that this one corrects.",
    )
    afgoerelse = models.ForeignKey(
        "backend_core.Afgoerelse",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indberetninger",
        help_text="The decision that settled the report (empty while a caseworker has it).",
    )
    idempotency_key = models.CharField(max_length=100)
    indsendt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-indsendt"]
        verbose_name = "indberetning"
        verbose_name_plural = "indberetninger"
        constraints = [
            models.UniqueConstraint(fields=["borger", "idempotency_key"], name="indberetning_idempotency_key_unik"),
        ]

    def __str__(self) -> str:
        return f"Indberetning {self.uuid} ({self.maaned})"
