"""Thin views over the flow definitions (``flows/``), the draft services
(``services.py``) and ``backend_core``: parse the form, call one service,
redirect or render."""

from __future__ import annotations

import uuid
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

import beregning
from backend_core import selectors
from backend_core import services as backend_services
from backend_core.aktoer import Aktoer, aktoer_for_user

from . import forms as ansoegning_forms
from . import selectors as kladde_selectors
from . import services
from .flows import FLOWS, behandlingstid_uger
from .flows.faelles import CIVILSTANDE
from .opsummering import opsummering


def _flow_or_404(ydelse):
    try:
        return FLOWS[ydelse]
    except KeyError as exc:
        raise Http404 from exc


def _aktoer(request):
    try:
        aktoer = aktoer_for_user(request.user, ip=request.META.get("REMOTE_ADDR"))
    except PermissionDenied as exc:
        raise Http404 from exc
    if aktoer.borger is None:
        raise Http404
    return aktoer


def _kladde(request, flow):
    """The citizen's open draft; none (e.g. already submitted) sends them to the start."""
    aktoer = _aktoer(request)
    kladde = kladde_selectors.kladde_aaben_get(borger=aktoer.borger, ydelse=flow.ydelse)
    return aktoer, kladde


def _uden_kladde(request, flow):
    """Where a step, the documents or the check page go without an open draft:
    the receipt of the application just sent (a reload or back after submit),
    else the start."""
    indsendt = services.kladde_senest_indsendt(borger=_aktoer(request).borger, ydelse=flow.ydelse)
    if indsendt is not None:
        return redirect("ansoegning:kvittering", ansoegning_uuid=indsendt.indsendt_ansoegning.uuid)
    return redirect("ansoegning:start", ydelse=flow.ydelse)


def _url(flow, slug):
    if slug in ("dokumenter", "tjek"):
        return reverse(f"ansoegning:{slug}", args=[flow.ydelse])
    return reverse("ansoegning:trin", args=[flow.ydelse, slug])


def _trin_titel(flow, slug):
    if slug == "dokumenter":
        return _("Documents")
    if slug == "tjek":
        return _("Check your answers")
    return flow.get_trin(slug).titel


def _trinindikator(flow, kladde, nuvaerende):
    slugs = flow.skaermbilleder(kladde.svar, kladde.prefill)
    i_nu = slugs.index(nuvaerende) if nuvaerende in slugs else 0
    trin = []
    for i, slug in enumerate(slugs):
        trin.append(
            {
                "nr": i + 1,
                "titel": _trin_titel(flow, slug),
                "url": _url(flow, slug),
                "nuvaerende": i == i_nu,
                "gennemfoert": i < i_nu,
                "deaktiveret": i > i_nu,
            }
        )
    return {"trin": trin, "nr": i_nu + 1, "antal": len(slugs)}


def _tilbage_url(flow, kladde, slug):
    forrige = flow.forrige(slug, kladde.svar, kladde.prefill)
    return _url(flow, forrige) if forrige else reverse("ansoegning:oversigt")


def _context(flow, kladde, slug, **extra):
    return {
        "flow": flow,
        "kladde": kladde,
        "udloeber": services.kladde_udloeber(kladde),
        "indikator": _trinindikator(flow, kladde, slug),
        "tilbage_url": _tilbage_url(flow, kladde, slug),
        **extra,
    }


# --- estimator ---------------------------------------------------------------


def estimat(request):
    """ "What could I get?": choose a benefit. No login."""
    flows = [f for f in FLOWS.values() if f.estimat_spoergsmaal]
    return render(request, "digital_ansoegning/estimat.html", {"flows": flows})


