from __future__ import annotations

import uuid as uuid_module

from django.db import models


class Kladde(models.Model):
    """A draft application, saved on the server after every step, so the
    citizen can leave and resume on any device.

    One open draft per citizen and benefit (``indsendt_ansoegning`` empty).
    ``idempotency_key`` is made with the draft and sent on submission, so a
    double tap or a retried request makes one application.
    """

    uuid = models.UUIDField(default=uuid_module.uuid4, unique=True, editable=False)
    borger = models.ForeignKey("backend_core.Borger", on_delete=models.CASCADE, related_name="kladder")
    ydelse = models.CharField(max_length=40)
    svar = models.JSONField(default=dict, blank=True)
    prefill = models.JSONField(
        default=dict, blank=True, help_text="What CPR said when the draft was made (empty if unreachable)."
    )
    trin = models.CharField(max_length=60, blank=True, help_text="The step to resume at.")
    idempotency_key = models.UUIDField(default=uuid_module.uuid4, editable=False)
    dokument_uuids = models.JSONField(default=list, blank=True)
    indsendt_ansoegning = models.ForeignKey(
        "backend_core.Ansoegning", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    oprettet = models.DateTimeField(auto_now_add=True)
    opdateret = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-opdateret"]
        verbose_name = "kladde"
        verbose_name_plural = "kladder"
        constraints = [
            models.UniqueConstraint(
                fields=["borger", "ydelse"],
                condition=models.Q(indsendt_ansoegning__isnull=True),
                name="kladde_en_aaben_pr_ydelse",
            ),
        ]

    def __str__(self) -> str:
        return f"Kladde {self.uuid} ({self.ydelse})"

    @property
    def er_indsendt(self) -> bool:
        return self.indsendt_ansoegning_id is not None
