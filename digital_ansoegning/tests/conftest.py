from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from backend_core.models import Borger
from backend_core.registre.cpr import FakeCprClient


def _borger(cpr: str, username: str) -> Borger:
    user = get_user_model().objects.create_user(username=username, password="x")
    return Borger.objects.create(cpr=cpr, user=user)


@pytest.fixture
def borger(db):
    """Yasmin Ali in the fake CPR register: single, no children, born 1995."""
    return _borger("0809952118", "yasmin")


@pytest.fixture
def anden_borger(db):
    return _borger("1909821315", "peter")


@pytest.fixture
def logget_ind(client, borger):
    client.force_login(borger.user)
    return client


@pytest.fixture
def cpr_nede():
    FakeCprClient.down = True
    yield
    FakeCprClient.down = False


@pytest.fixture(autouse=True)
def _engelsk(settings):
    settings.LANGUAGE_CODE = "en"
