"""Form widgets of the staff screens."""

from __future__ import annotations

from django import forms


class DatoInput(forms.DateInput):
    """A browser date picker; its value is ISO so the browser shows a prefilled date."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")
