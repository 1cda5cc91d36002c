from __future__ import annotations

import uuid

from django.db import models

from ..constants import AktoerType
from ..query import AppendOnlyQuerySet


class AuditEntry(models.Model):
    """Who read or changed which object, when, from where, under which
    correlation id. Append-only: ``save()`` refuses updates, ``delete()``
    refuses, and on PostgreSQL a trigger refuses UPDATE and DELETE too.

    Actors and objects are kept as plain values (no foreign keys), so the log
    outlives what it describes.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    tidspunkt = models.DateTimeField(auto_now_add=True, db_index=True)
    aktoer_type = models.CharField(max_length=20, choices=AktoerType.choices)
    aktoer_user_id = models.BigIntegerField(null=True, blank=True)
    aktoer_navn = models.CharField(max_length=150, blank=True, help_text="Username or 'system'.")
    handling = models.CharField(max_length=60, db_index=True)
    objekt_type = models.CharField(max_length=60, blank=True)
    objekt_uuid = models.UUIDField(null=True, blank=True)
    borger_uuid = models.UUIDField(null=True, blank=True, db_index=True)
    kommune_kode = models.CharField(max_length=4, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    correlation_id = models.CharField(max_length=64, db_index=True)
    detaljer = models.JSONField(default=dict, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["tidspunkt", "id"]
        # The case timeline reads the entries about a case's objects.
        indexes = [models.Index(fields=["objekt_uuid", "tidspunkt"], name="audit_objekt_idx")]
        verbose_name = "audit entry"
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.tidspunkt:%Y-%m-%d %H:%M:%S} {self.aktoer_type} {self.handling}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")
