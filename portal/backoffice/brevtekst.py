"""Letter text blocks (``Brevtekst``) as a Wagtail snippet, scoped to the
staff member's municipality in every view.

Wagtail's ``SnippetViewSet.get_queryset`` only scopes the listing; the edit,
delete, copy, history, usage and inspect views, the chooser and its
"chosen" endpoint each load their object by primary key. So the scope is
enforced three times over, each enough on its own:

- ``BrevtekstPermissionPolicy`` (registered for the model) answers every
  per-object and list question Wagtail asks through the domain's policy
  (``backend_core.policies.brevtekster``), on top of Django's model permissions;
- every URL of the viewset that names an object is wrapped by
  ``_inden_for_kommune``, which answers 404 for another municipality's block
  before Wagtail's view runs;
- the chooser lists and returns only the municipality's blocks.

A block a communicator creates gets their municipality before its first save
(the form checks the uniqueness of the block within it), so overriding a
standard block is an ordinary create.
"""

from __future__ import annotations

from functools import wraps

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls.resolvers import URLPattern
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet, SnippetChosenView
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from backend_core import policies
from backend_core.aktoer import aktoer_for_user
from backend_core.models import Brevtekst


def _aktoer(user):
    try:
        return aktoer_for_user(user)
    except PermissionDenied:
        return None


def _scope(user, queryset):
    """The blocks ``user`` may open in the admin: those the domain policy
    (``backend_core.policies.brevtekster``) lets them write, i.e. their
    municipality's; all for a superuser."""
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    if user.is_superuser:
        return queryset
    aktoer = _aktoer(user)
    if aktoer is None:
        return queryset.none()
    return queryset.filter(pk__in=policies.brevtekster.instances(aktoer, policies.AENDRE).values("pk"))


def _in_scope(user, instance) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    aktoer = _aktoer(user)
    return aktoer is not None and policies.brevtekster.tillader(aktoer, instance, policies.AENDRE)


class BrevtekstPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions (add/change/delete/view_brevtekst), and on
    top of them the municipality: a block outside it does not exist for the
    user, for any action."""

    def user_has_permission_for_instance(self, user, action, instance):
        return _in_scope(user, instance) and super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return _in_scope(user, instance) and super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_permission_for(self, user, action):
        return _scope(user, super().instances_user_has_permission_for(user, action))

    def instances_user_has_any_permission_for(self, user, actions):
        return _scope(user, super().instances_user_has_any_permission_for(user, actions))


brevtekst_policy = BrevtekstPermissionPolicy(Brevtekst)
register_permission_policy(Brevtekst, brevtekst_policy)


def brevtekster_synlige(user):
    """The letter text blocks ``user`` may open (for the snippet views)."""
    return brevtekst_policy.instances_user_has_any_permission_for(user, ["view", "change", "delete"])


def _inden_for_kommune(view):
    """Answer 404 unless the object named by the URL's ``pk`` is in scope."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            try:
                fundet = brevtekster_synlige(request.user).filter(pk=int(str(pk))).exists()
            except (TypeError, ValueError):
                fundet = False
            if not fundet:
                raise Http404
        return view(request, *args, **kwargs)

    return wrapped


class BrevtekstForm(WagtailAdminModelForm):
    """Checks that the block is unique within the municipality it will be
    saved in (the form does not show the municipality, so Django's own
    constraint check would skip it and the database would refuse it)."""

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        for field in ("brevtype", "noegle", "sprog"):
            if field in cleaned:
                setattr(instance, field, cleaned[field])
        dubletter = Brevtekst._default_manager.filter(
            kommune_id=instance.kommune_id,
            brevtype=instance.brevtype,
            noegle=instance.noegle,
            sprog=instance.sprog,
        ).exclude(pk=instance.pk)
        if dubletter.exists():
            raise forms.ValidationError(
                _("Your municipality already has this text block in this language. Edit that one instead.")
            )
        return cleaned


class BrevtekstCreateView(CreateView):
    def get_initial_form_instance(self):
        """The new block is the author's municipality's from the start."""
        instance = super().get_initial_form_instance() or Brevtekst()
        medarbejder = getattr(self.request.user, "medarbejder", None)
        if medarbejder is not None:
            instance.kommune_id = medarbejder.kommune_id
        return instance


class _ScopedChooserMixin:
    def get_object_list(self):
        return brevtekster_synlige(self.request.user)


class BrevtekstChooseView(_ScopedChooserMixin, ChooseView):
    pass


class BrevtekstChooseResultsView(_ScopedChooserMixin, ChooseResultsView):
    pass


class BrevtekstChosenView(SnippetChosenView):
    def get_object(self, pk):
        try:
            return brevtekster_synlige(self.request.user).get(pk=int(str(pk)))
        except (TypeError, ValueError, Brevtekst.DoesNotExist) as exc:
            raise Http404 from exc


class BrevtekstChooserViewSet(SnippetChooserViewSet):
    choose_view_class = BrevtekstChooseView
    choose_results_view_class = BrevtekstChooseResultsView
    chosen_view_class = BrevtekstChosenView

    def get_urlpatterns(self):
        # "chosen multiple" and "create" are not offered for letter texts.
        return [p for p in super().get_urlpatterns() if p.name not in {"chosen_multiple", "create"}]


class BrevtekstViewSet(SnippetViewSet):
    """Letter text blocks, edited by communicators for their own municipality."""

    model = Brevtekst
    icon = "doc-full"
    menu_label = _("Letter texts")
    menu_order = 60
    add_to_admin_menu = True
    list_display = ["brevtype", "noegle", "sprog", "kommune", "opdateret"]
    list_filter = ["brevtype", "sprog"]
    edit_handler = ObjectList(
        [FieldPanel("brevtype"), FieldPanel("noegle"), FieldPanel("sprog"), FieldPanel("tekst")],
        base_form_class=BrevtekstForm,
    )
    add_view_class = BrevtekstCreateView
    chooser_viewset_class = BrevtekstChooserViewSet

    def get_queryset(self, request):
        return brevtekster_synlige(request.user)

    def get_urlpatterns(self):
        wrapped = []
        for pattern in super().get_urlpatterns():
            if isinstance(pattern, URLPattern) and "pk" in str(pattern.pattern):
                pattern = URLPattern(
                    pattern.pattern, _inden_for_kommune(pattern.callback), pattern.default_args, pattern.name
                )
            wrapped.append(pattern)
        return wrapped
