from django.apps import AppConfig


class MinSideConfig(AppConfig):
    name = "min_side"
    verbose_name = "Min Side"
