"""Reporting a change of circumstances ("Meld ændring").

A change is a task for the caseworker, never a change of payment by itself:
``services.aendring_submit`` stores what the citizen chose, wrote and sent,
asks CPR what it confirms and proposes a recalculation the caseworker
decides on.
"""

from __future__ import annotations

import uuid as uuid_module

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from backend_core import selectors, services
from backend_core.constants import AendringType, DokumentKategori, SagStatus
from backend_core.exceptions import DomaeneValideringsfejl
from backend_core.forms import DkfdsForm

from .views import _aktoer, _sag_or_404


class AendringForm(DkfdsForm):
    aendringer = forms.MultipleChoiceField(
        label=_("What has changed?"),
        choices=AendringType.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one change.")},
    )
    dato = forms.DateField(
        label=_("From which date?"),
        help_text=_("For example 01-12-2026."),
        input_formats=["%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"],
        error_messages={
            "required": _("Write the date of the change."),
            "invalid": _("Write the date as day-month-year, for example 01-12-2026."),
        },
    )
    beskrivelse = forms.CharField(
        label=_("Describe the change"),
        help_text=_("For example your new address, your partner's name, or when you start work."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("Write at most 2000 characters.")},
    )
    fil = forms.FileField(
        label=_("Documentation"),
        help_text=_("For example a rental contract or an employment contract. PDF, JPEG or PNG."),
        required=False,
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)


AABNE = {SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER, SagStatus.AFGJORT}


@login_required
def meld_aendring(request, uuid):
    aktoer = _aktoer(request)
    sag = _sag_or_404(aktoer, uuid)
    if sag.status not in AABNE:
        raise Http404
    if request.method == "POST":
        form = AendringForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                dokumenter = []
                if data.get("fil"):
                    dokument = services.dokument_add(
                        aktoer=aktoer,
                        borger=aktoer.borger,
                        fil=data["fil"],
                        filnavn=data["fil"].name,
                        kategori=DokumentKategori.ANDET,
                        sag=None,
                    )
                    dokumenter.append(dokument.uuid)
                indberetning = services.aendring_submit(
                    aktoer=aktoer,
                    borger=aktoer.borger,
                    sag=sag,
                    aendringer=data["aendringer"],
                    beskrivelse=data["beskrivelse"],
                    dato=data["dato"],
                    dokument_uuids=dokumenter,
                    idempotency_key=str(data["idempotency_key"]),
                )
            except DomaeneValideringsfejl as exc:
                felt = getattr(exc, "felt", None)
                form.add_error(felt if felt in form.fields else None, exc.message)
            else:
                return redirect("min_side:aendring_kvittering", uuid=indberetning.uuid)
    else:
        form = AendringForm(initial={"idempotency_key": uuid_module.uuid4()})
    return render(request, "min_side/aendring.html", {"sag": sag, "form": form})


@login_required
def aendring_kvittering(request, uuid):
    aktoer = _aktoer(request)
    try:
        indberetning = selectors.indberetning_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:
        raise Http404 from exc
    navne = dict(AendringType.choices)
    valgt = [navne.get(v, v) for v in (indberetning.aendringer or {}).get("valgt", [])]
    return render(
        request,
        "min_side/aendring_kvittering.html",
        {
            "indberetning": indberetning,
            "valgt": valgt,
            "beskrivelse": (indberetning.aendringer or {}).get("beskrivelse", ""),
        },
    )
