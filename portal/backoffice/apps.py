from django.apps import AppConfig


class BackofficeConfig(AppConfig):
    name = "portal.backoffice"
    label = "backoffice"
    verbose_name = "Back office"

    def ready(self):
        from . import sidebar

        sidebar.install()
        sidebar.connect()
