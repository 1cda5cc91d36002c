from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from ..constants import Civilstand, Rolle


class Borger(models.Model):
    """A citizen.

    The CPR number is stored so the citizen can be found at login and in the
    registers, but it is never part of ``str()``, ``repr()``, URLs, logs or
    events: everything outside the database addresses a citizen by ``uuid``.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    cpr = models.CharField(max_length=10, unique=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="borger",
    )
    fornavn = models.CharField(max_length=100, blank=True)
    efternavn = models.CharField(max_length=100, blank=True)
    adresse = models.CharField(max_length=200, blank=True)
    postnummer = models.CharField(max_length=4, blank=True)
    by = models.CharField(max_length=100, blank=True)
    kommune = models.ForeignKey(
        "backend_core.Kommune",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="borgere",
    )
    civilstand = models.CharField(max_length=10, choices=Civilstand.choices, blank=True)
    foedselsdato = models.DateField(null=True, blank=True)
    cpr_opdateret = models.DateTimeField(
        null=True, blank=True, help_text="When name, address and municipality came from CPR."
    )
    sprog = models.CharField(
        max_length=5,
        default="da",
        blank=True,
        help_text="The citizen's language (da/en): letters are written in it.",
    )
    oprettet = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "borger"
        verbose_name_plural = "borgere"

    def __str__(self) -> str:
        return f"Borger {self.uuid}"

    def __repr__(self) -> str:
        return f"<Borger {self.uuid}>"

    @property
    def navn(self) -> str:
        return f"{self.fornavn} {self.efternavn}".strip()

    @property
    def cpr_maskeret(self) -> str:
        """The birth date part only, as shown to staff: ``DDMMYY-xxxx``."""
        return f"{self.cpr[:6]}-xxxx" if self.cpr else ""


class Medarbejder(models.Model):
    """A staff member of one municipality, with one role."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="medarbejder")
    kommune = models.ForeignKey("backend_core.Kommune", on_delete=models.PROTECT, related_name="medarbejdere")
    rolle = models.CharField(max_length=20, choices=Rolle.choices)

    class Meta:
        verbose_name = "medarbejder"
        verbose_name_plural = "medarbejdere"

    def __str__(self) -> str:
        return f"{self.user} ({self.rolle}, {self.kommune_id})"
