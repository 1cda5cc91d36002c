"""Every URL pattern of the project is listed in ``tests/url_scoping.py`` with
how its scoping is tested, and every pattern marked ``Probe`` is opened with
another citizen's or another municipality's object and must not serve it.

The list is generated from ``get_resolver()``: a new URL without an entry
fails ``test_every_url_pattern_has_a_scoping_entry``.
"""

from __future__ import annotations

import re
import uuid

import pytest
from django.contrib.auth.models import Permission
from django.urls import URLResolver, get_resolver
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from backend_core.constants import Rolle
from backend_core.models import Brevtekst, Hjaelpetekst, Indberetning
from backend_core.tests.factories import (
    AnsoegningFactory,
    BorgerFactory,
    DokumentFactory,
    KommuneFactory,
    MedarbejderFactory,
    SagFactory,
    UdbetalingFactory,
    UserFactory,
)
from tests.url_scoping import ROUTES, Probe

OWN_PACKAGES = {"portal", "digital_ansoegning", "min_side", "cms", "backend_core"}
REFUSED = {403, 404}


def _module(callback) -> str:
    view_class = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    return (view_class or callback).__module__ or ""


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), _module(pattern.callback)


ALL_ROUTES = sorted(set(_walk(get_resolver().url_patterns)))


def entry_for(route: str):
    """The exact entry, else the longest wildcard that covers ``route``."""
    if route in ROUTES:
        return route, ROUTES[route]
    wildcards = [key for key in ROUTES if key.endswith("*") and route.startswith(key[:-1])]
    if not wildcards:
        return None, None
    key = max(wildcards, key=len)
    return key, ROUTES[key]


def test_every_url_pattern_has_a_scoping_entry():
    missing = [route for route, _ in ALL_ROUTES if entry_for(route)[0] is None]
    assert not missing, "URL patterns without an entry in tests/url_scoping.py:\n  " + "\n  ".join(missing)


def test_the_projects_own_views_are_listed_one_by_one():
    """A wildcard covers only third-party views, unless it is a probe (then
    every route under it is probed)."""
    hidden = [
        f"{route} ({module}) under {key!r}"
        for route, module in ALL_ROUTES
        for key, entry in [entry_for(route)]
        if module.split(".")[0] in OWN_PACKAGES
        and key is not None
        and key.endswith("*")
        and not isinstance(entry, Probe)
    ]
    assert not hidden, "Give these routes their own entry:\n  " + "\n  ".join(hidden)


def test_every_exact_entry_names_a_route_that_exists():
    routes = {route for route, _ in ALL_ROUTES}
    stale = [key for key in ROUTES if not key.endswith("*") and key not in routes]
    assert not stale, f"Entries for routes that no longer exist: {stale}"


# --- the probes ------------------------------------------------------------------


def _fill(route: str, *, pk=None, obj_uuid=None) -> str:
    def value(match: re.Match) -> str:
        converter, _, name = match.group(1).partition(":")
        if name == "pk" or (not name and converter == "pk"):
            return str(pk)
        if converter == "uuid":
            return str(obj_uuid or uuid.uuid4())
        if converter == "int":
            return "1"
        return "x"

    return "/" + re.sub(r"<([^>]+)>", value, route)


def _citizen(client):
    borger = BorgerFactory(user=UserFactory())
    client.force_login(borger.user)
    return borger


def _staff(client, kommune, rolle=Rolle.SAGSBEHANDLER, perms=("wagtailadmin.access_admin",)):
    medarbejder = MedarbejderFactory(kommune=kommune, rolle=rolle)
    user = medarbejder.user
    for dotted in perms:
        app_label, codename = dotted.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return medarbejder


def _refused(client, url: str, secret: str) -> None:
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code in REFUSED | {405}, f"{method.__name__.upper()} {url}: {response.status_code}"
        assert secret.encode() not in response.content, f"{url} shows another's data"


def probe_citizen_sag(client, route):
    _citizen(client)
    other = SagFactory()
    _refused(client, _fill(route, obj_uuid=other.uuid), other.reference)


def probe_citizen_dokument(client, route):
    _citizen(client)
    other = DokumentFactory(borger=BorgerFactory(), filnavn="anden-borgers-bilag.pdf")
    _refused(client, _fill(route, obj_uuid=other.uuid), other.filnavn)


def probe_citizen_ansoegning(client, route):
    _citizen(client)
    other = AnsoegningFactory()
    _refused(client, _fill(route, obj_uuid=other.uuid), other.sag.reference)


def probe_citizen_indberetning(client, route):
    _citizen(client)
    sag = SagFactory()
    other = Indberetning.objects.create(
        sag=sag, borger=sag.borger, type="indtaegt", maaned="2026-01", idempotency_key=uuid.uuid4().hex
    )
    _refused(client, _fill(route, obj_uuid=other.uuid), sag.reference)


