from __future__ import annotations

import uuid

from django.db import models

from ..constants import AfgoerelseArt, UdbetalingStatus
from ._visning import HurtigVisning


class Udbetaling(HurtigVisning, models.Model):
    """One line of a case's payment plan: what is paid for one month."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sag = models.ForeignKey("backend_core.Sag", on_delete=models.PROTECT, related_name="udbetalinger")
    borger = models.ForeignKey("backend_core.Borger", on_delete=models.PROTECT, related_name="udbetalinger")
    maaned = models.CharField(max_length=7, help_text="YYYY-MM")
    beloeb = models.DecimalField(max_digits=12, decimal_places=2)
    status = models.CharField(max_length=20, choices=UdbetalingStatus.choices, default=UdbetalingStatus.PLANLAGT)
    beregning = models.ForeignKey(
        "backend_core.Beregning",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="udbetalinger",
    )
    art = models.CharField(
        max_length=20,
        choices=AfgoerelseArt.choices,
        default=AfgoerelseArt.YDELSE,
        help_text="The month's benefit, or an extra payment / repayment claim for it.",
    )
    afgoerelse = models.ForeignKey(
        "backend_core.Afgoerelse",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="udbetalinger",
        help_text="The decision this line rests on.",
    )
    ordre_id = models.CharField(max_length=100, blank=True)
    udbetalingsdato = models.DateField(null=True, blank=True, help_text="The payout date from the payment calendar.")
    begrundelse = models.JSONField(
        default=list, blank=True, help_text="Why this amount: reason lines (tekst, tekst_en, beloeb, hjemmel)."
    )
    oprettet = models.DateTimeField(auto_now_add=True)
    opdateret = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-maaned"]
        verbose_name = "udbetaling"
        verbose_name_plural = "udbetalinger"
        constraints = [
            models.UniqueConstraint(
                fields=["sag", "maaned"],
                condition=models.Q(art="ydelse"),
                name="udbetaling_en_pr_maaned",
            ),
        ]

    def __str__(self) -> str:
        return f"Udbetaling {self.maaned} {self.beloeb}"

    @property
    def er_tilbagebetaling(self) -> bool:
        """A repayment claim: money the citizen owes back, never paid out."""
        return self.art == AfgoerelseArt.TILBAGEBETALING or self.beloeb < 0

    @property
    def tilbagebetales(self):
        """What the citizen must pay back on a repayment claim (positive)."""
        return abs(self.beloeb) if self.er_tilbagebetaling else None
