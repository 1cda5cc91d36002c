"""Form widgets and fields of the staff screens."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from backend_core.forms import KroneField


class DatoInput(forms.DateInput):
    """A browser date picker; its value is ISO so the browser shows a prefilled date."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def beloeb_som_tekst(vaerdi, sprog: str | None = None) -> str:
    """An amount as a person writes it, without the currency: "1.690,00" in
    Danish, "1,690.00" in English."""
    sprog = (sprog or get_language() or "da")[:2]
    tal = Decimal(vaerdi).quantize(Decimal("0.01"))
    fortegn = "-" if tal < 0 else ""
    heltal, decimaler = f"{abs(tal):.2f}".split(".")
    tusind, decimal = (",", ".") if sprog == "en" else (".", ",")
    grupper = []
    while len(heltal) > 3:
        grupper.insert(0, heltal[-3:])
        heltal = heltal[:-3]
    grupper.insert(0, heltal)
    return f"{fortegn}{tusind.join(grupper)}{decimal}{decimaler}"


class BeloebInput(forms.TextInput):
    """A text input that shows a prefilled amount the way the staff
    member's language writes it, not as Python's "1690.00"."""

    def __init__(self, attrs=None):
        super().__init__(attrs={"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            try:
                return beloeb_som_tekst(value)
            except (InvalidOperation, ValueError):
                pass
        return super().format_value(value)


_STOEJ = re.compile(r"(?i)(kr\.?|dkk|\s)")
_KUN_TAL = re.compile(r"-?[\d.,]+")
_ENTYDIGE = (
    re.compile(r"-?\d+([.,]\d{1,2})?"),  # 1690 · 1690,00 · 1690.00
    re.compile(r"-?\d{1,3}(\.\d{3})+(,\d{1,2})?"),  # 1.690 · 1.690,00
    re.compile(r"-?\d{1,3}(,\d{3})+(\.\d{1,2})?"),  # 1,690 · 1,690.00
)


def tvetydigt_beloeb(tekst: str) -> bool:
    """Digits and separators that follow none of the ways amounts are written."""
    v = _STOEJ.sub("", tekst or "")
    return bool(v) and bool(_KUN_TAL.fullmatch(v)) and not any(m.fullmatch(v) for m in _ENTYDIGE)


class BeloebField(KroneField):
    """An amount in kroner as staff write it, in Danish or English
    ("1.690,00", "1690,00", "1690.00", "1,690.00"). Input with digits and
    separators that can be read more than one way ("1.690.00", "1,69,0")
    gets its own message rather than a guess."""

    widget = BeloebInput
    default_error_messages = {
        "tvetydig": _(
            "“%(tekst)s” can be read in more than one way. Write the amount with a comma or a "
            "point before the øre only, for example 1.690,00 or 1690.00."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", BeloebInput())
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str) and tvetydigt_beloeb(value):
            raise forms.ValidationError(
                self.error_messages["tvetydig"], code="tvetydig", params={"tekst": value.strip()[:30]}
            )
        return super().to_python(value)
