from __future__ import annotations

from django.db import models

from ..constants import Brevtype


class Brevtekst(models.Model):
    """A text block of a letter, per municipality (or for all, when
    ``kommune`` is empty), edited by communicators in Wagtail."""

    kommune = models.ForeignKey(
        "backend_core.Kommune",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="brevtekster",
    )
    brevtype = models.CharField(max_length=20, choices=Brevtype.choices)
    noegle = models.SlugField(max_length=50, help_text="Block key, e.g. indledning, klagevejledning, afslutning.")
    sprog = models.CharField(max_length=5, default="da", choices=[("da", "Dansk"), ("en", "English")])
    tekst = models.TextField()
    opdateret = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["brevtype", "noegle"]
        verbose_name = "brevtekst"
        verbose_name_plural = "brevtekster"
        constraints = [
            models.UniqueConstraint(
                fields=["kommune", "brevtype", "noegle", "sprog"],
                name="brevtekst_unik",
            ),
            models.UniqueConstraint(
                fields=["brevtype", "noegle", "sprog"],
                condition=models.Q(kommune__isnull=True),
                name="brevtekst_standard_unik",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.brevtype}/{self.noegle} ({self.kommune_id or 'standard'}, {self.sprog})"
