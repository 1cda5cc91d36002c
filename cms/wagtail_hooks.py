"""The communicators' admin: help texts as a snippet scoped to their
municipality, and the page editor's accessibility fixes."""

from __future__ import annotations

from django import forms
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from backend_core.models import Hjaelpetekst
from backend_core.selectors import hjaelpetekst_kendte, hjaelpetekst_list

from .permissions import HjaelpetekstPermissionPolicy


def _spoergsmaal_valg() -> list[tuple[str, str]]:
    valg = []
    for (flow, noegle), standard in hjaelpetekst_kendte().items():
        tekst = str(standard)
        kort = (tekst[:70] + "…") if len(tekst) > 70 else tekst
        valg.append((f"{flow}:{noegle}", f"{flow} · {noegle}" + (f" — {kort}" if kort else "")))
    return valg


class HjaelpetekstForm(WagtailAdminModelForm):
    """The question is chosen from the flows' own list; the municipality is the author's."""

    spoergsmaal = forms.ChoiceField(label=_("Question or text"), choices=())

    class Meta:
        model = Hjaelpetekst
        fields = ["sprog", "tekst"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        valg = _spoergsmaal_valg()
        if self.instance.pk:
            current = f"{self.instance.flow}:{self.instance.noegle}"
            if current not in dict(valg):
                valg.insert(0, (current, current))
            self.initial["spoergsmaal"] = current
        self.fields["spoergsmaal"].choices = [("", "---------"), *valg]
        self.fields["spoergsmaal"].help_text = _(
            "The text the application shows now is after the dash. Your text replaces it for your municipality."
        )

    def clean(self):
        cleaned = super().clean()
        valgt = cleaned.get("spoergsmaal") or ""
        if ":" in valgt:
            self.instance.flow, self.instance.noegle = valgt.split(":", 1)
        medarbejder = getattr(self.for_user, "medarbejder", None)
        if self.instance.kommune_id is None:
            if medarbejder is None:
                raise forms.ValidationError(_("Only staff of a municipality can write help texts."))
            self.instance.kommune_id = medarbejder.kommune_id
        return cleaned

    def validate_unique(self):
        try:
            self.instance.validate_constraints()
        except forms.ValidationError:
            self.add_error(None, _("Your municipality already has this text in this language. Edit that one."))


class _EgenKommune:
    """The object is looked up among the user's municipality's texts only (404 otherwise)."""

    def get_queryset(self):
        return hjaelpetekst_list(user=self.request.user)


class HjaelpetekstEditView(_EgenKommune, EditView):
    pass


class HjaelpetekstDeleteView(_EgenKommune, DeleteView):
    pass


class HjaelpetekstViewSet(SnippetViewSet):
    """Help texts of the application flows and the receipt, per municipality."""

    model = Hjaelpetekst
    icon = "help"
    menu_label = _("Help texts")
    menu_order = 65
    add_to_admin_menu = True
    list_display = ["flow", "noegle", "sprog", "opdateret"]
    list_filter = ["flow", "sprog"]
    search_fields = ["noegle", "tekst"]
    edit_view_class = HjaelpetekstEditView
    delete_view_class = HjaelpetekstDeleteView
    edit_handler = ObjectList(
        [FieldPanel("spoergsmaal"), FieldPanel("sprog"), FieldPanel("tekst")],
        base_form_class=HjaelpetekstForm,
    )

    def get_queryset(self, request):
        return hjaelpetekst_list(user=request.user)


register_permission_policy(Hjaelpetekst, HjaelpetekstPermissionPolicy(Hjaelpetekst))
register_snippet(HjaelpetekstViewSet)


@hooks.register("insert_global_admin_js")
def editor_accessibility_js():
    return format_html('<script src="{}" defer></script>', static("cms/js/editor_a11y.js"))


@hooks.register("insert_global_admin_css")
def editor_accessibility_css():
    return format_html('<link rel="stylesheet" href="{}">', static("cms/css/editor_a11y.css"))
