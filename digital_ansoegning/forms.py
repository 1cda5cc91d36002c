"""Forms built from the flow definitions: shape validation only.

``form_for(spoergsmaal, initial_svar)`` returns a bound-able form whose
fields follow the question types; ``cleaned_to_svar`` turns cleaned data
into the JSON answers stored in the draft.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from backend_core.forms import DkfdsForm, KroneField

from .flows.base import DATO, HELTAL, JA_NEJ, TAL, TEKST, TIMER, VALG, Spoergsmaal

JA_NEJ_VALG = (("ja", _("Yes")), ("nej", _("No")))

STANDARD_MANGLER = {
    JA_NEJ: _("Choose yes or no."),
    VALG: _("Choose one of the options."),
    TAL: _("Write an amount in kroner. Write 0 if you have none."),
    HELTAL: _("Write a whole number."),
    TIMER: _("Write the number of hours."),
    DATO: _("Write a date, for example 24-12-1990."),
    TEKST: _("Fill in this field."),
}

_DATO = re.compile(r"^\s*(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


class DatoField(forms.CharField):
    """A date written as day-month-year ("24-12-1990", "24.12.1990") or ISO.
    One text field rather than a date picker, which DKFDS advises against."""

    default_error_messages = {
        "invalid": _("Write the date as day-month-year, for example 24-12-1990."),
        "future": _("The date cannot be in the future."),
        "far_future": _("The date can be at most a year from today."),
    }

    def __init__(self, *, tillad_fremtid: bool = False, **kwargs):
        self.tillad_fremtid = tillad_fremtid
        attrs = {"inputmode": "numeric", "autocomplete": "off", "maxlength": "10"}
        kwargs.setdefault("widget", forms.TextInput(attrs=attrs))
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        m = _DATO.match(value)
        try:
            if m:
                d = date(int(m[3]), int(m[2]), int(m[1]))
            elif m := _ISO.match(value):
                d = date(int(m[1]), int(m[2]), int(m[3]))
            else:
                raise ValueError(value)
        except ValueError as exc:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc
        if d > date.today() and not self.tillad_fremtid:
            raise forms.ValidationError(self.error_messages["future"], code="future")
        if d > date.today() + timedelta(days=366):
            raise forms.ValidationError(self.error_messages["far_future"], code="far_future")
        if d.year < 1900:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return d


class TimerField(forms.DecimalField):
    """Hours with a decimal comma or point ("12,5", "12.5"); a thousands
    separator is never meant here, so both marks are the decimal mark."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(" ", "")
            if value.count(",") + value.count(".") > 1:
                raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
            value = value.replace(",", ".")
        return super().to_python(value)


def _field(s: Spoergsmaal) -> forms.Field:
    errors = {"required": s.fejl_mangler or STANDARD_MANGLER[s.type]}
    common = {"label": s.label, "required": s.required, "help_text": s.hjaelp}
    if s.type == JA_NEJ:
        return forms.ChoiceField(choices=JA_NEJ_VALG, widget=forms.RadioSelect, error_messages=errors, **common)
    if s.type == VALG:
        errors["invalid_choice"] = _("Choose one of the options.")
        return forms.ChoiceField(choices=s.valg, widget=forms.RadioSelect, error_messages=errors, **common)
    if s.type == TAL:
        field = KroneField(error_messages=errors, **common)
        if s.max is not None:
            field.validators.append(_max_beloeb(s.max))
        return field
    if s.type == HELTAL:
        errors["invalid"] = _("Write a whole number, for example 3.")
        errors["min_value"] = _("The number must be %(limit_value)s or more.")
        errors["max_value"] = _("The number must be %(limit_value)s or less.")
        return forms.IntegerField(
            min_value=s.min,
            max_value=s.max,
            error_messages=errors,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            **common,
        )
    if s.type == TIMER:
        # Hours are often half hours: "12,5" (Danish) and "12.5" are both read.
        errors["invalid"] = _("Write the hours as a number, for example 37 or 12,5.")
        errors["min_value"] = _("The number must be %(limit_value)s or more.")
        errors["max_value"] = _("The number must be %(limit_value)s or less.")
        errors["max_decimal_places"] = _("Write at most two decimals.")
        errors["max_digits"] = _("Write the hours as a number, for example 37 or 12,5.")
        return TimerField(
            min_value=s.min,
            max_value=s.max,
            max_digits=6,
            decimal_places=2,
            error_messages=errors,
            widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            **common,
        )
    if s.type == DATO:
        return DatoField(error_messages=errors, tillad_fremtid=s.tillad_fremtid, **common)
    widget = forms.Textarea(attrs={"rows": 4}) if s.lang else forms.TextInput
    errors["max_length"] = _("Write at most %(limit_value)d characters (you wrote %(show_value)d).")
    return forms.CharField(max_length=2000 if s.lang else 200, widget=widget, error_messages=errors, **common)


