"""Min Side lists the drafts of ``digital_ansoegning`` (a sibling it may not
import) through the source that package registers with ``backend_core``."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from backend_core.tests.factories import BorgerFactory, UserFactory
from digital_ansoegning.models import Kladde

pytestmark = pytest.mark.django_db


@pytest.fixture
def borger():
    return BorgerFactory(user=UserFactory())


@pytest.fixture
def logged_in(client, borger):
    client.force_login(borger.user)
    return client


def test_an_open_draft_is_listed_with_its_deletion_date(logged_in, borger, settings):
    settings.KLADDE_OPBEVARING_DAGE = 90
    kladde = Kladde.objects.create(borger=borger, ydelse="helbredstillaeg")
    slettes = timezone.localdate(kladde.opdateret + dt.timedelta(days=90))
    html = logged_in.get("/min-side/").content.decode()
    assert 'data-art="kladde"' in html
    assert "/ansoeg/helbredstillaeg/" in html
    assert f"Kladden slettes den {slettes.day}." in html
