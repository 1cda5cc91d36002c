"""A communicator works on their own municipality's site only: pages,
preview, publishing (through approval), settings and help texts."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from backend_core.models import Hjaelpetekst, Kommune
from backend_core.tests.factories import MedarbejderFactory
from cms.models import KommuneIndstillinger, YdelsePage
from cms.tests.test_pages import demo_sites


class CommunicatorPermissionTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sites = demo_sites()
        cls.kbh = Kommune.objects.get(slug="kobenhavn")
        cls.aarhus = Kommune.objects.get(slug="aarhus")
        medarbejder = MedarbejderFactory(kommune=cls.kbh, kommunikator=True, user__username="kom-kbh")
        cls.user = medarbejder.user
        cls.user.groups.add(Group.objects.get(name="Kommunikatører Københavns Kommune"))
        cls.device = TOTPDevice.objects.create(user=cls.user, name="app", confirmed=True)
        cls.own = YdelsePage.objects.get(ydelse="kontanthjaelp", url_path__startswith="/kobenhavn/")
        cls.other = YdelsePage.objects.get(ydelse="kontanthjaelp", url_path__startswith="/aarhus/")

    def setUp(self):
        self.client.force_login(self.user)
        session = self.client.session
        session[DEVICE_ID_SESSION_KEY] = self.device.persistent_id
        session.save()

    def test_the_communicator_can_open_edit_and_preview_their_own_pages(self):
        assert self.client.get(f"/admin/pages/{self.own.pk}/").status_code == 200
        assert self.client.get(f"/admin/pages/{self.own.pk}/edit/").status_code == 200
        assert self.client.get(f"/admin/pages/add/cms/vejledningpage/{self.own.pk}/").status_code == 200
        perms = self.own.permissions_for_user(self.user)
        assert perms.can_edit() and not perms.can_publish()  # publishing goes through approval

    def test_the_communicator_cannot_open_edit_preview_or_publish_another_municipalitys_pages(self):
        for url in (
            f"/admin/pages/{self.other.pk}/edit/",
            f"/admin/pages/add/cms/vejledningpage/{self.other.pk}/",
            f"/admin/pages/{self.other.pk}/edit/preview/",
            f"/admin/pages/{self.other.pk}/publish/",
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                assert response.status_code in (302, 403, 404), response.status_code
                assert response.status_code != 302 or "/admin/login/" not in response["Location"]
        perms = self.other.permissions_for_user(self.user)
        assert not perms.can_edit() and not perms.can_publish()
        self.assertFalse(self.other.permissions_for_user(self.user).can_add_subpage())

    def test_a_save_to_another_municipalitys_page_changes_nothing(self):
        response = self.client.post(f"/admin/pages/{self.other.pk}/edit/", {"title": "Overtaget"})
        assert response.status_code in (302, 403)
        assert Page.objects.get(pk=self.other.pk).title == self.other.title

    def test_pages_go_live_only_after_approval(self):
        workflow = self.own.get_workflow()
        assert workflow is not None and workflow.name == "Godkendelse Københavns Kommune"
        assert [t.specific.groups.get().name for t in workflow.tasks] == ["Godkendere Københavns Kommune"]

    def test_the_communicator_edits_only_their_own_sites_settings(self):
        own_site = Site.objects.get(hostname="testserver")
        other_site = Site.objects.get(hostname="aarhus.testserver")
        url = "/admin/settings/cms/kommuneindstillinger/{}/"
        assert self.client.get(url.format(own_site.pk)).status_code == 200
        assert self.client.get(url.format(other_site.pk)).status_code in (302, 403)
        assert KommuneIndstillinger.for_site(other_site).kommune == self.aarhus

    def test_the_communicator_sees_and_edits_only_their_own_help_texts(self):
        own = Hjaelpetekst.objects.create(kommune=self.kbh, flow="tandpleje", noegle="udgift", tekst="KBH")
        other = Hjaelpetekst.objects.create(kommune=self.aarhus, flow="tandpleje", noegle="udgift", tekst="AAR")
        listing = self.client.get("/admin/snippets/backend_core/hjaelpetekst/").content.decode()
        assert f"/edit/{own.pk}/" in listing and f"/edit/{other.pk}/" not in listing
        assert self.client.get(f"/admin/snippets/backend_core/hjaelpetekst/edit/{own.pk}/").status_code == 200
        assert self.client.get(f"/admin/snippets/backend_core/hjaelpetekst/edit/{other.pk}/").status_code in (
            302,
            403,
            404,
        )
        response = self.client.post(
            f"/admin/snippets/backend_core/hjaelpetekst/edit/{other.pk}/",
            {"spoergsmaal": "tandpleje:udgift", "sprog": "da", "tekst": "Overtaget"},
        )
        assert response.status_code in (302, 403, 404)
        other.refresh_from_db()
        assert other.tekst == "AAR"

    def test_a_help_text_the_communicator_writes_belongs_to_their_municipality(self):
        response = self.client.post(
            "/admin/snippets/backend_core/hjaelpetekst/add/",
            {"spoergsmaal": "tandpleje:udgift", "sprog": "da", "tekst": "Skriv prisen."},
        )
        assert response.status_code == 302, response.content.decode()[:3000]
        tekst = Hjaelpetekst.objects.get(tekst="Skriv prisen.")
        assert (tekst.kommune, tekst.flow, tekst.noegle) == (self.kbh, "tandpleje", "udgift")
