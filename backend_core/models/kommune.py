from __future__ import annotations

import uuid

from django.db import models


class Kommune(models.Model):
    """A municipality. All case data is scoped by it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kode = models.CharField(max_length=4, unique=True, help_text="Municipality code, e.g. 0101.")
    navn = models.CharField(max_length=100)
    slug = models.SlugField(max_length=50, unique=True)
    indstillinger = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["kode"]
        verbose_name = "kommune"
        verbose_name_plural = "kommuner"

    def __str__(self) -> str:
        return f"{self.kode} {self.navn}"
