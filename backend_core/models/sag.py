from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from ..constants import BorgerAktivitet, Register, SagStatus, Ydelsestype
from ..query import SagQuerySet
from ..statusvagt import StatusSkrivningNaegtet, _status_maa_skrives, statusskrivning_tilladt
from ._visning import HurtigVisning

__all__ = ["Sag", "StatusSkrivningNaegtet", "statusskrivning_tilladt"]


class Sag(HurtigVisning, models.Model):
    """A case: one citizen, one municipality, one benefit type.

    ``status`` changes only through ``sag_transition``; ``save()``, the
    queryset's ``update()`` and ``bulk_create()`` refuse a status write made
    anywhere else.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    reference = models.CharField(max_length=20, unique=True, editable=False)
    borger = models.ForeignKey("backend_core.Borger", on_delete=models.PROTECT, related_name="sager")
    kommune = models.ForeignKey(
        "backend_core.Kommune",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sager",
        help_text="Empty only while the CPR register is unreachable for a new citizen.",
    )
    ydelse = models.CharField(max_length=40, choices=Ydelsestype.choices)
    status = models.CharField(max_length=20, choices=SagStatus.choices, default=SagStatus.MODTAGET, editable=False)
    sagsbehandler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tildelte_sager",
    )
    venter_paa_register = models.CharField(
        max_length=20,
        choices=Register.choices,
        blank=True,
        help_text="A register that did not answer; retried until it does.",
    )
    venter_siden = models.DateTimeField(null=True, blank=True)
    borger_frist = models.DateField(
        null=True, blank=True, help_text="Deadline of the open request for information to the citizen."
    )
    borger_frist_paamindet = models.DateTimeField(
        null=True, blank=True, help_text="When the citizen was reminded that the deadline had passed."
    )
    ny_aktivitet = models.CharField(
        max_length=20,
        choices=BorgerAktivitet.choices,
        blank=True,
        help_text="What the citizen sent that the caseworker has not yet seen.",
    )
    ny_aktivitet_tid = models.DateTimeField(null=True, blank=True)
    oprettet = models.DateTimeField(auto_now_add=True)
    opdateret = models.DateTimeField(auto_now=True)
    status_aendret = models.DateTimeField(null=True, blank=True, editable=False)
    afgjort_tid = models.DateTimeField(null=True, blank=True, editable=False)
    lukket_tid = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SagQuerySet.as_manager()

    class Meta:
        ordering = ["-oprettet"]
        verbose_name = "sag"
        verbose_name_plural = "sager"
        indexes = [
            models.Index(fields=["kommune", "status", "oprettet"], name="sag_kommune_status_idx"),
            models.Index(fields=["borger", "oprettet"], name="sag_borger_idx"),
            # The queue ("mine", a colleague's) and the figures per caseworker.
            models.Index(fields=["kommune", "sagsbehandler", "status"], name="sag_kommune_behandler_idx"),
            # Management information: received per week, and decided in a period.
            models.Index(fields=["kommune", "oprettet"], name="sag_kommune_oprettet_idx"),
            models.Index(fields=["kommune", "afgjort_tid"], name="sag_kommune_afgjort_idx"),
            # "New from the citizen": few rows, so a partial index.
            models.Index(
                fields=["kommune", "ny_aktivitet"],
                condition=~models.Q(ny_aktivitet=""),
                name="sag_kommune_ny_aktivitet_idx",
            ),
            # The version of a municipality's figures (the latest change to any of its cases).
            models.Index(fields=["kommune", "opdateret"], name="sag_kommune_opdateret_idx"),
            # The queue filtered by benefit: its count is read from the index alone.
            models.Index(fields=["kommune", "ydelse", "status", "oprettet"], name="sag_kommune_ydelse_idx"),
        ]

    def __str__(self) -> str:
        return f"Sag {self.reference}"

    def save(self, *args, **kwargs) -> None:
        if not _status_maa_skrives():
            if self._state.adding and self.status != SagStatus.MODTAGET:
                raise StatusSkrivningNaegtet("A new case starts as 'modtaget'.")
            indlaest = getattr(self, "_indlaest_status", None)
            if not self._state.adding and indlaest is not None and self.status != indlaest:
                raise StatusSkrivningNaegtet("Sag.status changes only through sag_transition().")
        super().save(*args, **kwargs)
        self._indlaest_status = self.status

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._indlaest_status = instance.__dict__.get("status")
        return instance

    def refresh_from_db(self, *args, **kwargs) -> None:
        super().refresh_from_db(*args, **kwargs)
        self._indlaest_status = self.__dict__.get("status")

    @property
    def er_aaben(self) -> bool:
        return self.status not in (SagStatus.AFGJORT, SagStatus.LUKKET)
