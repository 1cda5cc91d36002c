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

from .templatetags.min_side_tags import maaned
from .views import _aktoer, _sag_or_404

AENDRINGER = AendringType.choices


def _maaneder(today: date) -> list[tuple[str, str]]:
    """The months that can be reported, newest first, labelled in words in the
    active language ("november 2026"): the last three that have ended. A
    month is reported after it ends (``selectors.indberetningsmaaned``), so
    the current month is not offered."""
    months = []
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    for _i in range(3):
        value = f"{year:04d}-{month:02d}"
        months.append((value, maaned(value)))
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
    gyldige = {m for m, _label in maaneder}
    hentet = None
    hentet_maaned = ""
    if request.method == "POST" and request.POST.get("handling") == "hent":
        # The citizen chose another month: fill in that month's income and keep
        # everything else they wrote (without JS the button does it, with JS
        # the month's change event presses it).
        maaned = request.POST.get("maaned") if request.POST.get("maaned") in gyldige else maaneder[0][0]
        initial = {
            "maaned": maaned,
            "idempotency_key": request.POST.get("idempotency_key") or uuid_module.uuid4(),
            "anden_indtaegt": request.POST.get("anden_indtaegt", "0"),
            "aendringer": request.POST.getlist("aendringer"),
            "beskrivelse": request.POST.get("beskrivelse", "")[:2000],
        }
        hentet = _hent_indkomst(aktoer, maaned, initial)
        hentet_maaned = dict(maaneder)[maaned]
        form = IndberetningForm(initial=initial, maaneder=maaneder)
    elif request.method == "POST":
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
        maaned = request.GET.get("maaned") if request.GET.get("maaned") in gyldige else maaneder[0][0]
        initial = {"maaned": maaned, "idempotency_key": uuid_module.uuid4(), "anden_indtaegt": "0"}
        hentet = _hent_indkomst(aktoer, maaned, initial)
        hentet_maaned = dict(maaneder)[maaned]
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
            "hentet_maaned": hentet_maaned,
            "tidligere": [tidligere[m] for m, _label in maaneder if m in tidligere],
        },
    )


def _hent_indkomst(aktoer, maaned: str, initial: dict) -> bool:
    """Fill ``initial`` with eIndkomst's income for ``maaned``; ``False`` when
    eIndkomst does not answer (the fields are then left empty)."""
    try:
        indkomst = selectors.eindkomst_maaned_get(aktoer=aktoer, borger=aktoer.borger, maaned=maaned)
    except RegisterUtilgaengelig:
        initial.pop("arbejdsindtaegt", None)
        initial.pop("arbejdstimer", None)
        return False
    initial.update(arbejdsindtaegt=f"{indkomst.arbejdsindtaegt:.2f}".replace(".", ","), arbejdstimer=indkomst.timer)
    return True


@login_required
def indberetning_kvittering(request, uuid):
    aktoer = _aktoer(request)
    try:
        indberetning = selectors.indberetning_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:  # not found and not theirs look the same
        raise Http404 from exc
    return render(request, "min_side/indberetning_kvittering.html", {"indberetning": indberetning})
