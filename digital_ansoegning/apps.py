from django.apps import AppConfig


class DigitalAnsoegningConfig(AppConfig):
    name = "digital_ansoegning"
    verbose_name = "Digital ansøgning"
