"""The staff back office inside the Wagtail admin: the case queue, the case
view with its decisions, and the letter text blocks as snippets."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from backend_core.models import Brevtekst

from . import views

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
