from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Ydelsesportalen"

    def ready(self) -> None:
        from . import checks  # noqa: F401  (registers the system checks)
