"""The income-report page: the eIndkomst figures follow the month chosen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from backend_core.registre.eindkomst.client import Maanedsindkomst
from backend_core.registre.eindkomst.fake import FakeEindkomstClient
from backend_core.tests.factories import AfgoerelseFactory, SagFactory
from min_side.indberetning import _maaneder

pytestmark = pytest.mark.django_db


@pytest.fixture
def pr_maaned(monkeypatch):
    """eIndkomst answers a different wage for each month."""

    def hent(self, cpr, maaned):
        return Maanedsindkomst(
            maaned=maaned, arbejdsindtaegt=Decimal(f"{int(maaned[5:]) * 100}.00"), timer=Decimal("7")
        )

    monkeypatch.setattr(FakeEindkomstClient, "hent_maanedsindkomst", hent)


def test_the_prefill_follows_the_chosen_month_and_names_it(logged_in, borger, pr_maaned):
    sag = SagFactory(borger=borger, afgjort=True)
    AfgoerelseFactory(sag=sag)
    maaneder = _maaneder(dt.date.today())
    url = f"/min-side/sager/{sag.uuid}/indberet/"
    html = logged_in.get(url).content.decode()
    sidste = maaneder[1]
    assert f'<option value="{sidste[0]}" selected>{sidste[1]}</option>' in html
    assert f"Vi har udfyldt indtægten for {sidste[1]}" in html
    assert f'value="{int(sidste[0][5:]) * 100},00"' in html
    aeldst = maaneder[2]
    assert f'href="?maaned={aeldst[0]}"' in html
    html = logged_in.get(url, {"maaned": aeldst[0]}).content.decode()
    assert f'<option value="{aeldst[0]}" selected>{aeldst[1]}</option>' in html
    assert f"Vi har udfyldt indtægten for {aeldst[1]}" in html
    assert f'value="{int(aeldst[0][5:]) * 100},00"' in html
    # A month not offered falls back to last month, never an error.
    assert f"Vi har udfyldt indtægten for {sidste[1]}" in logged_in.get(url, {"maaned": "1999-01"}).content.decode()