def probe_citizen_list(client, route):
    me = _citizen(client)
    SagFactory(borger=me)
    other = SagFactory()
    response = client.get(_fill(route))
    assert response.status_code == 200
    assert other.reference.encode() not in response.content


def probe_staff_list(client, route):
    own, other_kommune = KommuneFactory(), KommuneFactory()
    _staff(client, own)
    SagFactory(kommune=own)
    other = SagFactory(kommune=other_kommune)
    response = client.get(_fill(route))
    assert response.status_code == 200
    assert other.reference.encode() not in response.content


def probe_staff_sag(client, route):
    _staff(client, KommuneFactory())
    other = SagFactory()
    _refused(client, _fill(route, obj_uuid=other.uuid), other.reference)


def probe_staff_dokument(client, route):
    _staff(client, KommuneFactory())
    other = DokumentFactory(sag=SagFactory(), filnavn="anden-kommunes-bilag.pdf")
    _refused(client, _fill(route, obj_uuid=other.uuid), other.filnavn)


KOMMUNIKATOR = (
    "wagtailadmin.access_admin",
    "backend_core.add_brevtekst",
    "backend_core.change_brevtekst",
    "backend_core.view_brevtekst",
    "backend_core.delete_brevtekst",
)


def _other_brevtekst() -> Brevtekst:
    return Brevtekst.objects.create(
        kommune=KommuneFactory(),
        brevtype="afgoerelse",
        noegle="indledning",
        sprog="da",
        tekst="ANDEN-KOMMUNES-BREVTEKST",
    )


def probe_staff_brevtekst(client, route):
    _staff(client, KommuneFactory(), Rolle.KOMMUNIKATOR, KOMMUNIKATOR)
    other = _other_brevtekst()
    _refused(client, _fill(route, pk=other.pk), other.tekst)
    other.refresh_from_db()
    assert other.tekst == "ANDEN-KOMMUNES-BREVTEKST"


def probe_staff_brevtekst_list(client, route):
    _staff(client, KommuneFactory(), Rolle.KOMMUNIKATOR, KOMMUNIKATOR)
    other = _other_brevtekst()
    response = client.get(_fill(route))
    assert response.status_code == 200
    assert other.tekst.encode() not in response.content and str(other).encode() not in response.content


def probe_citizen_udbetaling(client, route):
    _citizen(client)
    other = UdbetalingFactory(beloeb="9876.54")
    _refused(client, _fill(route, obj_uuid=other.uuid), other.sag.reference)
    assert b"9.876,54" not in client.get(_fill(route, obj_uuid=other.uuid)).content


def probe_staff_ledelsesinformation(client, route):
    """The figures are aggregates of the own municipality: another
    municipality's caseworker (and their cases) never appear."""
    _staff(client, KommuneFactory(), Rolle.KOORDINATOR)
    ude = KommuneFactory()
    fremmed = MedarbejderFactory(kommune=ude, user__first_name="Fremmedkommunesagsbehandler")
    SagFactory(kommune=ude, sagsbehandler=fremmed.user)
    response = client.get(_fill(route))
    assert response.status_code == 200
    assert b"Fremmedkommunesagsbehandler" not in response.content


KOMMUNIKATOR_HJAELP = (
    "wagtailadmin.access_admin",
    "backend_core.add_hjaelpetekst",
    "backend_core.change_hjaelpetekst",
    "backend_core.view_hjaelpetekst",
    "backend_core.delete_hjaelpetekst",
)


def probe_staff_hjaelpetekst(client, route):
    _staff(client, KommuneFactory(), Rolle.KOMMUNIKATOR, KOMMUNIKATOR_HJAELP)
    other = Hjaelpetekst.objects.create(
        kommune=KommuneFactory(), flow="tandpleje", noegle="udgift", tekst="ANDEN-KOMMUNES-HJAELPETEKST"
    )
    _refused(client, _fill(route, pk=other.pk), other.tekst)
    other.refresh_from_db()
    assert other.tekst == "ANDEN-KOMMUNES-HJAELPETEKST"


def probe_superuser_only(client, route):
    _staff(client, KommuneFactory(), Rolle.ADMINISTRATOR)
    assert client.get(_fill(route)).status_code == 404


PROBED = [(route, entry.name) for route, _ in ALL_ROUTES for _, entry in [entry_for(route)] if isinstance(entry, Probe)]


def test_every_probe_named_in_the_registry_exists():
    unknown = {name for _, name in PROBED if f"probe_{name}" not in globals()}
    assert not unknown, f"Probes named in tests/url_scoping.py but not written: {unknown}"


@pytest.mark.django_db
@pytest.mark.parametrize(("route", "probe"), PROBED, ids=[route for route, _ in PROBED])
def test_another_citizens_or_municipalitys_object_is_not_served(client, route, probe):
    globals()[f"probe_{probe}"](client, route)
