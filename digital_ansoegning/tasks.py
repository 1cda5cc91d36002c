"""Celery tasks of the application journey: thin, each calls one service."""

from __future__ import annotations

from celery import shared_task

from . import services


@shared_task(name="digital_ansoegning.kladder_ryd_op", ignore_result=True)
def kladder_ryd_op() -> int:
    """Retention: delete drafts past their time (the beat schedule runs it hourly)."""
    return services.kladder_ryd_op()
