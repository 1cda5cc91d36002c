from django.apps import AppConfig


class DigitalAnsoegningConfig(AppConfig):
    name = "digital_ansoegning"
    verbose_name = "Digital ansøgning"

    def ready(self) -> None:
        from backend_core.selectors import kladde_kilde_registrer

        from .services import kladder_for_borger

        kladde_kilde_registrer(kladder_for_borger)
