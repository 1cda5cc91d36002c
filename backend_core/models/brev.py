from __future__ import annotations

import uuid

from django.db import models

from ..constants import Brevtype


class Brevbestilling(models.Model):
    """An order for a letter, written in the transaction that decided it was
    due, so no letter is lost when the broker or Digital Post is down.

    ``uuid`` is the idempotency key given to Digital Post. The letter task
    fills ``dokument`` once the PDF is stored and ``sendt`` once Digital Post
    acknowledged it; a periodic sweep retries orders that are not done.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sag = models.ForeignKey("backend_core.Sag", on_delete=models.PROTECT, related_name="brevbestillinger")
    brevtype = models.CharField(max_length=20, choices=Brevtype.choices)
    sprog = models.CharField(max_length=5, default="da")
    afgoerelse = models.ForeignKey(
        "backend_core.Afgoerelse",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="brevbestillinger",
        help_text="The decision a decision letter is about (else the case's latest).",
    )
    indberetning = models.ForeignKey(
        "backend_core.Indberetning",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="brevbestillinger",
        help_text="The reported change a receipt is about (else the case's application).",
    )
    dokument = models.OneToOneField(
        "backend_core.Dokument",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="brevbestilling",
    )
    sendt = models.DateTimeField(null=True, blank=True)
    forsoeg = models.PositiveIntegerField(default=0)
    sidste_fejl = models.TextField(blank=True)
    correlation_id = models.CharField(max_length=64, blank=True)
    oprettet = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["oprettet", "id"]
        verbose_name = "brevbestilling"
        verbose_name_plural = "brevbestillinger"
        indexes = [
            models.Index(fields=["id"], name="brev_afventer_idx", condition=models.Q(sendt__isnull=True)),
        ]

    def __str__(self) -> str:
        return f"Brevbestilling {self.brevtype} {self.uuid}"
