"""Back-office views. Thin: each turns the request into an ``Aktoer`` and
calls a ``backend_core`` selector or service, which scope to the staff
member's municipality, check the role and write the audit log. Who may open
which view is the permission policy's (``policies.py``), not the templates'."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.files.storage import storages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import IndexView

from backend_core import selectors, services
from backend_core.constants import BeskedAfsender, Udfald
from backend_core.models import Sag
from digital_ansoegning.opsummering import ansoegning_opsummering

from .filters import SagKoeFilterSet
from .policies import aktoer_for_request, sag_policy
from .templatetags.backoffice import status_for_medarbejder
from .widgets import BeloebField, DatoInput

SOEG_SESSION = "backoffice_koe_soeg"
KLADDE_SESSION = "backoffice_afgoerelse_{uuid}"


def _sag_or_404(aktoer, uuid):
    try:
        return selectors.sag_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied, services.AdgangNaegtet) as exc:
        raise Http404 from exc


def _kraev(request, handling: str):
    """The policy's check for ``handling``; refuses with 403."""
    if not sag_policy.user_has_permission(request.user, handling):
        raise PermissionDenied
    return aktoer_for_request(request)


# --- The queue -------------------------------------------------------------


class KoeView(IndexView):
    """The municipality's cases as a Wagtail listing: filters (django-filter),
    sorting, pagination, no cut-off. Searching by reference or name is a POST
    (``soeg``) kept in the session, so a search term never lands in a URL."""

    model = Sag
    permission_policy = sag_policy
    permission_required = "view"
    any_permission_required = None
    # One page for both: the queue has no results-only refresh (its results URL is the page).
    template_name = "backoffice/koe.html"
    results_template_name = "backoffice/koe.html"
    index_url_name = "backoffice:koe"
    index_results_url_name = "backoffice:koe"
    page_title = _("Cases")
    header_icon = "folder-open-inverse"
    paginate_by = 25
    default_ordering = "oprettet"
    filterset_class = SagKoeFilterSet
    is_searchable = False
    columns = []

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.aktoer = None

    def dispatch(self, request, *args, **kwargs):
        if not sag_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        self.aktoer = aktoer_for_request(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        return {
            **super().get_filterset_kwargs(),
            "aktoer": self.aktoer,
            "kolleger": list(selectors.medarbejder_list(aktoer=self.aktoer)),
        }

    def get_valid_orderings(self):
        return list(selectors.sagsbehandling.ORDNINGER)

    # The export (``?export=csv`` / ``?export=xlsx``, Wagtail's spreadsheet
    # export): the queue as filtered, sorted and searched, every row, no CPR
    # number, one audit entry.
    list_export = [
        "reference",
        "ydelse",
        "borger",
        "status",
        "sagsbehandler",
        "ny_aktivitet",
        "borger_frist",
        "oprettet",
        "dage",
    ]
    export_headings = {
        "reference": _("Reference"),
        "ydelse": _("Benefit"),
        "borger": _("Citizen"),
        "status": _("Status"),
        "sagsbehandler": _("Caseworker"),
        "ny_aktivitet": _("New from the citizen"),
        "borger_frist": _("Citizen's deadline"),
        "oprettet": _("Received"),
        "dage": _("Days since received"),
    }
    export_filename = "sager"
    # A name starting with = + - or @ would be a formula in a spreadsheet opened from the CSV.
    custom_field_preprocess = {
        "borger": {"csv": lambda v: f"'{v}" if str(v)[:1] in "=+-@" else v},
    }

    def get_base_queryset(self):
        eksport = None
        if self.is_export:
            eksport = {
                "format": self.request.GET.get("export"),
                "filtre": {k: self.request.GET.get(k, "") for k in selectors.sagsbehandling.KOE_FILTRE},
            }
        return selectors.sag_koe(aktoer=self.aktoer, soeg=self.request.session.get(SOEG_SESSION, ""), eksport=eksport)

    def get_filename(self):
        return f"sager-{timezone.localdate().isoformat()}"

    def to_row_dict(self, item):
        """One case as the queue shows it, in words (never its CPR number)."""
        behandler = item.sagsbehandler
        return {
            "reference": item.reference,
            "ydelse": str(item.get_ydelse_display()),
            "borger": item.borger.navn,
            "status": str(status_for_medarbejder(item)),
            "sagsbehandler": (behandler.get_full_name() or behandler.get_username()) if behandler else "",
            "ny_aktivitet": str(item.get_ny_aktivitet_display()) if item.ny_aktivitet else "",
            "borger_frist": item.borger_frist,
            "oprettet": timezone.localtime(item.oprettet).date(),
            "dage": max((timezone.now() - item.oprettet).days, 0),
        }

    def stream_csv(self, queryset):
        # Semicolons and a byte order mark, as the management information's CSV,
        # so a Danish spreadsheet opens it in columns with æ, ø and å intact.
        import csv

        from wagtail.admin.views.mixins import Echo

        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=";")
        yield "\ufeff".encode() + writer.writerow({f: self.get_heading(queryset, f) for f in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering or "oprettet", "id")

    def get_table(self, object_list):
        return None

    def get_context_data(self, *args, **kwargs):
        # BaseListingView's context builds a Wagtail Table of every row; this
        # listing renders its own light table (the queue's largest cost was
        # template rendering), so only the parts it uses are made.
        queryset = self.object_list
        if self.is_export:
            return {"view": self, "object_list": queryset}
        page_size = self.get_paginate_by(queryset)
        paginator, page, object_list, _is_paginated = self.paginate_queryset(queryset, page_size)
        query = self.request.GET.copy()
        query.pop("p", None)
        uden_ordning = query.copy()
        uden_ordning.pop("ordering", None)
        kan_fordele = sag_policy.user_has_permission(self.request.user, "assign")
        return {
            "view": self,
            "page_title": self.get_page_title(),
            "header_icon": self.header_icon,
            "breadcrumbs_items": [],
            "object_list": object_list,
            "page_obj": page,
            "paginator": paginator,
            "items_count": paginator.count,
            "filters": self.filters,
            "ordering": self.ordering,
            "query": query.urlencode(),
            "query_uden_ordning": uden_ordning.urlencode(),
            "soeg": self.request.session.get(SOEG_SESSION, ""),
            "soeg_form": SoegForm(initial={"soeg": self.request.session.get(SOEG_SESSION, "")}),
            "kan_fordele": kan_fordele,
            "kolleger": selectors.medarbejder_list(aktoer=self.aktoer) if kan_fordele else [],
            "kolonner": _kolonner(),
            "idag": timezone.localdate(),
            "eksport_csv": self.csv_export_url,
            "eksport_xlsx": self.xlsx_export_url,
        }


def _kolonner():
    return [
        ("reference", _("Reference")),
        ("ydelse", _("Benefit")),
        (None, _("Citizen")),
        ("status", _("Status")),
        (None, _("Caseworker")),
        ("ny_aktivitet_tid", _("New from the citizen")),
        ("borger_frist", _("Citizen's deadline")),
        ("oprettet", _("Received")),
    ]


class SoegForm(forms.Form):
    soeg = forms.CharField(label=_("Search by case reference or name"), required=False, max_length=100)


def soeg(request):
    """Keep the queue's search term in the session (never in the URL)."""
    _kraev(request, "view")
    if request.method != "POST":
        return redirect("backoffice:koe")
    form = SoegForm(request.POST)
    tekst = form.data.get("soeg", "") if "ryd" not in request.POST else ""
    try:
        request.session[SOEG_SESSION] = selectors.soegning_valider(tekst)
    except services.DomaeneValideringsfejl as exc:
        request.session.pop(SOEG_SESSION, None)
        messages.error(request, exc.message)
    return redirect(reverse("backoffice:koe"))


class FordelForm(forms.Form):
    sager = forms.TypedMultipleChoiceField(
        coerce=str, required=True, error_messages={"required": _("Choose at least one case.")}
    )
    sagsbehandler = forms.TypedChoiceField(label=_("Assign to"), coerce=str, required=False)

    def __init__(self, *args, kolleger=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.kolleger = {str(m.user_id): m.user for m in kolleger}
        self.fields["sagsbehandler"].choices = [
            ("", _("Nobody (unassigned)")),
            *[(k, u.get_full_name() or u.get_username()) for k, u in self.kolleger.items()],
        ]

    def clean_sager(self):
        import uuid

        try:
            return [uuid.UUID(v) for v in self.cleaned_data["sager"]]
        except ValueError as exc:
            raise forms.ValidationError(_("Choose at least one case.")) from exc


def fordel(request):
    """A team lead assigns the chosen cases (one or many) to a colleague."""
    aktoer = _kraev(request, "assign")
    if request.method != "POST":
        return redirect("backoffice:koe")
    kolleger = list(selectors.medarbejder_list(aktoer=aktoer))
    form = FordelForm(request.POST, kolleger=kolleger)
    form.fields["sager"].choices = [(v, v) for v in request.POST.getlist("sager")]
    tilbage = request.POST.get("tilbage") or reverse("backoffice:koe")
    if not tilbage.startswith("/admin/"):
        tilbage = reverse("backoffice:koe")
    if not form.is_valid():
        for fejl in form.errors.values():
            messages.error(request, fejl[0])
        return redirect(tilbage)
    try:
        sager = selectors.sager_til_fordeling(aktoer=aktoer, uuids=form.cleaned_data["sager"])
        modtager = form.kolleger.get(form.cleaned_data["sagsbehandler"])
        antal = services.sag_assign_bulk(aktoer=aktoer, sager=sager, sagsbehandler=modtager)
    except services.AdgangNaegtet as exc:
        raise Http404 from exc
    except services.DomaeneValideringsfejl as exc:
        messages.error(request, exc.message)
        return redirect(tilbage)
    navn = (modtager.get_full_name() or modtager.get_username()) if modtager else _("nobody")
    messages.success(request, _("%(antal)s case(s) assigned to %(navn)s.") % {"antal": antal, "navn": navn})
    return redirect(tilbage)


# --- The case --------------------------------------------------------------


class AfgoerelseForm(forms.Form):
    udfald = forms.ChoiceField(label=_("Outcome"), choices=Udfald.choices)
    virkning_fra = forms.DateField(
        label=_("Start date"), required=False, widget=DatoInput(), help_text=_("The first day the decision has effect.")
    )
    virkning_til = forms.DateField(
        label=_("End of the period"),
        required=False,
        widget=DatoInput(),
        help_text=_("Leave empty for an open-ended decision or a one-off payment."),
    )
    beloeb = BeloebField(
        label=_("Amount"),
        required=False,
        help_text=_("Per month, or the one-off amount. Prefilled from the calculation."),
    )
    beloeb_begrundelse = forms.CharField(
        label=_("Why the amount differs from the calculation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Needed only when you change the calculated amount. It goes into the letter's reasons."),
    )
    tekstblokke = forms.MultipleChoiceField(
        label=_("Letter text blocks"), required=False, widget=forms.CheckboxSelectMultiple
    )
    begrundelse = forms.CharField(
        label=_("Reasons"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("About this case: the facts you decided on and the rule."),
    )

    def __init__(self, *args, beregnet: Decimal | None = None, blokke=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.beregnet = beregnet
        self.blokke = {b.noegle: b for b in blokke}
        self.fields["tekstblokke"].choices = [(b.noegle, b.tekst[:140]) for b in blokke]
        if not blokke:
            del self.fields["tekstblokke"]

    def clean(self):
        cleaned = super().clean()
        udfald, beloeb = cleaned.get("udfald"), cleaned.get("beloeb")
        if udfald in (Udfald.BEVILGET, Udfald.DELVIST_BEVILGET) and beloeb is None:
            self.add_error("beloeb", _("Write the amount granted."))
        aendret = (
            beloeb is not None
            and self.beregnet is not None
            and beloeb != self.beregnet
            and udfald in (Udfald.BEVILGET, Udfald.DELVIST_BEVILGET)
        )
        if aendret and not cleaned.get("beloeb_begrundelse", "").strip():
            self.add_error("beloeb_begrundelse", _("Say why the amount differs from the calculation."))
        fra, til = cleaned.get("virkning_fra"), cleaned.get("virkning_til")
        if fra and til and til < fra:
            self.add_error("virkning_til", _("The end of the period cannot be before its start."))
        if til and not fra:
            self.add_error("virkning_fra", _("Enter the start date when the period has an end."))
        return cleaned

    def kladde(self) -> dict:
        """The decision as the service takes it, kept in the session until confirmed."""
        d = self.cleaned_data
        dele = [d["begrundelse"].strip()]
        if d.get("beloeb_begrundelse", "").strip():
            dele.append(d["beloeb_begrundelse"].strip())
        dele += [self.blokke[n].tekst.strip() for n in d.get("tekstblokke") or [] if n in self.blokke]
        return {
            "udfald": d["udfald"],
            "beloeb": str(d["beloeb"]) if d.get("beloeb") is not None else None,
            "begrundelse": "\n\n".join(dele),
            "virkning_fra": d["virkning_fra"].isoformat() if d.get("virkning_fra") else None,
            "virkning_til": d["virkning_til"].isoformat() if d.get("virkning_til") else None,
        }


def _kladde_args(kladde: dict) -> dict:
    return {
        "udfald": kladde["udfald"],
        "beloeb": kladde["beloeb"],
        "begrundelse": kladde["begrundelse"],
        "virkning_fra": dt.date.fromisoformat(kladde["virkning_fra"]) if kladde.get("virkning_fra") else None,
        "virkning_til": dt.date.fromisoformat(kladde["virkning_til"]) if kladde.get("virkning_til") else None,
    }


class AnmodningForm(forms.Form):
    tekst = forms.CharField(label=_("What do you need from the citizen?"), widget=forms.Textarea(attrs={"rows": 4}))
    frist = forms.DateField(
        label=_("Deadline for the citizen"),
        widget=DatoInput(),
        help_text=_("The citizen sees it on My page and is reminded when it has passed."),
    )


class BeskedForm(forms.Form):
    tekst = forms.CharField(
        label=_("Message to the citizen"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The citizen reads it on My page and is told that a message has come."),
        error_messages={"required": _("Write a message before you send it.")},
    )


class NotatForm(forms.Form):
    tekst = forms.CharField(
        label=_("Internal note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only staff see journal notes; the citizen never does."),
    )


def _felt_fejl(form, exc) -> None:
    felt = getattr(exc, "felt", None)
    form.add_error(felt if felt in form.fields else None, exc.message)


def sag(request, uuid):
    aktoer = _kraev(request, "view")
    sag = _sag_or_404(aktoer, uuid)
    muligheder = selectors.sag_muligheder(aktoer=aktoer, sag=sag)
    handling = request.POST.get("handling")
    beregning = sag.beregninger.order_by("-oprettet").first()
    blokke = selectors.afgoerelse_tekstblokke(aktoer=aktoer, sag=sag) if "afgoer" in muligheder else []
    beregnet = beregning.beloeb if beregning is not None and beregning.berettiget else None
    kladde = request.session.get(KLADDE_SESSION.format(uuid=sag.uuid))
    afgoerelse_form = AfgoerelseForm(
        request.POST if handling == "afgoer" else None,
        beregnet=beregnet,
        blokke=blokke,
        initial={
            "udfald": Udfald.BEVILGET if beregnet else Udfald.AFSLAG,
            "beloeb": beregnet,
            "virkning_fra": timezone.localdate(),
        }
        if not kladde
        else {
            "udfald": kladde["udfald"],
            "beloeb": Decimal(kladde["beloeb"]) if kladde["beloeb"] else None,
            "virkning_fra": kladde.get("virkning_fra"),
            "virkning_til": kladde.get("virkning_til"),
            "begrundelse": kladde["begrundelse"],
        },
    )
    anmodning_form = AnmodningForm(
        request.POST if handling == "anmod" else None, initial={"frist": timezone.localdate() + dt.timedelta(days=14)}
    )
    # Its own prefix: the request form has a "tekst" too, and ids must be unique on the page.
    notat_form = NotatForm(request.POST if handling == "notat" else None, prefix="notat")
    besked_form = BeskedForm(request.POST if handling == "skriv" else None, prefix="besked")
    if request.method == "POST":
        if handling not in muligheder:
            raise PermissionDenied
        try:
            if handling in ("paabegynd", "genoptag"):
                services.sag_transition(aktoer=aktoer, sag=sag, til="under_behandling")
                messages.success(request, _("You are now working on the case."))
                return redirect("backoffice:sag", uuid=sag.uuid)
            if handling == "skriv" and besked_form.is_valid():
                services.besked_send(aktoer=aktoer, sag=sag, tekst=besked_form.cleaned_data["tekst"])
                messages.success(request, _("The message has been sent to the citizen."))
                return redirect(reverse("backoffice:sag", args=[sag.uuid]) + "#beskeder")
            if handling == "tag":
                services.sag_assign(aktoer=aktoer, sag=sag, sagsbehandler=request.user)
                messages.success(request, _("The case is now yours."))
                return redirect("backoffice:sag", uuid=sag.uuid)
            if handling == "anmod" and anmodning_form.is_valid():
                services.sag_anmod_borger(
                    aktoer=aktoer,
                    sag=sag,
                    tekst=anmodning_form.cleaned_data["tekst"],
                    frist=anmodning_form.cleaned_data["frist"],
                )
                messages.success(request, _("The citizen has been asked for more information."))
                return redirect("backoffice:sag", uuid=sag.uuid)
            if handling == "notat" and notat_form.is_valid():
                services.journalnotat_create(aktoer=aktoer, sag=sag, tekst=notat_form.cleaned_data["tekst"])
                messages.success(request, _("The note is saved."))
                return redirect(reverse("backoffice:sag", args=[sag.uuid]) + "#notater")
            if handling == "afgoer" and afgoerelse_form.is_valid():
                ny = afgoerelse_form.kladde()
                services.afgoerelse_valider(sag=sag, **_kladde_args(ny))
                request.session[KLADDE_SESSION.format(uuid=sag.uuid)] = ny
                return redirect("backoffice:afgoerelse_bekraeft", uuid=sag.uuid)
        except services.UgyldigOvergang as exc:
            messages.error(request, str(getattr(exc, "message", exc)))
        except services.DomaeneValideringsfejl as exc:
            form = {"anmod": anmodning_form, "notat": notat_form, "afgoer": afgoerelse_form, "skriv": besked_form}.get(
                handling
            )
            if form is not None and form.is_bound:
                _felt_fejl(form, exc)
            else:
                messages.error(request, exc.message)
    # The messages as they stood when the page was opened: the citizen's unread ones are shown as new.
    beskeder = list(selectors.besked_list(aktoer=aktoer, sag=sag))
    if request.method == "GET" and "behandle" in muligheder:
        # A caseworker opening the case has seen what the citizen sent: the
        # citizen's messages are read (the citizen sees it on Min Side) and
        # the queue's "new from the citizen" flag goes.
        if any(b.afsender == BeskedAfsender.BORGER and b.laest is None for b in beskeder):
            services.beskeder_mark_read(aktoer=aktoer, sag=sag)
        if sag.ny_aktivitet:
            nyt = sag.get_ny_aktivitet_display()
            services.sag_ny_aktivitet_clear(sag=sag)
            sag.nyt_set = nyt
    ansoegning = getattr(sag, "ansoegning", None)
    return TemplateResponse(
        request,
        "backoffice/sag.html",
        {
            "sag": sag,
            "ansoegning": ansoegning,
            "svar": ansoegning_opsummering(ansoegning.ydelse, ansoegning.svar) if ansoegning else [],
            "registerdata": selectors.sag_registerdata(aktoer=aktoer, sag=sag),
            "beregning": beregning,
            "afgoerelse": sag.afgoerelser.order_by("-afgjort_tid").first(),
            "dokumenter": selectors.dokument_list(aktoer=aktoer, sag=sag),
            "beskeder": beskeder,
            "indberetninger": selectors.indberetning_list(aktoer=aktoer, sag=sag),
            "notater": selectors.journalnotat_list(aktoer=aktoer, sag=sag),
            "tidslinje": selectors.sag_tidslinje(aktoer=aktoer, sag=sag),
            "muligheder": muligheder,
            "afgoerelse_form": afgoerelse_form,
            "anmodning_form": anmodning_form,
            "notat_form": notat_form,
            "besked_form": besked_form,
            "idag": timezone.localdate(),
        },
    )


def afgoerelse_bekraeft(request, uuid):
    """The confirmation step: the decision as it will be sent, with the real
    letter to preview, then "send" (or back to change it)."""
    aktoer = _kraev(request, "change")
    sag = _sag_or_404(aktoer, uuid)
    noegle = KLADDE_SESSION.format(uuid=sag.uuid)
    kladde = request.session.get(noegle)
    if not kladde or "afgoer" not in selectors.sag_muligheder(aktoer=aktoer, sag=sag):
        return redirect("backoffice:sag", uuid=sag.uuid)
    if request.method == "POST":
        if "tilbage" in request.POST:
            return redirect(reverse("backoffice:sag", args=[sag.uuid]) + "#afgoer")
        try:
            services.afgoerelse_create(aktoer=aktoer, sag=sag, **_kladde_args(kladde))
        except (services.DomaeneValideringsfejl, services.UgyldigOvergang) as exc:
            messages.error(request, str(getattr(exc, "message", exc)))
            return redirect(reverse("backoffice:sag", args=[sag.uuid]) + "#afgoer")
        request.session.pop(noegle, None)
        messages.success(request, _("The decision is made and the letter is on its way."))
        return redirect("backoffice:sag", uuid=sag.uuid)
    args = _kladde_args(kladde)
    return TemplateResponse(
        request,
        "backoffice/afgoerelse_bekraeft.html",
        {
            "sag": sag,
            "kladde": args,
            "udfald_tekst": Udfald(args["udfald"]).label,
            "beloeb": Decimal(args["beloeb"]) if args["beloeb"] else None,
        },
    )


def afgoerelse_forhaandsvisning(request, uuid):
    """The decision letter of the kept draft, rendered as the real PDF."""
    aktoer = _kraev(request, "change")
    sag = _sag_or_404(aktoer, uuid)
    kladde = request.session.get(KLADDE_SESSION.format(uuid=sag.uuid))
    if not kladde:
        raise Http404
    try:
        pdf = services.afgoerelse_preview(aktoer=aktoer, sag=sag, **_kladde_args(kladde))
    except services.AdgangNaegtet as exc:
        raise Http404 from exc
    except services.DomaeneValideringsfejl:
        return redirect("backoffice:sag", uuid=sag.uuid)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="forhaandsvisning-{sag.reference}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


def dokument(request, uuid):
    aktoer = _kraev(request, "view")
    try:
        dok = selectors.dokument_get(aktoer=aktoer, uuid=uuid)
    except (ObjectDoesNotExist, PermissionDenied, services.AdgangNaegtet) as exc:
        raise Http404 from exc
    # Uploaded files are the citizen's, not ours: a PDF is downloaded, never run in the
    # back office's origin; whatever is shown inline (pictures, in the case page's preview) is sandboxed.
    response = FileResponse(
        storages["dokumenter"].open(dok.lagernoegle, "rb"),
        content_type=dok.mimetype,
        filename=dok.filnavn,
        as_attachment=dok.mimetype == "application/pdf",
    )
    response["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    response["Cache-Control"] = "private, no-store"
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response
