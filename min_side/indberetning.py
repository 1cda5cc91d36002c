"""Reporting the month's income and changes of circumstances (indberetning)."""

from __future__ import annotations

import uuid as uuid_module
from datetime import date

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from backend_core import selectors, services
from backend_core.constants import AendringType
from backend_core.exceptions import DomaeneValideringsfejl, RegisterUtilgaengelig
from backend_core.forms import DkfdsForm, KroneField

from .templatetags.min_side_tags import maaned as maaned_tekst
from .views import _aktoer, _sag_or_404

AENDRINGER = AendringType.choices


def _maaneder(today: date) -> list[tuple[str, str]]:
    """This month and the two before it, as (``YYYY-MM``, the month in words)."""
    months = []
    year, month = today.year, today.month
    for _i in range(3):
        kode = f"{year:04d}-{month:02d}"
        months.append((kode, maaned_tekst(kode)))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class IndberetningForm(DkfdsForm):
    maaned = forms.ChoiceField(label=_("Which month are you reporting for?"))
    arbejdsindtaegt = KroneField(
        label=_("Income from work before tax"),
        help_text=_("In kroner for the whole month. Write 0 if you had none."),
        error_messages={"required": _("Write your income from work. Write 0 if you had none.")},
    )
    arbejdstimer = forms.DecimalField(
        label=_("Hours worked in the month"),
        min_value=0,
        max_value=744,
        decimal_places=2,
        error_messages={
            "required": _("Write how many hours you worked. Write 0 if you did not work."),
            "invalid": _("Write the hours as a number, for example 37 or 12,5."),
        },
        localize=True,
    )
    anden_indtaegt = KroneField(
        label=_("Other income"),
        help_text=_("For example unemployment benefit, pension or maintenance. Write 0 if you had none."),
        error_messages={"required": _("Write your other income. Write 0 if you had none.")},
    )
    aendringer = forms.MultipleChoiceField(
        label=_("Has anything changed?"),
        choices=AENDRINGER,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    beskrivelse = forms.CharField(
        label=_("Describe the change"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, maaneder, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["maaned"].choices = maaneder


@login_required
def indberet(request, uuid):
    aktoer = _aktoer(request)
    sag = _sag_or_404(aktoer, uuid)
    if sag.ydelse != "kontanthjaelp" or sag.status not in {"afgjort", "under_behandling", "afventer_borger"}:
        raise Http404
    maaneder = _maaneder(date.today())
    hentet = None
    if request.method == "POST":
        form = IndberetningForm(request.POST, maaneder=maaneder)
        if form.is_valid():
            data = form.cleaned_data
            try:
                indberetning = services.indberetning_submit(
                    aktoer=aktoer,
                    borger=aktoer.borger,
                    sag=sag,
                    maaned=data["maaned"],
                    arbejdsindtaegt=data["arbejdsindtaegt"],
                    arbejdstimer=data["arbejdstimer"],
                    anden_indtaegt=data["anden_indtaegt"],
                    aendringer={"valgt": data["aendringer"], "beskrivelse": data["beskrivelse"]},
                    idempotency_key=str(data["idempotency_key"]),
                )
            except DomaeneValideringsfejl as exc:
                form.add_error(None, exc.message)
            else:
                return redirect("min_side:indberetning_kvittering", uuid=indberetning.uuid)
    else:
        # Last month is the usual one to report; ?maaned= (one of the months
        # offered) fills in that month's figures from eIndkomst instead.
        valgt = request.GET.get("maaned", "")
        maaned = valgt if valgt in dict(maaneder) else maaneder[1][0]
        initial = {"maaned": maaned, "idempotency_key": uuid_module.uuid4(), "anden_indtaegt": "0"}
        try:
            indkomst = selectors.eindkomst_maaned_get(aktoer=aktoer, borger=aktoer.borger, maaned=maaned)
        except RegisterUtilgaengelig:
            hentet = False
        else:
            hentet = True
            initial.update(
                arbejdsindtaegt=f"{indkomst.arbejdsindtaegt:.2f}".replace(".", ","), arbejdstimer=indkomst.timer
            )
        form = IndberetningForm(initial=initial, maaneder=maaneder)
    tidligere = {
        r["indberetning"].maaned: r["indberetning"]
        for r in reversed(selectors.indberetning_list(aktoer=aktoer, sag=sag))
        if r["indberetning"].type == "indtaegt" and r["indberetning"].korrektion_af_id is None
    }
    return render(
        request,
        "min_side/indberet.html",
        {
            "sag": sag,
            "form": form,
            "hentet": hentet,
            "hentet_maaned": form.initial.get("maaned", "") if request.method != "POST" else "",
            "maaneder": maaneder,
            "tidligere": [tidligere[m] for m, _label in maaneder if m in tidligere],
        },
    )


@login_required
def indberetning_kvittering(request, uuid):
    aktoer = _aktoer(request)
    try:
        indberetning = selectors.indberetning_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:  # not found and not theirs look the same
        raise Http404 from exc
    return render(request, "min_side/indberetning_kvittering.html", {"indberetning": indberetning})
