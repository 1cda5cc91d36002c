from __future__ import annotations

import uuid

from django.db import models


class OutboxEvent(models.Model):
    """A business event, written in the transaction of the change it
    announces and published afterwards by ``tasks.outbox_publish``.

    ``uuid`` is the idempotency key receivers see. Delivery is tracked per
    receiver, so a receiver that acknowledged an event never gets it again
    while another receiver that was down is retried.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    type = models.CharField(max_length=100)
    sag = models.ForeignKey("backend_core.Sag", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    data = models.JSONField(default=dict)
    correlation_id = models.CharField(max_length=64)
    oprettet = models.DateTimeField(auto_now_add=True)
    leveret_beskedfordeler = models.DateTimeField(null=True, blank=True)
    leveret_sagsindeks = models.DateTimeField(null=True, blank=True)
    leveret_ydelsesindeks = models.DateTimeField(null=True, blank=True)
    leveret_notifikation = models.DateTimeField(
        null=True, blank=True, help_text="When the citizen's notices for this event were written."
    )
    forsoeg = models.PositiveIntegerField(default=0)
    sidste_fejl = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = "outbox event"
        verbose_name_plural = "outbox events"
        indexes = [
            models.Index(
                fields=["id"],
                name="outbox_afventer_bf_idx",
                condition=models.Q(leveret_beskedfordeler__isnull=True),
            ),
            models.Index(
                fields=["id"],
                name="outbox_afventer_si_idx",
                condition=models.Q(leveret_sagsindeks__isnull=True),
            ),
            models.Index(
                fields=["id"],
                name="outbox_afventer_yi_idx",
                condition=models.Q(leveret_ydelsesindeks__isnull=True),
            ),
            models.Index(
                fields=["id"],
                name="outbox_afventer_nt_idx",
                condition=models.Q(leveret_notifikation__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.type} {self.uuid}"

    @property
    def leveret(self) -> bool:
        return None not in (
            self.leveret_beskedfordeler,
            self.leveret_sagsindeks,
            self.leveret_ydelsesindeks,
            self.leveret_notifikation,
        )
