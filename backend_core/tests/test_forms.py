from decimal import Decimal

import pytest
from django.utils import translation

from backend_core.forms import DkfdsForm, KroneField, parse_kroner


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("12.326,50", "12326.50"),
        ("12326.50", "12326.50"),
        ("12 326 kr.", "12326.00"),
        ("DKK 1,234.50", "1234.50"),
        ("12.326", "12326.00"),
        ("12326,5", "12326.50"),
        ("3,000", "3000.00"),
        ("1,234,567", "1234567.00"),
        ("0", "0.00"),
    ],
)
def test_amounts_are_read_the_way_people_write_them(written, amount):
    assert parse_kroner(written) == Decimal(amount)


@pytest.mark.parametrize("written", ["", "abc", "1.2.3", "12,", "12,345,6", "1e5", "12.3456", "3,0000"])
def test_what_is_not_an_amount_is_refused(written):
    with pytest.raises(ValueError):
        parse_kroner(written)


class BeloebForm(DkfdsForm):
    beloeb = KroneField(label="Beløb", help_text="I kroner.")


def test_a_bad_amount_gets_a_message_in_danish_and_in_english():
    with translation.override("da"):
        form = BeloebForm({"beloeb": "mange penge"})
        assert form.errors["beloeb"] == ["Skriv beløbet i kroner, for eksempel 12.500 eller 12500,50."]
    with translation.override("en"):
        form = BeloebForm({"beloeb": "mange penge"})
        assert form.errors["beloeb"] == ["Write the amount in kroner, for example 12.500 or 12500,50."]


def test_a_negative_amount_is_refused_unless_allowed():
    form = BeloebForm({"beloeb": "-5"})
    assert not form.is_valid()
    assert KroneField(allow_negative=True).clean("-5") == Decimal("-5.00")


def test_an_invalid_field_is_described_by_its_hint_and_error_for_screen_readers():
    html = str(BeloebForm({"beloeb": "x"})["beloeb"])
    assert 'class="form-input"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_beloeb-hint id_beloeb-error"' in html
