from __future__ import annotations

import uuid

from django.db import models

from ..constants import AktoerType, Ydelsestype


class Ansoegning(models.Model):
    """A submitted application: the answers as validated data, the input the
    calculation got, and the form version that asked the questions."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sag = models.OneToOneField("backend_core.Sag", on_delete=models.PROTECT, related_name="ansoegning")
    borger = models.ForeignKey("backend_core.Borger", on_delete=models.PROTECT, related_name="ansoegninger")
    ydelse = models.CharField(max_length=40, choices=Ydelsestype.choices)
    svar = models.JSONField(default=dict)
    beregning_input = models.JSONField(default=dict)
    form_version = models.CharField(max_length=40)
    idempotency_key = models.CharField(max_length=100)
    registerdata = models.JSONField(
        default=dict, blank=True, help_text="What CPR and eIndkomst said at submission or retry."
    )
    indsendt = models.DateTimeField(auto_now_add=True)
    indsendt_af = models.CharField(max_length=20, choices=AktoerType.choices)

    class Meta:
        ordering = ["-indsendt"]
        verbose_name = "ansøgning"
        verbose_name_plural = "ansøgninger"
        constraints = [
            models.UniqueConstraint(fields=["borger", "idempotency_key"], name="ansoegning_idempotency_key_unik"),
        ]

    def __str__(self) -> str:
        return f"Ansoegning {self.uuid}"
