"""Staff two-factor enrolment in the Wagtail admin (``/admin/tofaktor/``)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.login import tofaktor

tofaktor_urls = [
    path("", tofaktor.oversigt, name="oversigt"),
    path("opret/", tofaktor.opret, name="opret"),
    path("gendannelseskoder/", tofaktor.gendannelseskoder, name="gendannelseskoder"),
]


@hooks.register("register_admin_urls")
def register_tofaktor_urls():
    return [path("tofaktor/", include((tofaktor_urls, "tofaktor"), namespace="tofaktor"))]


@hooks.register("register_admin_menu_item")
def register_tofaktor_menu_item():
    return MenuItem(_("Two-factor login"), reverse("tofaktor:oversigt"), icon_name="key", order=9000)
