"""The Celery app. Tasks live in each package's ``tasks.py`` and stay thin.

The correlation id of the request that queued a task travels in a header, so
the task's audit entries and log lines carry the same id as the click.
"""

from __future__ import annotations

import os

from celery import Celery
from celery.signals import before_task_publish, task_postrun, task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

HEADER = "x_correlation_id"  # Celery itself uses "correlation_id" for the task id
_tokens: dict[str, object] = {}


@before_task_publish.connect
def _add_correlation_header(headers: dict | None = None, **_: object) -> None:
    from backend_core.korrelation import get_correlation_id

    if headers is not None and HEADER not in headers:
        headers[HEADER] = get_correlation_id()


@task_prerun.connect
def _bind_correlation_id(task_id: str | None = None, task: object = None, **_: object) -> None:
    from backend_core.korrelation import set_correlation_id

    value = getattr(getattr(task, "request", None), HEADER, None)
    if value and task_id:
        _tokens[task_id] = set_correlation_id(value)


@task_postrun.connect
def _unbind_correlation_id(task_id: str | None = None, **_: object) -> None:
    from backend_core.korrelation import reset_correlation_id

    token = _tokens.pop(task_id or "", None)
    if token is not None:
        try:
            reset_correlation_id(token)
        except ValueError:
            pass  # Eager tasks run in the caller's context; its id stays bound.


@app.task(name="portal.ping")
def ping() -> dict:
    """Round-trip check: answers with the correlation id the worker bound."""
    from backend_core.korrelation import get_correlation_id

    return {"svar": "pong", "correlation_id": get_correlation_id()}


@app.task(name="portal.run_django_task", bind=True, max_retries=3)
def run_django_task(self, module_path: str, args: list, kwargs: dict) -> object:
    """Run a django-tasks ``Task`` (Wagtail's background work) on a worker."""
    from portal.tasks_backend import run_by_path

    return run_by_path(module_path, args, kwargs)
