"""The faster ``get_FOO_display`` gives what Django's gives, in each language."""

from __future__ import annotations

import pytest
from django.db.models import Model
from django.utils import translation

from backend_core.constants import SagStatus, Ydelsestype
from backend_core.models import Afgoerelse, Besked, Dokument, Sag, Udbetaling


@pytest.mark.parametrize("model", [Sag, Udbetaling, Dokument, Besked, Afgoerelse])
def test_every_label_is_djangos_own_in_both_languages(model):
    for field in model._meta.fields:
        if not field.choices:
            continue
        for value, _label in field.flatchoices:
            obj = model(**{field.attname: value})
            for sprog in ("da", "en"):
                with translation.override(sprog):
                    assert getattr(obj, f"get_{field.name}_display")() == Model._get_FIELD_display(obj, field)


def test_the_label_follows_the_active_language_and_an_unknown_value_shows_itself():
    sag = Sag(status=SagStatus.AFVENTER_BORGER, ydelse=Ydelsestype.KONTANTHJAELP)
    with translation.override("en"):
        engelsk = sag.get_status_display()
    with translation.override("da"):
        dansk = sag.get_status_display()
    assert engelsk != dansk and dansk == str(SagStatus.AFVENTER_BORGER.label)
    assert Sag(ydelse="ukendt").get_ydelse_display() == "ukendt"
