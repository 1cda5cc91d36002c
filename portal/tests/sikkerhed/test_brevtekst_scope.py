"""Letter text blocks: a communicator reaches only their own municipality's,
through every snippet view, the chooser included; creating a block (also an
override of a standard one) never gives a 500."""

from __future__ import annotations

import pytest

from backend_core.models import Brevtekst
from backend_core.tests.factories import KommuneFactory

pytestmark = pytest.mark.django_db

BASE = "/admin/snippets/backend_core/brevtekst"
CHOOSER = "/admin/snippets/choose/backend_core/brevtekst"


@pytest.fixture
def two_blocks():
    own, other = KommuneFactory(), KommuneFactory()
    return (
        own,
        Brevtekst.objects.create(kommune=own, brevtype="afgoerelse", noegle="indledning", sprog="da", tekst="EGEN"),
        Brevtekst.objects.create(
            kommune=other, brevtype="afgoerelse", noegle="indledning", sprog="da", tekst="ANDEN-KOMMUNES-TEKST"
        ),
    )


@pytest.mark.parametrize("view", ["edit", "delete", "usage", "history", "history-results", "copy", "inspect"])
def test_every_object_view_of_another_municipalitys_block_is_not_found(client, staff_login, two_blocks, view):
    own, mine, theirs = two_blocks
    staff_login(own)
    response = client.get(f"{BASE}/{view}/{theirs.pk}/")
    assert response.status_code == 404
    assert b"ANDEN-KOMMUNES-TEKST" not in response.content


def test_the_own_block_opens_in_the_edit_view(client, staff_login, two_blocks):
    own, mine, theirs = two_blocks
    staff_login(own)
    response = client.get(f"{BASE}/edit/{mine.pk}/")
    assert response.status_code == 200
    assert b"EGEN" in response.content


def test_saving_another_municipalitys_block_by_url_changes_nothing(client, staff_login, two_blocks):
    own, mine, theirs = two_blocks
    staff_login(own)
    response = client.post(
        f"{BASE}/edit/{theirs.pk}/",
        {"brevtype": "afgoerelse", "noegle": "indledning", "sprog": "da", "tekst": "OVERTAGET"},
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.tekst == "ANDEN-KOMMUNES-TEKST"
    assert client.post(f"{BASE}/delete/{theirs.pk}/").status_code == 404
    assert Brevtekst.objects.filter(pk=theirs.pk).exists()


def test_the_listing_and_the_chooser_show_only_the_own_municipality(client, staff_login, two_blocks):
    own, mine, theirs = two_blocks
    staff_login(own)
    for url in (f"{BASE}/", f"{CHOOSER}/", f"{CHOOSER}/results/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert str(theirs) not in response.content.decode()
    assert client.get(f"{CHOOSER}/chosen/{theirs.pk}/").status_code == 404
    assert client.get(f"{CHOOSER}/chosen/{mine.pk}/").status_code == 200


@pytest.mark.parametrize("pk", ["abc", "-1", "99999999999999999999", "1%00"])
def test_the_chooser_and_the_views_answer_odd_keys_without_a_500(client, staff_login, two_blocks, pk):
    own, _, _ = two_blocks
    staff_login(own)
    for url in (f"{CHOOSER}/chosen/{pk}/", f"{BASE}/edit/{pk}/", f"{BASE}/copy/{pk}/"):
        assert client.get(url).status_code in {400, 404}, url


def test_overriding_a_standard_block_creates_the_municipalitys_own(client, staff_login):
    own = KommuneFactory()
    Brevtekst.objects.create(kommune=None, brevtype="afgoerelse", noegle="klagevejledning", sprog="da", tekst="STD")
    staff_login(own)
    response = client.post(
        f"{BASE}/add/",
        {"brevtype": "afgoerelse", "noegle": "klagevejledning", "sprog": "da", "tekst": "Vores egen klagevejledning"},
    )
    assert response.status_code == 302
    block = Brevtekst.objects.get(kommune=own, noegle="klagevejledning")
    assert block.tekst == "Vores egen klagevejledning"


def test_a_second_block_with_the_same_key_is_a_form_error_not_a_500(client, staff_login, two_blocks):
    own, mine, _ = two_blocks
    staff_login(own)
    response = client.post(
        f"{BASE}/add/", {"brevtype": mine.brevtype, "noegle": mine.noegle, "sprog": mine.sprog, "tekst": "igen"}
    )
    assert response.status_code == 200
    assert Brevtekst.objects.filter(kommune=own, noegle=mine.noegle).count() == 1