def _max_beloeb(maks: int):
    def check(value):
        if value is not None and value > maks:
            raise forms.ValidationError(
                _("The amount must be %(max)s kroner or less."), code="max", params={"max": maks}
            )

    return check


def svar_to_initial(s: Spoergsmaal, value):
    if value is None:
        return None
    if s.type == JA_NEJ:
        return "ja" if value else "nej"
    if s.type == DATO:
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except (TypeError, ValueError):
            return value
    if s.type in (TAL, TIMER):
        return str(value).replace(".", ",")
    return value


def to_svar(s: Spoergsmaal, value):
    """A cleaned value as it is stored in the draft (JSON)."""
    if value in (None, ""):
        return None
    if s.type == JA_NEJ:
        return value == "ja"
    if s.type == DATO:
        return value.isoformat()
    if s.type == TAL:
        return str(Decimal(value).quantize(Decimal("0.01")))
    if s.type == TIMER:
        return f"{Decimal(value).quantize(Decimal('0.01')).normalize():f}"
    return value


def form_for(spoergsmaal: list[Spoergsmaal], svar: dict, *, data=None) -> forms.Form:
    fields = {s.key: _field(s) for s in spoergsmaal}
    cls = type("TrinForm", (DkfdsForm,), fields)
    initial = {s.key: svar_to_initial(s, svar.get(s.key)) for s in spoergsmaal}
    form = cls(data=data, initial=initial)
    form.spoergsmaal = {s.key: s for s in spoergsmaal}
    return form


def gyldige_svar(form: forms.Form) -> dict:
    """The answers from the fields that validated, even when others did not,
    so nothing correctly typed is lost."""
    result = {}
    cleaned = getattr(form, "cleaned_data", {})
    for key, s in form.spoergsmaal.items():
        if key in cleaned and key not in form.errors:
            result[key] = to_svar(s, cleaned[key])
    return result


# --- attachments ------------------------------------------------------------

MAKS_STOERRELSE = 10 * 1024 * 1024
FOR_STOR = _("The file is larger than 10 MB. Choose a smaller file or take the photo again.")

_SIGNATURER = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


def _sniff(head: bytes) -> str | None:
    for signatur, mimetype in _SIGNATURER:
        if head.startswith(signatur):
            return mimetype
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heif", b"hevc"):
        return "image/heic"
    return None


class DokumentForm(DkfdsForm):
    kategori = forms.ChoiceField(
        label=_("What is the document?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what the document is."),
            "invalid_choice": _("Choose what the document is."),
        },
    )
    fil = forms.FileField(
        label=_("Choose a file or take a photo"),
        help_text=_("A PDF or a photo (JPEG, PNG or HEIC), at most 10 MB."),
        error_messages={
            "required": _("Choose a file to upload."),
            "empty": _("The file is empty. Choose another file."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png,image/heic,image/*"}),
    )

    def __init__(self, *args, kategorier, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kategori"].choices = kategorier
        # The browser checks the size before sending (fejl.js), so a citizen on mobile
        # data hears at once instead of after uploading 30 MB; the server checks again.
        self.fields["fil"].widget.attrs.update(
            {"data-maks-bytes": str(MAKS_STOERRELSE), "data-for-stor": str(FOR_STOR)}
        )

    def clean_fil(self):
        """A quick check of the size and the first bytes, so the citizen hears
        at once; ``dokument_add`` checks again before storing."""
        fil = self.cleaned_data["fil"]
        if fil.size > MAKS_STOERRELSE:
            raise forms.ValidationError(FOR_STOR, code="too_big")
        head = fil.read(16)
        fil.seek(0)
        if _sniff(head) is None:
            raise forms.ValidationError(
                _("The file is not a PDF or a photo. Choose a PDF, JPEG, PNG or HEIC file."),
                code="type",
            )
        return fil
