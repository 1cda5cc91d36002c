"""The admin sidebar is cached per user and language; a change to what the
user may do shows on the next page."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from backend_core.constants import Rolle
from backend_core.tests.factories import KommuneFactory
from portal.tests.test_backoffice import staff_login

pytestmark = pytest.mark.django_db


def _sidebar(client, path="/admin/sager/") -> str:
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('id="wagtail-sidebar-props"', 1)[1].split("</script>", 1)[0]


def _menu(sidebar: str) -> list[str]:
    data = json.loads(sidebar.split(">", 1)[1])
    texts = json.dumps(data)
    return [label for label in ("Ledelsesinformation", "Sager") if f'"{label}"' in texts]


def test_the_second_page_takes_the_sidebar_from_the_cache(client):
    staff_login(client, KommuneFactory(), Rolle.KOORDINATOR)
    first = _sidebar(client)
    with CaptureQueriesContext(connection) as queries:
        second = _sidebar(client, "/admin/ledelsesinformation/")
    assert first == second and _menu(first) == ["Ledelsesinformation", "Sager"]
    assert not [q for q in queries.captured_queries if "wagtailcore_grouppagepermission" in q["sql"]]


def test_a_changed_role_shows_at_once(client):
    medarbejder = staff_login(client, KommuneFactory(), Rolle.KOORDINATOR)
    assert "Ledelsesinformation" in _menu(_sidebar(client))
    medarbejder.rolle = Rolle.SAGSBEHANDLER
    medarbejder.save()
    assert _menu(_sidebar(client)) == ["Sager"]


def test_a_changed_name_and_a_removed_permission_show_at_once(client):
    medarbejder = staff_login(client, KommuneFactory(), Rolle.KOORDINATOR)
    assert '"name": "Ullabella"' not in _sidebar(client)
    user = medarbejder.user
    user.first_name = "Ullabella"
    user.save()
    assert '"name": "Ullabella"' in _sidebar(client)
    from django.contrib.auth.models import Permission

    user.user_permissions.remove(Permission.objects.get(codename="access_admin"))
    assert client.get("/admin/sager/").status_code in (302, 403)


def test_each_user_and_language_has_its_own_sidebar(client):
    from django.test import Client

    kommune = KommuneFactory()
    staff_login(client, kommune, Rolle.KOORDINATOR)
    anden = Client()
    staff_login(anden, kommune, Rolle.SAGSBEHANDLER)
    assert "Ledelsesinformation" in _menu(_sidebar(client))
    assert _menu(_sidebar(anden)) == ["Sager"]
    anden.cookies["django_language"] = "en"
    assert '"Cases"' in _sidebar(anden)
