"""One set of contact details per municipality, and search that knows Danish word forms."""

from __future__ import annotations

from django.db import connection
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase

from backend_core.constants import Brevtype
from backend_core.models import Brevbestilling, Kommune
from backend_core.services import brev_kontekst
from backend_core.tests.factories import SagFactory
from cms.models import KommuneIndstillinger
from cms.tests.test_pages import demo_sites
from tests.services import missing


class KontaktTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sites = demo_sites()

    def test_letters_and_min_side_have_the_phone_the_guidance_pages_show(self):
        kommune = Kommune.objects.get(slug="kobenhavn")
        indstillinger = KommuneIndstillinger.for_site(Site.objects.get(hostname="testserver"))
        assert indstillinger.telefon and kommune.indstillinger["telefon"] == indstillinger.telefon
        assert kommune.indstillinger["adresse"] == indstillinger.adresse
        assert indstillinger.telefon in self.client.get("/kontakt/").content.decode()

    def test_a_communicator_changing_the_phone_changes_it_in_the_next_letter_too(self):
        kommune = Kommune.objects.get(slug="kobenhavn")
        Kommune.objects.filter(pk=kommune.pk).update(indstillinger={**kommune.indstillinger, "andet": "bevares"})
        indstillinger = KommuneIndstillinger.for_site(Site.objects.get(hostname="testserver"))
        indstillinger.telefon = "12 34 56 78"
        indstillinger.save()

        kommune.refresh_from_db()
        assert kommune.indstillinger["telefon"] == "12 34 56 78"
        assert kommune.indstillinger["andet"] == "bevares"
        sag = SagFactory(kommune=kommune)
        bestilling = Brevbestilling.objects.create(sag=sag, brevtype=Brevtype.KVITTERING, sprog="da")
        assert brev_kontekst(bestilling=bestilling)["kommune"]["telefon"] == "12 34 56 78"
        assert "12 34 56 78" in self.client.get("/kontakt/").content.decode()


class DanskSoegningTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sites = demo_sites()

    def test_search_finds_another_form_of_the_word(self):
        if connection.vendor != "postgresql":
            missing("Danish stemming is PostgreSQL full-text search (SEARCH_CONFIG 'danish'): needs DATABASE_URL")
        # The guidance says "tandlægen"; a citizen types the plural.
        html = self.client.get("/soeg/", {"q": "tandlæger"}).content.decode()
        assert 'href="/tandpleje/tilskud-til-tandlaegen/"' in html


class BehandlingstidTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sites = demo_sites()

    def test_the_benefit_page_gives_the_processing_time_the_case_page_will_give(self):
        Kommune.objects.filter(slug="kobenhavn").update(sagsbehandlingsfrister={"kontanthjaelp": 3})
        html = self.client.get("/kontanthjaelp/").content.decode()
        tid = html.split('id="behandlingstid">', 1)[1].split("</p>", 1)[0]
        assert "normalt inden for 3 uger (kommunens offentliggjorte sagsbehandlingsfrist)." in tid
        kommune = Kommune.objects.get(slug="kobenhavn")
        assert kommune.sagsbehandlingsfrist("kontanthjaelp").uger == 3  # what the receipt and Min Side use
        # No published deadline for dental help: the default, not called the municipality's.
        tid = self.client.get("/tandpleje/").content.decode().split('id="behandlingstid">', 1)[1].split("</p>", 1)[0]
        assert f"normalt inden for {kommune.sagsbehandlingsfrist('tandpleje').uger} uger." in tid
        assert "offentliggjorte" not in tid