def estimat_ydelse(request, ydelse):
    flow = _flow_or_404(ydelse)
    if not flow.estimat_spoergsmaal:
        raise Http404
    spoergsmaal = list(flow.estimat_spoergsmaal)
    resultat = None
    if request.method == "POST":
        form = ansoegning_forms.form_for(spoergsmaal, {}, data=request.POST)
        if form.is_valid():
            svar = {s.key: ansoegning_forms.to_svar(s, form.cleaned_data[s.key]) for s in spoergsmaal}
            resultat = beregning.beregn(flow.estimat_input(svar, date.today()))
            if "fejl" in resultat:
                besked = resultat["fejl"]["besked_en" if request.LANGUAGE_CODE == "en" else "besked"]
                form.add_error(None, besked)
                resultat = None
    else:
        form = ansoegning_forms.form_for(spoergsmaal, {})
    return render(
        request,
        "digital_ansoegning/estimat_ydelse.html",
        {
            "flow": flow,
            "form": form,
            "resultat": resultat,
        },
    )


# --- the application -----------------------------------------------------------


def oversigt(request):
    kladder = {}
    if request.user.is_authenticated:
        try:
            borger = request.user.borger
        except ObjectDoesNotExist:
            borger = None
        if borger is not None:
            kladder = kladde_selectors.kladder_aabne(borger=borger)
    ydelser = [
        {"flow": f, "kladde": k, "udloeber": services.kladde_udloeber(k) if k else None}
        for f in FLOWS.values()
        for k in [kladder.get(f.ydelse)]
    ]
    return render(request, "digital_ansoegning/oversigt.html", {"ydelser": ydelser})


@login_required
def start(request, ydelse):
    """Start a new draft, or resume the open one at the step where the
    citizen left it."""
    flow = _flow_or_404(ydelse)
    aktoer = _aktoer(request)
    aaben = backend_services.aaben_sag_for(borger=aktoer.borger, ydelse=flow.ydelse)
    if aaben is not None:
        return render(request, "digital_ansoegning/aaben_sag.html", {"flow": flow, "sag": aaben})
    kladde = services.kladde_aaben(borger=aktoer.borger, ydelse=flow.ydelse)
    slugs = flow.skaermbilleder(kladde.svar, kladde.prefill)
    return redirect(_url(flow, kladde.trin if kladde.trin in slugs else slugs[0]))


@login_required
def trin(request, ydelse, trin):
    flow = _flow_or_404(ydelse)
    definition = flow.get_trin(trin)
    if definition is None:
        raise Http404
    _aktoer_, kladde = _kladde(request, flow)
    if kladde is None:
        return _uden_kladde(request, flow)
    if not definition.vises(kladde.svar, kladde.prefill):
        return redirect(_url(flow, flow.naeste(trin, kladde.svar, kladde.prefill)))
    spoergsmaal = definition.aktive_spoergsmaal(kladde.svar, kladde.prefill)
    fra_tjek = request.GET.get("tilbage") == "tjek"
    if request.method == "POST":
        form = ansoegning_forms.form_for(spoergsmaal, kladde.svar, data=request.POST)
        valid = form.is_valid()
        svar = ansoegning_forms.gyldige_svar(form)
        if valid:
            nye_svar = {**kladde.svar, **svar}
            nye = [
                s.key
                for s in definition.aktive_spoergsmaal(nye_svar, kladde.prefill)
                if s.key not in form.fields and nye_svar.get(s.key) is None
            ]
            if nye:
                # An answer on this screen calls for a follow-up question on the same
                # screen: show the screen again with it (answers kept), never skip it.
                services.kladde_gem(kladde=kladde, svar=svar)
                url = _url(flow, trin) + ("?tilbage=tjek" if fra_tjek else "")
                return redirect(f"{url}#id_{nye[0]}")
            naeste = flow.naeste(trin, nye_svar, kladde.prefill)
            if fra_tjek:
                naeste = flow.foerste_ubesvarede(nye_svar, kladde.prefill) or "tjek"
            services.kladde_gem(kladde=kladde, svar=svar, naeste_trin=naeste)
            return redirect(_url(flow, naeste))
        # Keep what was typed correctly, even on a screen with an error.
        if svar:
            services.kladde_gem(kladde=kladde, svar=svar)
    else:
        form = ansoegning_forms.form_for(spoergsmaal, kladde.svar)
    return render(
        request,
        "digital_ansoegning/trin.html",
        _context(
            flow,
            kladde,
            trin,
            trin_def=definition,
            form=form,
            fra_tjek=fra_tjek,
            **_prefill_visning(kladde.prefill),
            tilbage_url=(
                reverse("ansoegning:tjek", args=[flow.ydelse]) if fra_tjek else _tilbage_url(flow, kladde, trin)
            ),
        ),
    )


