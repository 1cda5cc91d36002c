from django.apps import AppConfig


class BackendCoreConfig(AppConfig):
    name = "backend_core"
    verbose_name = "Backend core"
    default_auto_field = "django.db.models.BigAutoField"
