"""Form building blocks shared by every interface package.

They sit here, at the bottom of the web layers, so ``portal``,
``digital_ansoegning`` and ``min_side`` render and parse alike without
importing each other.

``KroneField`` reads an amount in kroner the way people write it
("12.326,50", "12326.50", "12 326 kr.") into a ``Decimal``.

``DkfdsForm`` gives every widget its DKFDS class and ties the hint and the
error message to the input (``aria-describedby``, ``aria-invalid``), using
Django 5.2's ``bound_field_class``. Render fields with
``portal/includes/field.html``.
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _

WIDGET_CLASSES = {
    forms.TextInput: "form-input",
    forms.NumberInput: "form-input",
    forms.EmailInput: "form-input",
    forms.PasswordInput: "form-input",
    forms.DateInput: "form-input",
    forms.Textarea: "form-input",
    forms.Select: "form-select",
    forms.ClearableFileInput: "form-file-input",
    forms.FileInput: "form-file-input",
}


class DkfdsBoundField(BoundField):
    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        css = WIDGET_CLASSES.get(type(widget))
        if css:
            attrs["class"] = f"{attrs.get('class', '')} {css}".strip()
        described = []
        if self.help_text:
            described.append(f"{self.auto_id}-hint")
        if self.form.is_bound and self.errors:
            described.append(f"{self.auto_id}-error")
            attrs["aria-invalid"] = "true"
        if described:
            attrs["aria-describedby"] = " ".join(described)
        return attrs


class DkfdsForm(forms.Form):
    bound_field_class = DkfdsBoundField


_AMOUNT_NOISE = re.compile(r"(?i)(kr\.?|dkk|\s)")


def parse_kroner(text: str) -> Decimal:
    """Parse an amount written the Danish or the English way.

    A comma is the decimal mark unless the text also has a later dot
    ("1,234.50"); commas or dots followed by groups of exactly three digits
    are thousands separators ("12.326", "3,000"), since øre has two digits.
    Raises ``ValueError`` for anything else.
    """
    value = _AMOUNT_NOISE.sub("", text or "")
    if not value:
        raise ValueError("empty")
    if "," in value and "." in value:
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    elif re.fullmatch(r"-?\d{1,3}(,\d{3})+", value):
        value = value.replace(",", "")  # "3,000": øre never has three digits
    elif "," in value:
        value = value.replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", value):
        value = value.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d{1,2})?", value):
        raise ValueError(text)
    try:
        return Decimal(value).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise ValueError(text) from exc


class KroneField(forms.CharField):
    default_error_messages = {
        "invalid": _("Write the amount in kroner, for example 12.500 or 12500,50."),
        "negative": _("The amount cannot be negative."),
    }

    def __init__(self, *, allow_negative: bool = False, **kwargs):
        self.allow_negative = allow_negative
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}))
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            amount = parse_kroner(value)
        except ValueError as exc:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc
        if amount < 0 and not self.allow_negative:
            raise forms.ValidationError(self.error_messages["negative"], code="negative")
        return amount
