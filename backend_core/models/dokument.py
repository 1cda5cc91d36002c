from __future__ import annotations

import uuid

from django.db import models

from ..constants import AktoerType, Brevtype, DokumentKategori
from ._visning import HurtigVisning


class Dokument(HurtigVisning, models.Model):
    """A stored file: an upload or a letter PDF. The file lives in the
    ``dokumenter`` storage under ``lagernoegle``, which never contains the
    CPR number or the uploaded file name."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    borger = models.ForeignKey("backend_core.Borger", on_delete=models.PROTECT, related_name="dokumenter")
    sag = models.ForeignKey(
        "backend_core.Sag",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="dokumenter",
    )
    kategori = models.CharField(max_length=20, choices=DokumentKategori.choices)
    brevtype = models.CharField(max_length=20, choices=Brevtype.choices, blank=True)
    filnavn = models.CharField(max_length=200)
    mimetype = models.CharField(max_length=100)
    stoerrelse = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    lagernoegle = models.CharField(max_length=300, unique=True)
    synlig_for_borger = models.BooleanField(default=True)
    oprettet_af = models.CharField(max_length=20, choices=AktoerType.choices)
    oprettet = models.DateTimeField(auto_now_add=True)
    digital_post_id = models.CharField(max_length=100, blank=True)
    digital_post_sendt = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-oprettet", "-id"]
        verbose_name = "dokument"
        verbose_name_plural = "dokumenter"
        indexes = [models.Index(fields=["borger", "kategori"], name="dokument_borger_kategori_idx")]

    def __str__(self) -> str:
        return f"Dokument {self.uuid}"

    @property
    def er_brev(self) -> bool:
        return self.kategori == DokumentKategori.BREV