def _iso(value):
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _prefill_visning(prefill):
    return {
        "prefill_foedselsdato": _iso(prefill.get("foedselsdato")),
        "prefill_civilstand": dict(CIVILSTANDE).get(prefill.get("civilstand"), prefill.get("civilstand") or ""),
        "prefill_boern": [{**b, "foedselsdato": _iso(b.get("foedselsdato"))} for b in prefill.get("boern", [])],
    }


def _dokumenter(kladde):
    """The draft's uploads, read as the citizen (audited)."""
    aktoer = Aktoer.for_borger(kladde.borger)
    return list(selectors.dokument_list(aktoer=aktoer, uuids=kladde.dokument_uuids))


@login_required
def dokumenter(request, ydelse):
    flow = _flow_or_404(ydelse)
    aktoer, kladde = _kladde(request, flow)
    if kladde is None:
        return _uden_kladde(request, flow)
    form = ansoegning_forms.DokumentForm(kategorier=flow.kategorier)
    if request.method == "POST":
        handling = request.POST.get("handling")
        if handling == "fjern":
            services.kladde_fjern_dokument(kladde=kladde, dokument_uuid=request.POST.get("dokument", ""))
            messages.info(request, _("The document has been removed from your application."))
            return redirect("ansoegning:dokumenter", ydelse=flow.ydelse)
        # "Continue" with a file chosen adds the file first: a chosen file is never dropped.
        if handling == "upload" or request.FILES.get("fil"):
            form = ansoegning_forms.DokumentForm(request.POST, request.FILES, kategorier=flow.kategorier)
            if form.is_valid():
                try:
                    services.kladde_tilfoej_dokument(
                        kladde=kladde,
                        aktoer=aktoer,
                        fil=form.cleaned_data["fil"],
                        kategori=form.cleaned_data["kategori"],
                    )
                except ValidationError as exc:
                    form.add_error("fil", exc.messages[0] if exc.messages else str(exc))
                else:
                    messages.success(request, _("The document has been added."))
                    if handling == "upload":
                        return redirect("ansoegning:dokumenter", ydelse=flow.ydelse)
                    services.kladde_gem(kladde=kladde, svar={}, naeste_trin="tjek")
                    return redirect("ansoegning:tjek", ydelse=flow.ydelse)
        else:
            services.kladde_gem(kladde=kladde, svar={}, naeste_trin="tjek")
            return redirect("ansoegning:tjek", ydelse=flow.ydelse)
    uploadede = _dokumenter(kladde)
    kategorier = {d.kategori for d in uploadede}
    krav = [
        {"krav": k, "opfyldt": k.kategori in kategorier}
        for k in flow.noedvendige_dokumenter(kladde.svar, kladde.prefill)
    ]
    return render(
        request,
        "digital_ansoegning/dokumenter.html",
        _context(
            flow,
            kladde,
            "dokumenter",
            form=form,
            dokumenter=uploadede,
            krav=krav,
            kategori_navne=dict(flow.kategorier),
        ),
    )


def _opsummering(flow, kladde):
    sektioner = opsummering(flow, kladde.svar, kladde.prefill)
    for sektion in sektioner:
        url = _url(flow, sektion["slug"]) + "?tilbage=tjek"
        for raekke in sektion["raekker"]:
            raekke["url"] = f"{url}#id_{raekke['key']}"
    return sektioner


