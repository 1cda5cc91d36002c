"""The queue's filters (django-filter). The filter rules themselves live in
``backend_core.selectors.sag_koe_filtrer``; this only turns the query string
into its arguments."""

from __future__ import annotations

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from backend_core import selectors
from backend_core.constants import BorgerAktivitet, SagStatus, Ydelsestype
from backend_core.models import Sag


def _status_valg():
    return [
        ("", _("Open cases")),
        ("alle", _("All cases")),
        ("frist_overskredet", _("Waiting past the deadline")),
        *[(s.value, s.label if s != SagStatus.AFVENTER_BORGER else _("Waiting for the citizen")) for s in SagStatus],
    ]


class SagKoeFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=_status_valg, empty_label=None, method="ingen", required=False
    )
    ydelse = django_filters.ChoiceFilter(
        label=_("Benefit"), choices=Ydelsestype.choices, empty_label=_("All benefits"), method="ingen"
    )
    tildelt = django_filters.ChoiceFilter(label=_("Assigned to"), choices=[], empty_label=_("Everyone"), method="ingen")
    alder = django_filters.ChoiceFilter(
        label=_("Age"),
        choices=[
            ("0-7", _("0–7 days")),
            ("8-30", _("8–30 days")),
            ("31-90", _("31–90 days")),
            ("90+", _("More than 90 days")),
        ],
        empty_label=_("Any age"),
        method="ingen",
    )
    ny_aktivitet = django_filters.ChoiceFilter(
        label=_("New from the citizen"),
        choices=[("alle", _("Anything new")), *BorgerAktivitet.choices],
        empty_label=_("Not filtered"),
        method="ingen",
    )

    class Meta:
        model = Sag
        fields: list[str] = []

    def __init__(self, *args, aktoer=None, kolleger=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.aktoer = aktoer
        self.filters["tildelt"].extra["choices"] = [
            ("mine", _("Me")),
            ("ingen", _("Nobody (unassigned)")),
            *[(str(m.user_id), m.user.get_full_name() or m.user.get_username()) for m in kolleger],
        ]
        for felt in self.form.fields.values():
            felt.widget.attrs.setdefault("class", "w-field__input")
        self.form.fields["status"].required = False
        self.form.fields["status"].widget = forms.Select(choices=self.form.fields["status"].choices)

    def ingen(self, queryset, name, value):  # pragma: no cover - filter_queryset applies all at once
        return queryset

    def filter_queryset(self, queryset):
        data = {k: (v or "") for k, v in self.form.cleaned_data.items()}
        return selectors.sag_koe_filtrer(queryset, aktoer=self.aktoer, **data)
