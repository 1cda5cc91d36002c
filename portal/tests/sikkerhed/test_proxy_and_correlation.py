"""The client's address comes from ``X-Forwarded-For`` only through a trusted
proxy, and a client's ``X-Correlation-ID`` reaches the audit log only when a
trusted proxy passes a well-formed one."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from backend_core.models import AuditEntry
from backend_core.tests.factories import BorgerFactory, SagFactory, UserFactory
from portal.client_ip import resolve_client_ip
from portal.middleware import well_formed_correlation_id

PROXIES = ["10.0.0.0/8", "2001:db8::/32"]


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("198.51.100.7", "", "198.51.100.7"),
        # Not from a proxy: a client's own header is ignored.
        ("198.51.100.7", "1.2.3.4", "198.51.100.7"),
        # Through the load balancer: the address it saw.
        ("10.0.0.2", "198.51.100.7", "198.51.100.7"),
        # A forged entry to the left of what the proxies appended is ignored.
        ("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9", "198.51.100.7"),
        ("10.0.0.2", "garbage, 198.51.100.7", "198.51.100.7"),
        ("10.0.0.2", "198.51.100.7:4711", "198.51.100.7"),
        ("2001:db8::1", "[2001:db8:ffff::]:443, 2a00:1450::1", "2a00:1450::1"),
        # Only proxies in the chain: the left-most of them.
        ("10.0.0.2", "10.0.0.3", "10.0.0.3"),
    ],
)
def test_the_client_address_is_read_from_trusted_proxies_only(remote, forwarded, expected):
    assert resolve_client_ip(remote, forwarded, PROXIES) == expected


def test_without_trusted_proxies_the_header_is_never_read():
    assert resolve_client_ip("10.0.0.2", "198.51.100.7", []) == "10.0.0.2"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5bd9cb469fa16570867728950e"),
        ("0F8FAD5BD9CB469FA16570867728950E", "0f8fad5bd9cb469fa16570867728950e"),
        ("abcdef0123456789", "abcdef0123456789"),
        ("short", None),
        ("<script>alert(1)</script>", None),
        ("1205881234-cpr-in-a-header", None),
        ("a" * 200, None),
        ("", None),
    ],
)
def test_only_a_uuid_or_a_short_token_is_a_well_formed_correlation_id(value, expected):
    assert well_formed_correlation_id(value) == expected


def _read_case_through(client: Client, **headers) -> AuditEntry:
    borger = BorgerFactory(user=UserFactory())
    sag = SagFactory(borger=borger)
    client.force_login(borger.user)
    response = client.get(f"/api/borger/sager/{sag.uuid}/", headers=headers)
    assert response.status_code == 200
    return AuditEntry.objects.filter(handling="sag_viewed", objekt_uuid=sag.uuid).latest("pk"), response


@pytest.mark.django_db
@override_settings(TRUSTED_PROXIES=PROXIES)
def test_through_the_proxy_the_audit_gets_the_citizens_address_and_the_proxys_correlation_id():
    trace = "0f8fad5b-d9cb-469f-a165-70867728950e"
    entry, response = _read_case_through(
        Client(REMOTE_ADDR="10.0.0.2"), x_forwarded_for="198.51.100.7", x_correlation_id=trace
    )
    assert entry.ip == "198.51.100.7"
    assert entry.correlation_id == "0f8fad5bd9cb469fa16570867728950e"
    assert response["X-Correlation-ID"] == entry.correlation_id


@pytest.mark.django_db
@override_settings(TRUSTED_PROXIES=PROXIES)
def test_a_client_cannot_choose_its_address_or_correlation_id():
    entry, response = _read_case_through(
        Client(REMOTE_ADDR="203.0.113.5"), x_forwarded_for="1.2.3.4", x_correlation_id="abcdef0123456789abcdef"
    )
    assert entry.ip == "203.0.113.5"
    assert entry.correlation_id != "abcdef0123456789abcdef" and len(entry.correlation_id) == 32
    assert response["X-Correlation-ID"] == entry.correlation_id


@pytest.mark.django_db
@override_settings(TRUSTED_PROXIES=PROXIES)
def test_a_malformed_correlation_id_from_the_proxy_is_replaced():
    entry, _ = _read_case_through(Client(REMOTE_ADDR="10.0.0.2"), x_correlation_id="x' OR 1=1 --")
    assert "'" not in entry.correlation_id and len(entry.correlation_id) == 32
