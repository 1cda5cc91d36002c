"""Queue a Celery task by name after the transaction commits.

The one way the domain hands work to a worker. Services never import
``backend_core.tasks`` (the tasks sit above the services and call them);
they name the task. The message is sent only once the change it is about has
committed, and a broker outage is logged, never raised: every kind of queued
work has a periodic sweep (``outbox_publish``, ``brev_send_pending``,
``registre_retry_waiting``) that picks up what waits.

In eager mode (the embedded default, most tests) the task runs at once in
this process, as ``Task.delay`` would run it.
"""

from __future__ import annotations

import logging
from functools import partial

from celery import current_app
from django.db import transaction

logger = logging.getLogger(__name__)


def _send(name: str, args: tuple, kwargs: dict, countdown: int | None, hvad: str) -> None:
    app = current_app
    try:
        if app.conf.task_always_eager:
            if name not in app.tasks:
                app.loader.import_default_modules()
            app.tasks[name].apply_async(args=args, kwargs=kwargs, countdown=countdown)
        else:
            app.send_task(name, args=args, kwargs=kwargs, countdown=countdown)
    except Exception:  # the broker may be down in many ways (kombu, redis, socket)
        logger.warning("%s not queued, broker unreachable; the sweep will retry", hvad, exc_info=True)


def queue_after_commit(
    name: str, *args: object, countdown: int | None = None, hvad: str | None = None, **kwargs: object
) -> None:
    """Send task ``name`` with ``args``/``kwargs`` once the current transaction
    commits (at once outside one). ``hvad`` names the work in the log line."""
    transaction.on_commit(partial(_send, name, args, kwargs, countdown, hvad or f"task {name}"), robust=True)


def queued_once(name: str) -> bool:
    """Whether ``name`` is already queued for this transaction's commit (so a
    burst of changes queues one publish run, not one per change)."""
    conn = transaction.get_connection()
    if not conn.in_atomic_block:
        return False
    for item in conn.run_on_commit:
        func = item[1] if len(item) > 1 else None
        if isinstance(func, partial) and func.func is _send and func.args[0] == name:
            return True
    return False
