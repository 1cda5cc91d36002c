"""Wagtail sites for the demo: one site and home page per municipality."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .models import HomePage


@dataclass(frozen=True)
class KommuneSite:
    slug: str
    navn: str
    hostname: str
    default: bool = False


@transaction.atomic
def ensure_sites(kommuner: list[KommuneSite], *, port: int = 8000) -> list[Site]:
    """Create each municipality's site and home page once; running it again
    changes nothing."""
    root = Page.get_first_root_node() or _create_root()
    sites = []
    for kommune in kommuner:
        home = HomePage.objects.filter(slug=kommune.slug).first()
        if home is None:
            home = root.add_child(instance=HomePage(title=kommune.navn, slug=kommune.slug))
        site, _ = Site.objects.get_or_create(
            hostname=kommune.hostname, port=port,
            defaults={"root_page": home, "site_name": kommune.navn, "is_default_site": kommune.default},
        )
        sites.append(site)
    # Wagtail's installation page is replaced by the municipalities' home pages.
    Site.objects.filter(root_page__content_type__model="page", root_page__depth=2).delete()
    Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
    return sites


def _create_root() -> Page:
    """Wagtail's tree root, as its initial migration makes it; needed again on
    a database that was emptied (a flushed test database)."""
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    return Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
