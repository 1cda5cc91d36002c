"""Page types, the block library, navigation, search and the two languages."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase

from backend_core.tests.factories import KommuneFactory
from cms.blocks import BodyBlock, KnapBlock
from cms.demo import KommuneSite, ensure_cms_demo, ensure_sites
from cms.models import (
    FaqPage,
    HomePage,
    KontaktPage,
    OmPage,
    PrivatlivPage,
    TilgaengelighedPage,
    VejledningPage,
    YdelsePage,
)
from cms.slugs import dansk_slug


def demo_sites(ydelser=("kontanthjaelp", "tandpleje")):
    KommuneFactory(kode="0101", navn="Københavns Kommune", slug="kobenhavn")
    KommuneFactory(kode="0751", navn="Aarhus Kommune", slug="aarhus")
    sites = ensure_sites(
        [
            KommuneSite(slug="kobenhavn", navn="Københavns Kommune", hostname="testserver", default=True),
            KommuneSite(slug="aarhus", navn="Aarhus Kommune", hostname="aarhus.testserver"),
        ],
        port=80,
    )
    ensure_cms_demo(sites, ydelser)
    return sites


class PageTreeRulesTests(WagtailPageTestCase):
    def test_the_home_page_holds_benefits_guidance_and_the_fixed_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage, {YdelsePage, VejledningPage, FaqPage, KontaktPage, TilgaengelighedPage, OmPage, PrivatlivPage}
        )

    def test_a_benefit_page_sits_only_under_a_home_page(self):
        self.assertAllowedParentPageTypes(YdelsePage, {HomePage})
        self.assertAllowedSubpageTypes(YdelsePage, {VejledningPage, FaqPage})

    def test_guidance_nests_under_home_benefit_and_guidance(self):
        self.assertAllowedParentPageTypes(VejledningPage, {HomePage, YdelsePage, VejledningPage})
        self.assertCanNotCreateAt(VejledningPage, YdelsePage)
        self.assertCanNotCreateAt(FaqPage, VejledningPage)

    def test_the_fixed_pages_are_leaves_under_the_home_page(self):
        for model in (KontaktPage, TilgaengelighedPage, OmPage, PrivatlivPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})
                self.assertAllowedSubpageTypes(model, set())


class SlugTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sites = demo_sites(ydelser=("kontanthjaelp",))

    def test_danish_letters_become_ascii_the_danish_way(self):
        assert dansk_slug("Kontanthjælp") == "kontanthjaelp"
        assert dansk_slug("Hjælp til tandpleje og øjne på Ærø") == "hjaelp-til-tandpleje-og-oejne-paa-aeroe"
        assert dansk_slug("kontanthj%C3%A6lp") == "kontanthjaelp"

    def test_a_page_saved_with_a_unicode_slug_gets_the_ascii_one(self):
        home = self.sites[0].root_page.specific
        page = VejledningPage(title="Særlig støtte", slug="særlig-støtte")
        home.add_child(instance=page)
        assert page.slug == "saerlig-stoette"
        assert page.relative_url(self.sites[0]) == "/saerlig-stoette/"

    def test_a_site_has_one_page_per_benefit(self):
        home = self.sites[0].root_page.specific
        duplicate = YdelsePage(
            title="Kontanthjælp igen", slug="kontanthjaelp-2", ydelse="kontanthjaelp", intro="x", hvem="<p>x</p>"
        )
        with pytest.raises(ValidationError) as excinfo:
            home.add_child(instance=duplicate)
        assert "ydelse" in excinfo.value.message_dict


def _stream(*children):
    return BodyBlock().to_python([{"type": t, "value": v} for t, v in children])


class BlockRulesTests(WagtailPageTestCase):
    def test_a_subheading_before_any_heading_is_refused(self):
        value = _stream(
            ("tekst", {"overskrift": "Under", "niveau": "h3", "tekst": "<p>x</p>"}),
            ("tekst", {"overskrift": "Over", "niveau": "h2", "tekst": "<p>x</p>"}),
        )
        with pytest.raises(StreamBlockValidationError) as excinfo:
            BodyBlock().clean(value)
        assert 0 in excinfo.value.block_errors and 1 not in excinfo.value.block_errors

    def test_headings_in_order_are_accepted(self):
        value = _stream(
            ("tekst", {"overskrift": "Over", "niveau": "h2", "tekst": "<p>x</p>"}),
            ("tekst", {"overskrift": "Under", "niveau": "h3", "tekst": "<p>x</p>"}),
        )
        assert len(BodyBlock().clean(value)) == 2

    def test_an_image_without_alt_text_is_refused(self):
        block = BodyBlock().child_blocks["billede"]
        with pytest.raises(ValidationError) as excinfo:
            block.clean(block.to_python({"billede": None, "alt_tekst": "", "billedtekst": ""}))
        assert "alt_tekst" in excinfo.value.block_errors

    def test_a_button_to_the_application_needs_its_benefit(self):
        block = KnapBlock()
        with pytest.raises(ValidationError) as excinfo:
            block.clean(block.to_python({"tekst": "Søg", "maal": "ansoegning", "ydelse": "", "primaer": True}))
        assert "ydelse" in excinfo.value.block_errors

    def test_every_block_renders_with_dkfds_markup(self):
        html = _stream(
            ("alert", {"variant": "warning", "overskrift": "Pas på", "tekst": "<p>x</p>"}),
            ("accordion", {"overskrift": "Spørgsmål", "punkter": [{"titel": "Hvad?", "indhold": "<p>Det.</p>"}]}),
            ("trin", {"overskrift": "Sådan", "trin": [{"titel": "Først", "tekst": "<p>x</p>"}]}),
            ("knap", {"tekst": "Søg nu", "maal": "ansoegning", "ydelse": "tandpleje", "primaer": True}),
            ("tjekliste", {"overskrift": "Det skal du bruge", "punkter": ["MitID"]}),
            ("kontakt", {"titel": "Kontakt", "brug_indstillinger": False, "telefon": "12 34 56 78"}),
        ).render_as_block()
        assert 'class="alert alert-warning' in html
        assert 'class="accordion-button"' in html and 'aria-expanded="false"' in html
        assert 'href="/ansoeg/tandpleje/"' in html and "button-primary" in html
        assert 'href="tel:12345678"' in html


class CitizenPagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sites = demo_sites()

    def test_the_home_page_lists_every_benefit_and_the_featured_guidance(self):
        html = self.client.get("/").content.decode()
        for path in ("/kontanthjaelp/", "/tandpleje/", "/kontanthjaelp/saadan-traekkes-indtaegt/"):
            assert f'href="{path}"' in html, path

    def test_no_footer_link_is_dead(self):
        html = self.client.get("/kontanthjaelp/").content.decode()
        footer = html.split("footer-links", 1)[1].split("</ul>", 1)[0]
        links = [part.split('"', 1)[0] for part in footer.split('href="')[1:]]
        assert {"/om-ydelsesportalen/", "/privatlivspolitik/", "/tilgaengelighedserklaering/", "/kontakt/"} <= set(
            links
        )
        for link in links:
            assert self.client.get(link).status_code == 200, link

    def test_a_benefit_page_is_a_start_page_into_the_application_and_the_estimator(self):
        response = self.client.get("/kontanthjaelp/")
        html = response.content.decode()
        assert response.status_code == 200
        assert 'id="start-ansoegning" href="/ansoeg/kontanthjaelp/"' in html
        assert 'href="/ansoeg/beregn/kontanthjaelp/"' in html
        assert "sidste bankdag i måneden" in html  # the site setting's payout day

    def test_breadcrumbs_and_menu_come_from_the_tree(self):
        html = self.client.get("/kontanthjaelp/hvem-kan-faa-kontanthjaelp/").content.decode()
        crumbs = html.split('class="breadcrumbs__list"', 1)[1].split("</ol>", 1)[0]
        assert 'href="/"' in crumbs and 'href="/kontanthjaelp/"' in crumbs and 'aria-current="page"' in crumbs
        menu = html.split('class="navigation-menu-mobile"', 1)[1].split("</nav>", 1)[0]
        assert 'href="/kontanthjaelp/"' in menu and 'aria-current="page"' in menu

    def test_english_readers_get_the_translation_at_the_same_address(self):
        self.client.cookies["django_language"] = "en"
        html = self.client.get("/kontanthjaelp/").content.decode()
        assert "<h1>Social assistance (kontanthjælp)</h1>" in html
        assert 'id="ikke-oversat"' not in html
        assert 'href="/tandpleje/"' in self.client.get("/").content.decode()

    def test_a_page_not_yet_translated_says_so_in_english_and_shows_the_danish(self):
        home = self.sites[0].root_page.specific
        page = VejledningPage(title="Kun på dansk", slug="kun-paa-dansk", intro="Dansk tekst.")
        home.add_child(instance=page)
        page.save_revision().publish()
        self.client.cookies["django_language"] = "en"
        html = self.client.get("/kun-paa-dansk/").content.decode()
        assert 'id="ikke-oversat"' in html and "has not been translated into English yet" in html
        assert '<div lang="da">' in html and "<h1>Kun på dansk</h1>" in html

    def test_search_finds_pages_of_the_readers_site_and_language(self):
        html = self.client.get("/soeg/", {"q": "tandlægen"}).content.decode()
        assert 'href="/tandpleje/tilskud-til-tandlaegen/"' in html
        self.client.cookies["django_language"] = "en"
        html = self.client.get("/soeg/", {"q": "dentist"}).content.decode()
        assert 'href="/tandpleje/tilskud-til-tandlaegen/"' in html and "Help with the dentist" in html
        with self.settings(ALLOWED_HOSTS=["testserver", "aarhus.testserver"]):
            aarhus = self.client.get("/soeg/", {"q": "dentist"}, HTTP_HOST="aarhus.testserver").content.decode()
        assert 'href="/tandpleje/tilskud-til-tandlaegen/"' in aarhus
        assert "Aarhus Kommune" in aarhus and "Københavns Kommune" not in aarhus

    def test_search_with_no_or_odd_input_answers_calmly(self):
        odd = ("", " ", "&&&", "x" * 5000, "'; drop table", '"tand', 'a"b', "tand*", "(x", "NOT", "a OR", "-tand")
        for q in (*odd, "NEAR(tand", "tand:", "^tand", "tand)"):
            with self.subTest(q=q[:10]):
                assert self.client.get("/soeg/", {"q": q}).status_code == 200
        # Quotes and case are not syntax to the reader: the words are still found.
        html = self.client.get("/soeg/", {"q": '"TANDLÆGEN'}).content.decode()
        assert 'href="/tandpleje/tilskud-til-tandlaegen/"' in html

    def test_every_demo_page_has_a_live_english_translation(self):
        english = Locale.objects.get(language_code="en")
        for site in Site.objects.all():
            for page in Page.objects.descendant_of(site.root_page, inclusive=True).live():
                with self.subTest(page=page.url_path):
                    translation = page.get_translation_or_none(english)
                    assert translation is not None and translation.live

    def test_the_demo_content_cites_the_law(self):
        page = YdelsePage.objects.get(
            ydelse="tandpleje", locale__language_code="da", url_path__startswith="/kobenhavn/"
        )
        assert "§ 82 a" in page.hvem
        assert json.dumps(page.body.get_prep_value()).count("10.000") >= 1
