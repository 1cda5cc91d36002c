"""Template helpers for the staff screens."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

from backend_core.constants import SagStatus

register = template.Library()

# The status labels are written for the citizen ("Waiting for you"); staff read
# the same states from the other side.
_FOR_MEDARBEJDER = {
    SagStatus.AFVENTER_BORGER: _("Waiting for the citizen"),
}


@register.filter
def status_for_medarbejder(sag) -> str:
    """The case's status as a caseworker reads it."""
    return _FOR_MEDARBEJDER.get(sag.status) or sag.get_status_display()
