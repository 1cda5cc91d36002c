"""The staff back office inside the Wagtail admin: the case queue, the case
view with its decisions, and the letter text blocks as snippets."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import views
from .brevtekst import BrevtekstViewSet
from .haerdning import hide_site_history

app_urls = [
    path("", views.koe, name="koe"),
    path("<uuid:uuid>/", views.sag, name="sag"),
    path("dokument/<uuid:uuid>/", views.dokument, name="dokument"),
]


@hooks.register("register_admin_urls")
def register_backoffice_urls():
    return [path("sager/", include((app_urls, "backoffice"), namespace="backoffice"))]


class SagsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return hasattr(request.user, "medarbejder")


@hooks.register("register_admin_menu_item")
def register_case_menu_item():
    return SagsMenuItem(_("Cases"), reverse("backoffice:koe"), icon_name="folder-open-inverse", order=50)


register_snippet(BrevtekstViewSet)


hooks.register("construct_reports_menu", hide_site_history)
