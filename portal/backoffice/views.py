"""Back-office views. Thin: each turns the request into an ``Aktoer`` and
calls a ``backend_core`` selector or service, which scope to the staff
member's municipality, check the role and write the audit log."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from backend_core import sagsflow, selectors, services
from backend_core.aktoer import aktoer_for_user
from backend_core.constants import SagStatus, Udfald
from backend_core.exceptions import DomaeneValideringsfejl, UgyldigOvergang
from backend_core.forms import KroneField
from digital_ansoegning.opsummering import ansoegning_opsummering


def _aktoer(request):
    aktoer = aktoer_for_user(request.user, ip=request.META.get("REMOTE_ADDR"))
    if not aktoer.er_medarbejder:
        raise PermissionDenied
    return aktoer


def koe(request):
    """The municipality's open cases, oldest first."""
    aktoer = _aktoer(request)
    vis = request.GET.get("vis", "aabne")
    sager = selectors.sag_list(aktoer=aktoer)
    if vis == "aabne":
        sager = sager.exclude(status__in=[SagStatus.AFGJORT, SagStatus.LUKKET])
    return TemplateResponse(request, "backoffice/koe.html", {
        "sager": sager.order_by("oprettet")[:200], "vis": vis,
    })


class AfgoerelseForm(forms.Form):
    udfald = forms.ChoiceField(label=_("Outcome"), choices=Udfald.choices)
    beloeb = KroneField(label=_("Amount"), required=False, help_text=_("Per month, or the one-off amount."))
    begrundelse = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 5}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("udfald") != Udfald.AFSLAG and cleaned.get("beloeb") is None:
            self.add_error("beloeb", _("Write the amount granted."))
        return cleaned


class AnmodningForm(forms.Form):
    tekst = forms.CharField(label=_("What do you need from the citizen?"), widget=forms.Textarea(attrs={"rows": 4}))


def sag(request, uuid):
    aktoer = _aktoer(request)
    try:
        sag = selectors.sag_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:
        raise Http404 from exc
    handling = request.POST.get("handling")
    afgoerelse_form = AfgoerelseForm(request.POST if handling == "afgoer" else None)
    anmodning_form = AnmodningForm(request.POST if handling == "anmod" else None)
    if request.method == "POST":
        try:
            if handling == "paabegynd":
                services.sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.UNDER_BEHANDLING)
                messages.success(request, _("You are now working on the case."))
                return redirect("backoffice:sag", uuid=sag.uuid)
            if handling == "anmod" and anmodning_form.is_valid():
                services.sag_anmod_borger(aktoer=aktoer, sag=sag, tekst=anmodning_form.cleaned_data["tekst"])
                messages.success(request, _("The citizen has been asked for more information."))
                return redirect("backoffice:sag", uuid=sag.uuid)
            if handling == "afgoer" and afgoerelse_form.is_valid():
                data = afgoerelse_form.cleaned_data
                services.afgoerelse_create(aktoer=aktoer, sag=sag, udfald=data["udfald"], beloeb=data["beloeb"],
                                           begrundelse=data["begrundelse"])
                messages.success(request, _("The decision is made and the letter is on its way."))
                return redirect("backoffice:sag", uuid=sag.uuid)
        except (UgyldigOvergang, DomaeneValideringsfejl) as exc:
            messages.error(request, getattr(exc, "message", str(exc)))
    ansoegning = getattr(sag, "ansoegning", None)
    return TemplateResponse(request, "backoffice/sag.html", {
        "sag": sag,
        "ansoegning": ansoegning,
        "svar": ansoegning_opsummering(ansoegning.ydelse, ansoegning.svar) if ansoegning else [],
        "beregning": sag.beregninger.order_by("-oprettet").first(),
        "afgoerelse": sag.afgoerelser.order_by("-afgjort_tid").first(),
        "dokumenter": selectors.dokument_list(aktoer=aktoer, sag=sag),
        "beskeder": selectors.besked_list(aktoer=aktoer, sag=sag),
        "naeste": sagsflow.naeste(sag.status, aktoer.rolle),
        "afgoerelse_form": afgoerelse_form,
        "anmodning_form": anmodning_form,
    })


def dokument(request, uuid):
    aktoer = _aktoer(request)
    try:
        dok = selectors.dokument_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:
        raise Http404 from exc
    # Uploaded files are the citizen's, not ours: a PDF is downloaded, never run in the
    # back office's origin; whatever is shown inline (pictures) is sandboxed.
    response = FileResponse(storages["dokumenter"].open(dok.lagernoegle, "rb"), content_type=dok.mimetype,
                            filename=dok.filnavn, as_attachment=dok.mimetype == "application/pdf")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    response["Cache-Control"] = "private, no-store"
    return response
