"""QuerySets with the filters the selectors and services compose."""

from __future__ import annotations

from django.db import models

from .constants import SagStatus
from .statusvagt import StatusSkrivningNaegtet, _status_maa_skrives


class SagQuerySet(models.QuerySet):
    def for_kommune(self, kommune) -> SagQuerySet:
        return self.filter(kommune=kommune)

    def for_borger(self, borger) -> SagQuerySet:
        return self.filter(borger=borger)

    def aabne(self) -> SagQuerySet:
        return self.exclude(status__in=[SagStatus.AFGJORT, SagStatus.LUKKET])

    def venter_paa_register(self) -> SagQuerySet:
        return self.exclude(venter_paa_register="")

    def update(self, **kwargs):
        if "status" in kwargs and not _status_maa_skrives():
            raise StatusSkrivningNaegtet("Sag.status changes only through sag_transition().")
        return super().update(**kwargs)

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        if not _status_maa_skrives() and any(o.status != SagStatus.MODTAGET for o in objs):
            raise StatusSkrivningNaegtet("A new case starts as 'modtaget'.")
        return super().bulk_create(objs, *args, **kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        if "status" in fields and not _status_maa_skrives():
            raise StatusSkrivningNaegtet("Sag.status changes only through sag_transition().")
        return super().bulk_update(objs, fields, *args, **kwargs)


class AppendOnlyQuerySet(models.QuerySet):
    """Rows are added, never changed or removed, from the application's side."""

    def update(self, **kwargs):
        raise PermissionError("The audit log is append-only.")

    def delete(self):
        raise PermissionError("The audit log is append-only.")

    def bulk_update(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")
