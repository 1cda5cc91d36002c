"""The site settings' contact details are the municipality's: saved in
Wagtail, copied to the domain through its service, so letters and Min Side
show what the guidance pages show."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from backend_core.services import kommune_kontakt_opdater

from .models.settings import KommuneIndstillinger


@receiver(post_save, sender=KommuneIndstillinger, dispatch_uid="cms.kommune_kontakt")
def kontakt_til_kommunen(sender, instance: KommuneIndstillinger, **kwargs) -> None:
    if instance.kommune_id is None or kwargs.get("raw"):
        return
    kommune_kontakt_opdater(
        kommune=instance.kommune,
        telefon=instance.telefon,
        email=instance.email,
        adresse=instance.adresse,
        aabningstider=instance.aabningstider,
        aabningstider_en=instance.aabningstider_en,
    )
