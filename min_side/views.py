"""Min Side: the citizen's own cases, letters, payments and messages.

Views are thin: they turn the request into an ``Aktoer`` and call
``backend_core`` selectors and services, which enforce that a citizen sees
only their own data and audit every read.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_POST

from backend_core import selectors, services
from backend_core.aktoer import aktoer_for_user
from backend_core.constants import DokumentKategori
from backend_core.exceptions import DomaeneValideringsfejl
from backend_core.forms import DkfdsForm


def _aktoer(request):
    aktoer = aktoer_for_user(request.user, ip=request.META.get("REMOTE_ADDR"))
    if aktoer.borger is None:
        raise PermissionDenied
    return aktoer


def _oversigt_context(aktoer) -> dict:
    sager = list(selectors.sag_list(aktoer=aktoer))
    return {
        "sager": sager,
        "opgaver": [sag for sag in sager if sag.status == "afventer_borger"],
        "breve": list(selectors.brev_list(aktoer=aktoer, borger=aktoer.borger))[:5],
        "udbetalinger": list(selectors.udbetaling_list(aktoer=aktoer, borger=aktoer.borger))[:6],
        "borger": aktoer.borger,
    }


@login_required
def oversigt(request):
    return render(request, "min_side/oversigt.html", _oversigt_context(_aktoer(request)))


@xframe_options_exempt
@login_required
def indlejret(request):
    """The overview without the portal's header and footer, for borger.dk to
    frame. Only the origins in ``EMBED_FRAME_ANCESTORS`` may frame it."""
    response = render(request, "min_side/indlejret.html", _oversigt_context(_aktoer(request)))
    response._portal_embeddable = True
    return response


class BeskedForm(DkfdsForm):
    tekst = forms.CharField(
        label=_("Write to your caseworker"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Write your message before you send it.")},
    )


class DokumentForm(DkfdsForm):
    kategori = forms.ChoiceField(
        label=_("What is the document?"),
        choices=[(value, label) for value, label in DokumentKategori.choices if value != DokumentKategori.BREV],
        initial=DokumentKategori.ANDET,
    )
    fil = forms.FileField(
        label=_("Add a document"),
        help_text=_("A photo (JPEG, PNG or HEIC) or a PDF, at most 10 MB."),
        error_messages={"required": _("Choose a file to upload.")},
    )


def _sag_or_404(aktoer, uuid):
    try:
        return selectors.sag_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:
        raise Http404 from exc


@login_required
def sag_detalje(request, uuid):
    aktoer = _aktoer(request)
    sag = _sag_or_404(aktoer, uuid)
    besked_form = BeskedForm(request.POST or None) if request.POST.get("handling") == "besked" else BeskedForm()
    dokument_form = DokumentForm()
    if request.method == "POST" and request.POST.get("handling") == "besked" and besked_form.is_valid():
        services.besked_send(aktoer=aktoer, sag=sag, tekst=besked_form.cleaned_data["tekst"])
        messages.success(request, _("Your message has been sent to your caseworker."))
        return redirect("min_side:sag", uuid=sag.uuid)
    context = {
        "sag": sag,
        "beskeder": selectors.besked_list(aktoer=aktoer, sag=sag),
        "dokumenter": selectors.dokument_list(aktoer=aktoer, sag=sag),
        "afgoerelse": sag.afgoerelser.order_by("-afgjort_tid").first(),
        "besked_form": besked_form,
        "dokument_form": dokument_form,
    }
    return render(request, "min_side/sag.html", context)


@require_POST
@login_required
def sag_dokument_upload(request, uuid):
    aktoer = _aktoer(request)
    sag = _sag_or_404(aktoer, uuid)
    form = DokumentForm(request.POST, request.FILES)
    if form.is_valid():
        fil = form.cleaned_data["fil"]
        try:
            services.dokument_add(aktoer=aktoer, borger=aktoer.borger, fil=fil, filnavn=fil.name,
                                  kategori=form.cleaned_data["kategori"], sag=sag)
        except DomaeneValideringsfejl as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("The document has been added to your case."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("min_side:sag", uuid=sag.uuid)


@login_required
def dokument_hent(request, uuid):
    aktoer = _aktoer(request)
    try:
        dokument = selectors.dokument_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:
        raise Http404 from exc
    fil = storages["dokumenter"].open(dokument.lagernoegle, "rb")
    response = FileResponse(fil, content_type=dokument.mimetype, as_attachment=False, filename=dokument.filnavn)
    response["Cache-Control"] = "private, no-store"
    return response
