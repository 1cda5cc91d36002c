"""Forms in Det Fælles Designsystem's markup.

``DkfdsForm`` gives every widget its DKFDS class and ties the hint and the
error message to the input (``aria-describedby``, ``aria-invalid``), using
Django 5.2's ``bound_field_class``. Render fields with
``portal/includes/field.html``.
"""

from django import forms
from django.forms.boundfield import BoundField

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
