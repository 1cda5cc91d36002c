from __future__ import annotations

import pytest

from backend_core.tests.conftest import _fakes_up_and_empty  # noqa: F401 - autouse: fakes up and empty
from backend_core.tests.factories import BorgerFactory, KommuneFactory, UserFactory


@pytest.fixture
def borger():
    kommune = KommuneFactory(indstillinger={"telefon": "70 10 10 10", "aabningstider": "hverdage 9-15"})
    return BorgerFactory(user=UserFactory(first_name="Yasmin"), kommune=kommune)


@pytest.fixture
def logged_in(client, borger):
    client.force_login(borger.user)
    return client
