"""The project: settings, URLs, the Celery app, base templates, login for
citizens and staff, error pages, the health check and the staff back office.
It sits on top of the import direction and may import every other package."""

from .celery import app as celery_app

__all__ = ["celery_app"]
