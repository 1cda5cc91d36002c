from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from ..constants import AfgoerelseArt, Anledning, Udfald
from ._visning import HurtigVisning


class Afgoerelse(HurtigVisning, models.Model):
    """A decision on a case: outcome, amount, reasons and appeal guidance,
    made by a caseworker or instantly by the system (``afgjort_af_straks``)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sag = models.ForeignKey("backend_core.Sag", on_delete=models.PROTECT, related_name="afgoerelser")
    beregning = models.ForeignKey(
        "backend_core.Beregning",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="afgoerelser",
    )
    udfald = models.CharField(max_length=20, choices=Udfald.choices)
    beloeb = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    begrundelse = models.TextField(blank=True)
    begrundelse_en = models.TextField(blank=True, help_text="The reasons in English, where the system wrote them.")
    linjer = models.JSONField(default=list, blank=True, help_text="Reason lines: tekst, tekst_en, beloeb, hjemmel.")
    klagevejledning = models.TextField(blank=True)
    virkning_fra = models.DateField(
        null=True, blank=True, help_text="The first day the decision has effect (the start date)."
    )
    virkning_til = models.DateField(
        null=True, blank=True, help_text="The last day of the period; empty for open-ended or one-off."
    )
    art = models.CharField(
        max_length=20,
        choices=AfgoerelseArt.choices,
        default=AfgoerelseArt.YDELSE,
        help_text="The benefit itself, or the difference on a month already paid.",
    )
    anledning = models.CharField(
        max_length=20, choices=Anledning.choices, blank=True, help_text="What led to the decision."
    )
    afgjort_af = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="afgoerelser",
    )
    afgjort_af_straks = models.BooleanField(default=False)
    afgjort_tid = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-afgjort_tid", "-id"]
        get_latest_by = ["afgjort_tid", "id"]
        verbose_name = "afgørelse"
        verbose_name_plural = "afgørelser"

    def __str__(self) -> str:
        return f"Afgoerelse {self.uuid} ({self.udfald})"
