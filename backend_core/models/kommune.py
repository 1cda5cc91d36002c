from __future__ import annotations

import uuid

from django.db import models

from ..sagsbehandlingsfrister import Frist, frist_for


class Kommune(models.Model):
    """A municipality. All case data is scoped by it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kode = models.CharField(max_length=4, unique=True, help_text="Municipality code, e.g. 0101.")
    navn = models.CharField(max_length=100)
    slug = models.SlugField(max_length=50, unique=True)
    indstillinger = models.JSONField(default=dict, blank=True)
    sagsbehandlingsfrister = models.JSONField(
        default=dict,
        blank=True,
        help_text=(
            "The municipality's published processing deadlines, benefit → weeks (retssikkerhedsloven § 3, "
            "stk. 2). A benefit without one gets the default in backend_core.sagsbehandlingsfrister."
        ),
    )
    sagsbehandlingsfrister_kilde = models.URLField(
        max_length=300, blank=True, help_text="Where the municipality published its deadlines."
    )
    indberetning_frist_dag = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=(
            "Day of the month (1-28) by which last month's income must be reported; empty: the default "
            "(unconfirmed, see backend_core.sagsbehandlingsfrister)."
        ),
    )

    class Meta:
        ordering = ["kode"]
        verbose_name = "kommune"
        verbose_name_plural = "kommuner"

    def __str__(self) -> str:
        return f"{self.kode} {self.navn}"

    def sagsbehandlingsfrist(self, ydelse: str) -> Frist:
        """The published processing deadline for ``ydelse``, or the default."""
        return frist_for(frister=self.sagsbehandlingsfrister, kilde=self.sagsbehandlingsfrister_kilde, ydelse=ydelse)
