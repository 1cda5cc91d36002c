"""Management information at ``/admin/ledelsesinformation/``: each figure
from ``selectors.ledelsesinformation`` as a table (the data), an SVG bar
chart drawn on the server from the same table (no script, a title and
description for screen readers, the table beside it), and exports as CSV
and XLSX (openpyxl)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from backend_core import selectors
from backend_core.constants import BorgerAktivitet, SagStatus, Ydelsestype

from .policies import sag_policy
from .widgets import DatoInput

FARVER = ("#0059b3", "#008139", "#b35900", "#6f2c91", "#5c5c5c")


@dataclass
class Figur:
    noegle: str
    titel: str
    beskrivelse: str
    kolonner: list[str]
    raekker: list[list]
    """The first column is the label; the rest are numbers (or ``None``)."""
    serier: list[int] = field(default_factory=lambda: [1])
    """Which columns the chart draws."""
    enhed: str = ""

    def svg(self) -> dict:
        """Geometry for a grouped horizontal bar chart of ``serier``."""
        maks = max([r[i] or 0 for r in self.raekker for i in self.serier] + [0])
        bar_h, gap, label_w, width = 14, 10, 190, 640
        plot_w = width - label_w - 70
        y = 10
        grupper = []
        for r in self.raekker:
            bars = []
            for n, i in enumerate(self.serier):
                v = r[i] or 0
                w = 0 if not maks else round(plot_w * v / maks, 1)
                bars.append(
                    {
                        "y": y + n * bar_h,
                        "w": w,
                        "farve": FARVER[n % len(FARVER)],
                        "vaerdi": _tal(r[i]),
                        "tx": label_w + w + 4,
                        "ty": y + n * bar_h + 11,
                    }
                )
            grupper.append({"label": str(r[0]), "ly": y + (len(self.serier) * bar_h) / 2 + 4, "bars": bars})
            y += len(self.serier) * bar_h + gap
        return {
            "hoejde": y + 10,
            "bredde": width,
            "label_w": label_w,
            "grupper": grupper,
            "legende": [{"navn": self.kolonner[i], "farve": FARVER[n % len(FARVER)]} for n, i in enumerate(self.serier)]
            if len(self.serier) > 1
            else [],
        }


def _tal(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return formats.number_format(round(v, 1), 1, use_l10n=True)
    return formats.number_format(v, use_l10n=True, force_grouping=True)


def _ydelse(y: str) -> str:
    return Ydelsestype(y).label if y in Ydelsestype.values else _("All benefits")


def figurer(data: dict) -> list[Figur]:
    ydelser = data["ydelser"]
    modtaget = Figur(
        "modtaget",
        _("Applications received per week"),
        _("Number of applications received each week of the period, per benefit."),
        [_("Week"), *[_ydelse(y) for y in ydelser], _("Total")],
        [
            [
                _("Week %(uge)s (%(dato)s)")
                % {"uge": r["uge"].isocalendar()[1], "dato": formats.date_format(r["uge"], "SHORT_DATE_FORMAT")},
                *[r["antal"].get(y, 0) for y in ydelser],
                sum(r["antal"].values()),
            ]
            for r in data["modtaget"]
        ],
        serier=[len(ydelser) + 1],
    )
    bt = data["behandlingstid"]
    behandlingstid = Figur(
        "behandlingstid",
        _("Processing time in days"),
        _("Days from received to decided, for the cases decided in the period: median and 90th percentile."),
        [_("Benefit"), _("Decided"), _("Median (days)"), _("90th percentile (days)")],
        [
            [_ydelse(y), bt[y]["antal"], bt[y]["median"], bt[y]["p90"]]
            for y in [*sorted(k for k in bt if k), ""]
            if y in bt
        ],
        serier=[2, 3],
    )
    s = data["straks"]
    straks = Figur(
        "straks",
        _("Decided instantly"),
        _("Of the cases decided in the period, how many the system decided instantly."),
        [_("Decisions"), _("Number"), _("Share (%)")],
        [
            [_("Decided instantly"), s["straks"], (100 * s["andel"]) if s["andel"] is not None else None],
            [
                _("Decided by a caseworker"),
                s["afgjort"] - s["straks"],
                (100 * (1 - s["andel"])) if s["andel"] is not None else None,
            ],
        ],
        serier=[1],
    )
    aldre = data["aldersgrupper"]
    alder_navne = {
        "0-7": _("0–7 days"),
        "8-30": _("8–30 days"),
        "31-90": _("31–90 days"),
        "90+": _("More than 90 days"),
    }
    status_navne = {
        SagStatus.MODTAGET: _("Received"),
        SagStatus.UNDER_BEHANDLING: _("Being processed"),
        SagStatus.AFVENTER_BORGER: _("Waiting for the citizen"),
    }
    efterslaeb = Figur(
        "efterslaeb",
        _("Backlog by status and age"),
        _("Open cases now, by status and by days since they were received."),
        [_("Status"), *[alder_navne[a] for a in aldre], _("Total")],
        [
            [status_navne.get(st, st), *[g.get(a, 0) for a in aldre], sum(g.values())]
            for st, g in data["efterslaeb"].items()
        ],
        serier=list(range(1, len(aldre) + 1)),
    )
    behandlere = Figur(
        "sagsbehandlere",
        _("Cases per caseworker"),
        _("Open cases assigned to each caseworker now, and the cases they decided in the period."),
        [_("Caseworker"), _("Open"), _("Decided in the period")],
        [[r["navn"] or _("Unassigned"), r["aabne"], r["afgjort"]] for r in data["pr_sagsbehandler"]],
        serier=[1, 2],
    )
    ib = data["indberetninger"]
    indberetninger = Figur(
        "indberetninger",
        _("Income reports and changes waiting"),
        _("Cases where the citizen sent an income report or a change that no caseworker has seen yet."),
        [_("Kind"), _("Cases")],
        [[BorgerAktivitet(k).label, v] for k, v in ib.items()],
        serier=[1],
    )
    return [modtaget, behandlingstid, straks, efterslaeb, behandlere, indberetninger]


class FilterForm(forms.Form):
    fra = forms.DateField(label=gettext_lazy("From"), required=False, widget=DatoInput())
    til = forms.DateField(label=gettext_lazy("To"), required=False, widget=DatoInput())
    ydelse = forms.ChoiceField(
        label=gettext_lazy("Benefit"),
        required=False,
        choices=[("", gettext_lazy("All benefits")), *Ydelsestype.choices],
    )

    def clean(self):
        cleaned = super().clean()
        fra, til = cleaned.get("fra"), cleaned.get("til")
        if fra and til and til < fra:
            self.add_error("til", _("The end of the period cannot be before its start."))
        if fra and til and (til - fra).days > 800:
            self.add_error("fra", _("Choose a period of at most two years."))
        return cleaned

    def periode(self) -> selectors.Periode:
        standard = selectors.Periode.standard()
        if not self.is_valid():
            return standard
        return selectors.Periode(
            fra=self.cleaned_data.get("fra") or standard.fra, til=self.cleaned_data.get("til") or standard.til
        )


def _med_standardperiode(query) -> dict:
    """The filter's data with the default period's dates where none is
    given, so the fields show the period the figures are for."""
    standard = selectors.Periode.standard()
    data = {k: query.get(k, "") for k in ("fra", "til", "ydelse")}
    data["fra"] = data["fra"] or standard.fra.isoformat()
    data["til"] = data["til"] or standard.til.isoformat()
    return data


def view(request):
    from django.core.exceptions import PermissionDenied

    from .policies import aktoer_for_request

    if not sag_policy.user_has_permission(request.user, "ledelsesinformation"):
        raise PermissionDenied
    aktoer = aktoer_for_request(request)
    form = FilterForm(_med_standardperiode(request.GET))
    periode = form.periode()
    ydelse = form.cleaned_data.get("ydelse", "") if form.is_valid() else ""
    data = selectors.ledelsesinformation(aktoer=aktoer, periode=periode, ydelse=ydelse)
    figs = figurer(data)
    eksport, figur = request.GET.get("eksport"), request.GET.get("figur")
    if eksport in ("csv", "xlsx"):
        valgte = [f for f in figs if not figur or f.noegle == figur]
        return _eksport(valgte, eksport, periode)
    # The exports are made with the filter the page shows (the default period included), so they agree.
    query = urlencode(
        {"fra": periode.fra.isoformat(), "til": periode.til.isoformat(), **({"ydelse": ydelse} if ydelse else {})}
    )
    return TemplateResponse(
        request,
        "backoffice/ledelsesinformation.html",
        {
            "form": form,
            "periode": periode,
            "figurer": figs,
            "query": query,
            "kommune": aktoer.medarbejder.kommune if aktoer.medarbejder else None,
        },
    )


def _celle(v):
    if isinstance(v, float):
        return round(v, 2)
    return v if isinstance(v, int | None) else str(v)


def _csv_celle(v) -> str | int:
    """A CSV cell as the reader's spreadsheet reads it: with ``;`` between
    cells (Danish Excel's list separator) a decimal comma in Danish, a
    decimal point in English."""
    if v is None:
        return ""
    if isinstance(v, float):
        tal = f"{round(v, 2):.2f}"
        return tal.replace(".", ",") if (translation.get_language() or "da").startswith("da") else tal
    return _celle(v)


def _eksport(figs: list[Figur], format_: str, periode) -> HttpResponse:
    navn = f"ledelsesinformation-{periode.fra.isoformat()}-{periode.til.isoformat()}"
    if len(figs) == 1:
        navn += f"-{figs[0].noegle}"
    if format_ == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";")
        for f in figs:
            w.writerow([str(f.titel)])
            w.writerow([str(k) for k in f.kolonner])
            for r in f.raekker:
                w.writerow([_csv_celle(v) for v in r])
            w.writerow([])
        response = HttpResponse("\ufeff" + buf.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{navn}.csv"'
        return response
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for f in figs:
        ws = wb.create_sheet(title=f.titel[:31].replace("/", "-"))
        ws.append([f.titel])
        ws["A1"].font = Font(bold=True)
        ws.append([str(k) for k in f.kolonner])
        ws["A1"].value = str(f.titel)
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for r in f.raekker:
            ws.append([_celle(v) for v in r])
        ws.column_dimensions["A"].width = 32
    out = io.BytesIO()
    wb.save(out)
    response = HttpResponse(
        out.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{navn}.xlsx"'
    return response


__all__ = ["Figur", "figurer", "view"]
