from __future__ import annotations

import uuid

from django.db import models

from ..constants import NotifikationArt, NotifikationKanal


class Kontaktvalg(models.Model):
    """How a citizen wants to be told, outside the portal, that something has
    come: by e-mail, by SMS, or not at all (letters always go to Digital Post
    as well). Set on Min Side through ``services.kontaktvalg_set``."""

    borger = models.OneToOneField("backend_core.Borger", on_delete=models.CASCADE, related_name="kontaktvalg")
    email = models.EmailField(blank=True)
    mobil = models.CharField(max_length=8, blank=True, help_text="Danish mobile number, 8 digits.")
    via_email = models.BooleanField(default=False)
    via_sms = models.BooleanField(default=False)
    sprog = models.CharField(max_length=5, default="da", help_text="The language of the notices.")
    opdateret = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "kontaktvalg"
        verbose_name_plural = "kontaktvalg"

    def __str__(self) -> str:
        return f"Kontaktvalg {self.borger_id}"

    @property
    def kanaler(self) -> list[str]:
        valgt = []
        if self.via_email and self.email:
            valgt.append(NotifikationKanal.EMAIL)
        if self.via_sms and self.mobil:
            valgt.append(NotifikationKanal.SMS)
        return valgt


class Notifikation(models.Model):
    """One notice to one citizen on one channel. Written in a transaction
    (from an outbox event or the monthly reminder) and sent by a task, so an
    outage of the mail or SMS gateway loses nothing; ``noegle`` makes it
    idempotent (one notice per event and channel)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    borger = models.ForeignKey("backend_core.Borger", on_delete=models.CASCADE, related_name="notifikationer")
    kanal = models.CharField(max_length=10, choices=NotifikationKanal.choices)
    art = models.CharField(max_length=20, choices=NotifikationArt.choices)
    noegle = models.CharField(max_length=120, help_text="What caused it, e.g. the outbox event id.")
    sprog = models.CharField(max_length=5, default="da")
    oprettet = models.DateTimeField(auto_now_add=True)
    sendt = models.DateTimeField(null=True, blank=True)
    forsoeg = models.PositiveIntegerField(default=0)
    sidste_fejl = models.TextField(blank=True)

    class Meta:
        ordering = ["oprettet", "id"]
        verbose_name = "notifikation"
        verbose_name_plural = "notifikationer"
        constraints = [
            models.UniqueConstraint(fields=["noegle", "kanal"], name="notifikation_en_pr_noegle_kanal"),
        ]
        indexes = [
            models.Index(fields=["id"], name="notifikation_afventer_idx", condition=models.Q(sendt__isnull=True)),
        ]

    def __str__(self) -> str:
        return f"Notifikation {self.art} {self.kanal} {self.uuid}"
