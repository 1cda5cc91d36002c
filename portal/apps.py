import logging

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger("portal.settings")


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Ydelsesportalen"

    def ready(self) -> None:
        from . import checks  # noqa: F401  (registers the system checks)

        for name in getattr(settings, "PRODUCTION_FAKES", []):
            logger.warning("production runs with the fake %s integration (opted out in PRODUCTION_FAKES)", name)