@login_required
def tjek(request, ydelse, fejl=None):
    flow = _flow_or_404(ydelse)
    _aktoer_, kladde = _kladde(request, flow)
    if kladde is None:
        return _uden_kladde(request, flow)
    uploadede = _dokumenter(kladde)
    kategorier = {d.kategori for d in uploadede}
    manglende_dokumenter = flow.manglende_dokumenter(kladde.svar, kladde.prefill, kategorier)
    return render(
        request,
        "digital_ansoegning/tjek.html",
        _context(
            flow,
            kladde,
            "tjek",
            sektioner=_opsummering(flow, kladde),
            dokumenter=uploadede,
            manglende_dokumenter=manglende_dokumenter,
            fejl=fejl,
            ubesvaret=flow.foerste_ubesvarede(kladde.svar, kladde.prefill),
            kategori_navne=dict(flow.kategorier),
            **_prefill_visning(kladde.prefill),
        ),
    )


@require_POST
@login_required
def indsend(request, ydelse):
    """Submit. The form carries the draft's idempotency key: a second tap
    (or a retry after a dropped connection) finds the draft already
    submitted and lands on the same receipt."""
    flow = _flow_or_404(ydelse)
    aktoer = _aktoer(request)
    kladde = kladde_selectors.kladde_for_noegle_get(
        borger=aktoer.borger, ydelse=flow.ydelse, idempotency_key=_uuid_or_none(request.POST.get("idempotency_key"))
    )
    if kladde is None:
        # A form from a draft that no longer exists: show the current answers again.
        return redirect("ansoegning:start", ydelse=flow.ydelse)
    if kladde.indsendt_ansoegning_id is None:
        ubesvaret = flow.foerste_ubesvarede(kladde.svar, kladde.prefill)
        if ubesvaret:
            messages.error(request, _("Answer all the questions before you send the application."))
            return redirect(_url(flow, ubesvaret))
        try:
            services.kladde_indsend(kladde=kladde, aktoer=aktoer)
        except ValidationError as exc:
            request.method = "GET"
            return tjek(request, ydelse, fejl=exc.messages[0] if exc.messages else str(exc))
    return redirect("ansoegning:kvittering", ansoegning_uuid=kladde.indsendt_ansoegning.uuid)


def _uuid_or_none(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


@login_required
def kvittering(request, ansoegning_uuid):
    aktoer = _aktoer(request)
    try:
        kvittering = selectors.ansoegning_kvittering_get(aktoer=aktoer, uuid=ansoegning_uuid)
    except PermissionDenied as exc:
        raise Http404 from exc
    ansoegning, sag, afgoerelse = kvittering.ansoegning, kvittering.sag, kvittering.straks_afgoerelse
    beregning = kvittering.beregning
    ikke_straks = ""
    if afgoerelse is None and beregning is not None:
        straks = (beregning.resultat or {}).get("straks_afgoerelse") or {}
        ikke_straks = straks.get("begrundelse_en") if request.LANGUAGE_CODE == "en" else straks.get("begrundelse")
        ikke_straks = ikke_straks or beregning.straks_begrundelse
    flow = FLOWS.get(ansoegning.ydelse)
    manglende = []
    if flow is not None and sag.er_aaben:
        # What the answers call for and the case does not hold yet: said here, not only on the check page.
        har = {d.kategori for d in selectors.dokument_list(aktoer=aktoer, sag=sag)}
        manglende = flow.manglende_dokumenter(ansoegning.svar, ansoegning.registerdata or {}, har)
    return render(
        request,
        "digital_ansoegning/kvittering.html",
        {
            "ansoegning": ansoegning,
            "sag": sag,
            "flow": flow,
            "manglende_dokumenter": manglende,
            "afgoerelse": afgoerelse,
            "breve": kvittering.breve,
            "beregning": beregning,
            "ikke_straks": ikke_straks,
            "behandlingstid_uger": behandlingstid_uger(sag.ydelse, sag.kommune),
        },
    )
