"""The menu and footer are cached per site and language, and every change to
the page tree shows on the next page."""

from __future__ import annotations

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from cms.models import VejledningPage

from .test_pages import demo_sites


def _menu(html: str) -> str:
    return html.split('class="navigation-menu-mobile"', 1)[1].split("</nav>", 1)[0]


def _footer(html: str) -> str:
    return html.split("footer-links", 1)[1].split("</ul>", 1)[0]


class NavigationCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sites = demo_sites()
        cls.home = cls.sites[0].root_page.specific

    def test_the_second_page_reads_the_menu_from_the_cache(self):
        first = self.client.get("/login/").content.decode()
        with CaptureQueriesContext(connection) as second:
            html = self.client.get("/login/").content.decode()
        assert _menu(html) == _menu(first) and 'href="/kontanthjaelp/"' in _menu(html)
        assert _footer(html) == _footer(first) and 'href="/kontakt/"' in _footer(html)
        assert not [q for q in second.captured_queries if 'FROM "wagtailcore_page"' in q["sql"]]

    def test_a_page_published_into_the_menu_shows_at_once(self):
        assert "Nyt i menuen" not in _menu(self.client.get("/login/").content.decode())
        page = VejledningPage(title="Nyt i menuen", slug="nyt-i-menuen", intro="Tekst.", show_in_menus=True)
        self.home.add_child(instance=page)
        page.save_revision().publish()
        assert "Nyt i menuen" in _menu(self.client.get("/login/").content.decode())
        page.unpublish()
        assert "Nyt i menuen" not in _menu(self.client.get("/login/").content.decode())

    def test_a_renamed_and_a_deleted_page_show_at_once(self):
        kontakt = self.home.get_children().get(slug="kontakt").specific
        assert "Kontakt" in _footer(self.client.get("/login/").content.decode())
        kontakt.title = "Skriv til os"
        kontakt.save_revision().publish()
        assert "Skriv til os" in _footer(self.client.get("/login/").content.decode())
        kontakt.delete()
        assert 'href="/kontakt/"' not in _footer(self.client.get("/login/").content.decode())

    def test_each_language_has_its_own_menu(self):
        dansk = _menu(self.client.get("/login/").content.decode())
        self.client.cookies["django_language"] = "en"
        engelsk = _menu(self.client.get("/login/").content.decode())
        assert "Forside" in dansk and "Front page" in engelsk

    def test_each_site_has_its_own_menu(self):
        kbh = self.client.get("/login/").content.decode()
        aarhus = self.client.get("/login/", HTTP_HOST="aarhus.testserver").content.decode()
        assert "Københavns Kommune" in kbh and "Aarhus Kommune" in aarhus
        aarhus_home = self.sites[1].root_page.specific
        page = VejledningPage(title="Kun i Aarhus", slug="kun-i-aarhus", intro="Tekst.", show_in_menus=True)
        aarhus_home.add_child(instance=page)
        page.save_revision().publish()
        assert "Kun i Aarhus" in _menu(self.client.get("/login/", HTTP_HOST="aarhus.testserver").content.decode())
        assert "Kun i Aarhus" not in _menu(self.client.get("/login/").content.decode())
