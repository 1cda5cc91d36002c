"""Celery tasks: thin. Each loads by id, calls one service, and retries.

Retries use exponential backoff. In eager mode (dev, tests) a failing task
does not retry in a loop inside the request: it logs and leaves the work
for the periodic sweeps (``outbox_publish``, ``brev_send_pending``,
``registre_retry_waiting``), which the beat schedule runs.
"""

from __future__ import annotations

import logging

from celery import shared_task

from .models import Brevbestilling, Notifikation, Sag, Udbetaling
from .registre import RegisterUtilgaengelig
from .services import (
    brev_produce_and_send,
    outbox_publish_pending,
    sag_frist_paamind,
    sag_registre_refresh,
    sager_med_overskredet_frist,
    udbetaling_order,
)
from .services import indberetning_paamind as paamind
from .services import notifikation_send as send
from .services.brev import brev_mark_failed

logger = logging.getLogger(__name__)

MAX_RETRIES = 8


def _backoff(retries: int) -> int:
    return min(30 * 2**retries, 3600)


def _retry_or_wait(task, exc: Exception) -> None:
    if task.request.is_eager or task.request.called_directly:
        logger.warning("task %s failed in eager mode, left for the sweep: %s", task.name, exc)
        return None
    raise task.retry(exc=exc, countdown=_backoff(task.request.retries), max_retries=MAX_RETRIES)


@shared_task(bind=True, name="backend_core.outbox_publish", ignore_result=True)
def outbox_publish(self) -> dict:
    """Publish pending outbox events to every receiver."""
    rapport = outbox_publish_pending()
    if any(r["fejlet"] for r in rapport.values()):
        _retry_or_wait(self, RegisterUtilgaengelig("outbox", str(rapport)))
    elif any(r["venter"] for r in rapport.values()) and not self.request.is_eager:
        outbox_publish.apply_async(countdown=1)
    return rapport


@shared_task(bind=True, name="backend_core.brev_send", ignore_result=True)
def brev_send(self, bestilling_id: int) -> None:
    """Render, store and send one ordered letter."""
    bestilling = Brevbestilling.objects.select_related("dokument").filter(pk=bestilling_id).first()
    if bestilling is None or bestilling.sendt is not None:
        return
    try:
        brev_produce_and_send(bestilling=bestilling)
    except Exception as exc:  # rendering, storage or Digital Post: retried the same way
        logger.exception("letter failed bestilling=%s", bestilling.uuid)
        brev_mark_failed(bestilling_id=bestilling_id, fejl=repr(exc))
        _retry_or_wait(self, exc)


@shared_task(name="backend_core.brev_send_pending", ignore_result=True)
def brev_send_pending(graense: int = 200) -> int:
    """Sweep: queue every letter order that is not sent yet."""
    ids = list(
        Brevbestilling.objects.filter(sendt__isnull=True, forsoeg__lt=50)
        .order_by("id")
        .values_list("pk", flat=True)[:graense]
    )
    for pk in ids:
        brev_send.delay(pk)
    return len(ids)


@shared_task(bind=True, name="backend_core.sag_registre_retry", ignore_result=True)
def sag_registre_retry(self, sag_id: int) -> None:
    """Ask the registers again for a case that waits for them."""
    sag = Sag.objects.select_related("borger", "kommune").filter(pk=sag_id).first()
    if sag is None or not sag.venter_paa_register:
        return
    try:
        sag_registre_refresh(sag=sag)
    except RegisterUtilgaengelig as exc:
        _retry_or_wait(self, exc)


@shared_task(name="backend_core.registre_retry_waiting", ignore_result=True)
def registre_retry_waiting(graense: int = 500) -> int:
    """Sweep: retry every case that waits for a register."""
    ids = list(Sag.objects.venter_paa_register().order_by("venter_siden").values_list("pk", flat=True)[:graense])
    for pk in ids:
        sag_registre_retry.delay(pk)
    return len(ids)


@shared_task(bind=True, name="backend_core.udbetaling_bestil", ignore_result=True)
def udbetaling_bestil(self, udbetaling_id: int) -> None:
    """Order one planned payment line."""
    linje = Udbetaling.objects.select_related("sag__kommune", "borger").filter(pk=udbetaling_id).first()
    if linje is None:
        return
    try:
        udbetaling_order(udbetaling=linje)
    except RegisterUtilgaengelig as exc:
        _retry_or_wait(self, exc)


@shared_task(name="backend_core.borger_frister_paamind", ignore_result=True)
def borger_frister_paamind(graense: int = 500) -> int:
    """Sweep: remind each citizen whose deadline for the caseworker's request
    has passed (once per request)."""
    sendt = 0
    for pk in sager_med_overskredet_frist(graense=graense):
        sag = Sag.objects.filter(pk=pk).first()
        if sag is not None and sag_frist_paamind(sag=sag):
            sendt += 1
    return sendt


@shared_task(bind=True, name="backend_core.notifikation_send", ignore_result=True)
def notifikation_send(self, notifikation_id: int) -> None:
    """Send one notice (e-mail or SMS)."""
    notifikation = Notifikation.objects.filter(pk=notifikation_id, sendt__isnull=True).first()
    if notifikation is None:
        return
    try:
        send(notifikation=notifikation)
    except RegisterUtilgaengelig as exc:
        _retry_or_wait(self, exc)


@shared_task(name="backend_core.notifikationer_send_pending", ignore_result=True)
def notifikationer_send_pending(graense: int = 500) -> int:
    """Sweep: queue every notice not sent yet."""
    ids = list(
        Notifikation.objects.filter(sendt__isnull=True, forsoeg__lt=50)
        .order_by("id")
        .values_list("pk", flat=True)[:graense]
    )
    for pk in ids:
        notifikation_send.delay(pk)
    return len(ids)


@shared_task(name="backend_core.indberetning_paamind", ignore_result=True)
def indberetning_paamind() -> int:
    """Monthly (beat): remind citizens to report last month's income."""
    return paamind()
