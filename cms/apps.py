from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Guidance content"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the receivers)
