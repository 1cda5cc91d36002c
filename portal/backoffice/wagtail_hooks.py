"""The staff back office inside the Wagtail admin: the case queue, the case
view with its decisions, case distribution, the dashboard panels, the
management information, and the letter text blocks as snippets."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import ledelsesinformation, views
from .brevtekst import BrevtekstViewSet
from .haerdning import hide_site_history
from .panels import register_panels  # noqa: F401 - registers the dashboard panels
from .policies import sag_policy

app_urls = [
    path("", views.KoeView.as_view(), name="koe"),
    path("soeg/", views.soeg, name="soeg"),
    path("fordel/", views.fordel, name="fordel"),
    path("<uuid:uuid>/", views.sag, name="sag"),
    path("<uuid:uuid>/afgoerelse/", views.afgoerelse_bekraeft, name="afgoerelse_bekraeft"),
    path(
        "<uuid:uuid>/afgoerelse/forhaandsvisning.pdf",
        views.afgoerelse_forhaandsvisning,
        name="afgoerelse_forhaandsvisning",
    ),
    path("dokument/<uuid:uuid>/", views.dokument, name="dokument"),
]


@hooks.register("register_admin_urls")
def register_backoffice_urls():
    return [
        path("sager/", include((app_urls, "backoffice"), namespace="backoffice")),
        path("ledelsesinformation/", ledelsesinformation.view, name="ledelsesinformation"),
    ]


class PolicyMenuItem(MenuItem):
    """Shown to the roles the policy lets do ``handling``."""

    def __init__(self, *args, handling: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.handling = handling

    def is_shown(self, request) -> bool:
        return sag_policy.user_has_permission(request.user, self.handling)


@hooks.register("register_admin_menu_item")
def register_case_menu_item():
    return PolicyMenuItem(
        _("Cases"), reverse("backoffice:koe"), icon_name="folder-open-inverse", order=50, handling="view"
    )


@hooks.register("register_admin_menu_item")
def register_ledelsesinformation_menu_item():
    return PolicyMenuItem(
        _("Management information"),
        reverse("ledelsesinformation"),
        icon_name="table",
        order=55,
        handling="ledelsesinformation",
    )


register_snippet(BrevtekstViewSet)


hooks.register("construct_reports_menu", hide_site_history)
