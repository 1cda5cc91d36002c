"""Min Side: the citizen's own cases, letters, payments and messages.

Views are thin: they turn the request into an ``Aktoer`` and call
``backend_core`` selectors and services, which enforce that a citizen sees
only their own data and audit every read. Every page here shows personal
data, so every response is ``Cache-Control: private, no-store``.
"""

from __future__ import annotations

import hashlib
import uuid
from functools import wraps
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.template.loader import get_template
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_POST

from backend_core import selectors, services
from backend_core.aktoer import aktoer_for_user
from backend_core.constants import DokumentKategori
from backend_core.exceptions import DomaeneValideringsfejl
from backend_core.forms import DkfdsForm

from .indlejring import bed_om_lagringsadgang, bruger_fra_cookie

PRIVAT = "private, no-store"


def privat(view):
    """Personal data: no shared or browser cache may keep the response."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = PRIVAT
        patch_vary_headers(response, ["Cookie"])
        return response

    return wrapper


def _aktoer(request, user=None):
    aktoer = aktoer_for_user(user or request.user, ip=request.META.get("REMOTE_ADDR"))
    if aktoer.borger is None:
        raise PermissionDenied
    return aktoer


OVERSIGT_SKABELONER = ("min_side/_oversigt.html", "min_side/_badge.html")


def _skabelon_version() -> str:
    """A digest of the overview's templates, so a cached overview never
    outlives the markup it was made with."""
    kilde = "".join(get_template(navn).template.source for navn in OVERSIGT_SKABELONER)
    return hashlib.sha256(kilde.encode()).hexdigest()[:16]


def _oversigt_context(aktoer, fremhaev: str = "") -> dict:
    """The page around the overview; the overview itself (``oversigt_html``)
    comes from the cached selector, rendered from ``_oversigt.html``."""

    def vis(oversigt) -> str:
        context = {
            "oversigt": oversigt,
            "sager": oversigt.sager,
            "opgaver": oversigt.opgaver,
            "udbetalinger": oversigt.udbetalinger,
            "fremhaev": fremhaev,
        }
        return get_template("min_side/_oversigt.html").render(context)

    # A deep link that highlights one case is rare: it is not cached.
    variant = None if fremhaev else f"{get_language()}:{_skabelon_version()}"
    return {
        "oversigt_html": mark_safe(  # noqa: S308 - our own template's output
            selectors.min_side_oversigt_vist(aktoer=aktoer, borger=aktoer.borger, vis=vis, variant=variant)
        ),
        "borger": aktoer.borger,
        "kommune_kontakt": selectors.kommune_kontakt(aktoer.borger.kommune),
    }


@privat
@login_required
def oversigt(request):
    return render(request, "min_side/oversigt.html", _oversigt_context(_aktoer(request)))


def _sag_uuid(value: str) -> str:
    """``value`` if it is a case's UUID (the embed's deep link ``?sag=``), else ""."""
    try:
        return str(uuid.UUID(value or ""))
    except ValueError:
        return ""


def _tilladt_indlejrer(url: str) -> str | None:
    """``url`` if it lies on an origin allowed to frame the embed."""
    parts = urlsplit(url or "")
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
    return url if origin and origin in settings.EMBED_FRAME_ANCESTORS else None


@privat
@xframe_options_exempt
@require_GET
def indlejret(request):
    """The overview without the portal's header and footer, for borger.dk to
    frame (only the origins in ``EMBED_FRAME_ANCESTORS`` may). In a
    cross-site frame the session cookie is not sent, so the citizen is known
    from the embed cookie (``min_side.indlejring``); without one the frame
    shows "Log ind", which opens the login in the top window."""
    user = request.user if request.user.is_authenticated else bruger_fra_cookie(request)
    if user.is_authenticated and hasattr(user, "borger"):
        context = _oversigt_context(_aktoer(request, user), fremhaev=request.GET.get("sag", ""))
        response = render(request, "min_side/indlejret.html", context)
    else:
        # Back to the page borger.dk names (``?retur=``); for a deep link to
        # a case without one, to the case itself (the frame's Referer carries
        # only borger.dk's origin, not its page); else to the framing origin.
        sag = _sag_uuid(request.GET.get("sag", ""))
        retur = _tilladt_indlejrer(request.GET.get("retur", "")) or (
            None if sag else _tilladt_indlejrer(request.headers.get("Referer", ""))
        )
        tilbage = {"til": retur or "", "sag": sag}
        tilbage = {k: v for k, v in tilbage.items() if v}
        efter = reverse("min_side:indlejret_tilbage") + (f"?{urlencode(tilbage)}" if tilbage else "")
        login = reverse("portal:login") + "?" + urlencode({"next": efter})
        response = render(request, "min_side/indlejret_logget_ud.html", {"login_url": login})
        bed_om_lagringsadgang(request, response)
    response._portal_embeddable = True
    return response


@privat
@login_required
def indlejret_tilbage(request):
    """After logging in from the embed, back to the borger.dk page the
    citizen came from (only an allowed origin); else, when the embed was a
    deep link to a case (``?sag=``), to that case; else to Min Side."""
    sag = _sag_uuid(request.GET.get("sag", ""))
    return redirect(
        _tilladt_indlejrer(request.GET.get("til", ""))
        or (reverse("min_side:sag", args=[sag]) if sag else reverse("min_side:oversigt"))
    )


class BeskedForm(DkfdsForm):
    tekst = forms.CharField(
        label=_("Write to your caseworker"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Write your message before you send it.")},
    )
    bilag = forms.FileField(
        label=_("Attach a file"),
        required=False,
        help_text=_("A photo (JPEG, PNG or HEIC) or a PDF, at most 10 MB."),
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


@privat
@login_required
def sag_detalje(request, uuid):
    aktoer = _aktoer(request)
    sag = _sag_or_404(aktoer, uuid)
    er_besked = request.method == "POST" and request.POST.get("handling") == "besked"
    besked_form = BeskedForm(request.POST, request.FILES) if er_besked else BeskedForm()
    if er_besked and besked_form.is_valid():
        bilag = besked_form.cleaned_data.get("bilag")
        try:
            services.besked_send(
                aktoer=aktoer, sag=sag, tekst=besked_form.cleaned_data["tekst"], filer=[bilag] if bilag else None
            )
        except DomaeneValideringsfejl as exc:
            besked_form.add_error("bilag" if exc.felt in ("fil", "kategori") else "tekst", exc.message)
        else:
            messages.success(request, _("Your message has been sent to your caseworker."))
            return redirect(reverse("min_side:sag", args=[sag.uuid]) + "#beskeder-heading")
    return _sag_side(request, aktoer, sag, besked_form=besked_form)


def _sag_side(request, aktoer, sag, *, besked_form=None, dokument_form=None):
    """The case page; a form with errors is shown where it was filled in,
    with what the citizen chose kept, and the page answers 400."""
    besked_form = besked_form or BeskedForm()
    dokument_form = dokument_form or DokumentForm()
    beskeder = list(selectors.besked_list(aktoer=aktoer, sag=sag))
    ulaeste = {b.pk for b in beskeder if b.laest is None and b.afsender != "borger"}
    if ulaeste:
        services.beskeder_mark_read(aktoer=aktoer, sag=sag)
    afgoerelser = selectors.sag_afgoerelser_borger(sag)
    tidslinje = selectors.sag_tidslinje_borger(aktoer=aktoer, sag=sag)
    context = {
        "sag": sag,
        "tidslinje": tidslinje,
        "anmodning": selectors.anmodning_for(sag=sag, beskeder=beskeder, tidslinje=tidslinje),
        "forventet_afgoerelse": selectors.forventet_afgoerelse(sag),
        "sagsbehandlingsfrist": selectors.sagsbehandlingsfrist(sag),
        "beskeder": beskeder,
        "nye": ulaeste,
        "dokumenter": selectors.dokument_list(aktoer=aktoer, sag=sag),
        "udbetalinger": list(selectors.udbetaling_list(aktoer=aktoer, borger=aktoer.borger, sag=sag)[:12]),
        "afgoerelse": afgoerelser.gaeldende,
        "afgoerelser_andre": afgoerelser.andre,
        "har_bevilling": selectors.har_bevilling(sag),
        "indberetninger": selectors.indberetning_list(aktoer=aktoer, sag=sag) if sag.ydelse == "kontanthjaelp" else [],
        "besked_form": besked_form,
        "dokument_form": dokument_form,
        "kontakt": selectors.sag_kontakt(sag),
    }
    fejl = besked_form.errors or dokument_form.errors
    return render(request, "min_side/sag.html", context, status=400 if fejl else 200)


@privat
@login_required
def udbetaling_detalje(request, uuid):
    """The payment specification of one month: date, status, amount and why."""
    aktoer = _aktoer(request)
    try:
        udbetaling = selectors.udbetaling_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:
        raise Http404 from exc
    linjer = udbetaling.begrundelse or (udbetaling.beregning.linjer if udbetaling.beregning else [])
    return render(request, "min_side/udbetaling.html", {"u": udbetaling, "linjer": linjer})


class KontaktvalgForm(DkfdsForm):
    via_email = forms.BooleanField(label=_("By e-mail"), required=False)
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        error_messages={"invalid": _("Write an e-mail address like navn@example.dk.")},
    )
    via_sms = forms.BooleanField(label=_("By text message (SMS)"), required=False)
    mobil = forms.CharField(
        label=_("Mobile number"),
        required=False,
        max_length=16,
        help_text=_("8 digits, for example 20 30 40 50."),
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel-national"}),
    )


@privat
@login_required
def kontaktvalg(request):
    """How the citizen wants to be told that something has come."""
    aktoer = _aktoer(request)
    valg = selectors.kontaktvalg_get(aktoer=aktoer, borger=aktoer.borger)
    initial = {"via_email": valg.via_email, "email": valg.email, "via_sms": valg.via_sms, "mobil": valg.mobil}
    form = KontaktvalgForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.kontaktvalg_set(
                aktoer=aktoer, borger=aktoer.borger, **form.cleaned_data, sprog=request.LANGUAGE_CODE
            )
        except DomaeneValideringsfejl as exc:
            form.add_error(exc.felt if exc.felt in form.fields else None, exc.message)
        else:
            messages.success(request, _("Your choices have been saved."))
            return redirect("min_side:kontaktvalg")
    return render(request, "min_side/kontaktvalg.html", {"form": form}, status=400 if form.errors else 200)


@privat
@login_required
def dokument_hent(request, uuid):
    aktoer = _aktoer(request)
    try:
        dokument = selectors.dokument_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied) as exc:
        raise Http404 from exc
    fil = storages["dokumenter"].open(dokument.lagernoegle, "rb")
    return FileResponse(fil, content_type=dokument.mimetype, as_attachment=False, filename=dokument.filnavn)


@privat
@require_POST
@login_required
def sag_dokument_upload(request, uuid):
    aktoer = _aktoer(request)
    sag = _sag_or_404(aktoer, uuid)
    form = DokumentForm(request.POST, request.FILES)
    if form.is_valid():
        fil = form.cleaned_data["fil"]
        try:
            services.dokument_add(
                aktoer=aktoer,
                borger=aktoer.borger,
                fil=fil,
                filnavn=fil.name,
                kategori=form.cleaned_data["kategori"],
                sag=sag,
            )
        except DomaeneValideringsfejl as exc:
            form.add_error("kategori" if exc.felt == "kategori" else "fil", exc.message)
        else:
            messages.success(request, _("The document has been added to your case."))
            return redirect(reverse("min_side:sag", args=[sag.uuid]) + "#dokumenter-heading")
    return _sag_side(request, aktoer, sag, dokument_form=form)
