"""The staff back office inside the Wagtail admin: the case queue, the case
view with its decisions, case distribution, the dashboard panels, the
management information, and the letter text blocks as snippets."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from backend_core.models import Brevtekst

from . import ledelsesinformation, views
from .panels import register_panels  # noqa: F401 - registers the dashboard panels
from .policies import sag_policy

app_urls = [
    path("", views.KoeView.as_view(), name="koe"),
    path("soeg/", views.soeg, name="soeg"),
    path("fordel/", views.fordel, name="fordel"),
    path("<uuid:uuid>/", views.sag, name="sag"),
    path("<uuid:uuid>/afgoerelse/", views.afgoerelse_bekraeft, name="afgoerelse_bekraeft"),
    path("<uuid:uuid>/afgoerelse/forhaandsvisning.pdf", views.afgoerelse_forhaandsvisning,
         name="afgoerelse_forhaandsvisning"),
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
    return PolicyMenuItem(_("Cases"), reverse("backoffice:koe"), icon_name="folder-open-inverse", order=50,
                          handling="view")


@hooks.register("register_admin_menu_item")
def register_ledelsesinformation_menu_item():
    return PolicyMenuItem(_("Management information"), reverse("ledelsesinformation"), icon_name="table",
                          order=55, handling="ledelsesinformation")


class BrevtekstViewSet(SnippetViewSet):
    """Letter text blocks, edited by communicators for their own municipality."""

    model = Brevtekst
    icon = "doc-full"
    menu_label = _("Letter texts")
    menu_order = 60
    add_to_admin_menu = True
    list_display = ["brevtype", "noegle", "sprog", "kommune", "opdateret"]
    list_filter = ["brevtype", "sprog"]
    panels = [FieldPanel("brevtype"), FieldPanel("noegle"), FieldPanel("sprog"), FieldPanel("tekst")]

    def get_queryset(self, request):
        medarbejder = getattr(request.user, "medarbejder", None)
        queryset = Brevtekst.objects.all()
        if request.user.is_superuser:
            return queryset
        if medarbejder is None:
            return queryset.none()
        return queryset.filter(kommune_id=medarbejder.kommune_id)


register_snippet(BrevtekstViewSet)


@hooks.register("after_create_snippet")
def brevtekst_belongs_to_the_authors_municipality(request, instance):
    """A block a communicator creates is their municipality's."""
    medarbejder = getattr(request.user, "medarbejder", None)
    if isinstance(instance, Brevtekst) and instance.kommune_id is None and medarbejder is not None:
        Brevtekst.objects.filter(pk=instance.pk).update(kommune_id=medarbejder.kommune_id)
