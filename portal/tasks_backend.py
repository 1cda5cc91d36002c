"""A django-tasks backend that hands Wagtail's background work to Celery.

When Celery is eager (the embedded default, most tests) the work runs at
once, exactly like django-tasks' immediate backend; with a broker it is sent
to a worker, so one switch (``CELERY_TASK_ALWAYS_EAGER``) governs both.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id


def run_by_path(module_path: str, args: list, kwargs: dict) -> object:
    """Run the django-tasks ``Task`` found at ``module_path``."""
    return import_string(module_path).call(*args, **kwargs)


class CeleryTaskBackend(ImmediateBackend):
    def enqueue(self, task, args, kwargs) -> TaskResult:  # type: ignore[override]
        if settings.CELERY_TASK_ALWAYS_EAGER:
            return super().enqueue(task, args, kwargs)
        self.validate_task(task)
        from portal.celery import run_django_task

        run_django_task.delay(task.module_path, list(args), dict(kwargs))
        return TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=timezone.now(),
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=list(args),
            kwargs=dict(kwargs),
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
