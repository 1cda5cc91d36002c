"""Wagtail sites for the demo: one site and home page per municipality."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .models import HomePage


@dataclass(frozen=True)
class KommuneSite:
    slug: str
    navn: str
    hostname: str
    default: bool = False


@transaction.atomic
def ensure_sites(kommuner: list[KommuneSite], *, port: int = 8000) -> list[Site]:
    """Create each municipality's site and home page once; running it again
    changes nothing."""
    root = Page.get_first_root_node() or _create_root()
    sites = []
    for kommune in kommuner:
        home = HomePage.objects.filter(slug=kommune.slug).first()
        if home is None:
            home = root.add_child(instance=HomePage(title=kommune.navn, slug=kommune.slug))
        site, _ = Site.objects.get_or_create(
            hostname=kommune.hostname,
            port=port,
            defaults={"root_page": home, "site_name": kommune.navn, "is_default_site": kommune.default},
        )
        sites.append(site)
    # Wagtail's installation page is replaced by the municipalities' home pages.
    Site.objects.filter(root_page__content_type__model="page", root_page__depth=2).delete()
    Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
    return sites


def _create_root() -> Page:
    """Wagtail's tree root, as its initial migration makes it; needed again on
    a database that was emptied (a flushed test database)."""
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    return Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


# --- guidance content, groups and the approval workflow ----------------------

PAGE_PERMISSIONS_KOMMUNIKATOR = ["add_page", "change_page", "lock_page", "unlock_page"]
PAGE_PERMISSIONS_GODKENDER = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MODEL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "backend_core.add_hjaelpetekst",
    "backend_core.change_hjaelpetekst",
    "backend_core.delete_hjaelpetekst",
    "backend_core.view_hjaelpetekst",
    "simple_translation.submit_translation",
]


def _perm(label: str):
    from django.contrib.auth.models import Permission

    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _set_fields(page, data: dict) -> None:
    for name, value in data.items():
        setattr(page, name, value)


def _publish(page) -> None:
    page.save_revision().publish()


def _english(page, data: dict, locale):
    """The page's English translation, made once with Wagtail's
    copy-for-translation (as simple translation does) and then written."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    translation = translation.specific
    if not translation.live or translation.title == page.title:
        _set_fields(translation, data)
        _publish(translation)
    return translation


def _child(parent, model, slug: str, data: dict, locale_da, **extra):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=locale_da, **extra)
        _set_fields(page, data)
        parent.add_child(instance=page)
        _publish(page)
    return page


@transaction.atomic
def ensure_content(site: Site, ydelser: tuple[str, ...] | None = None) -> None:
    """The demo guidance of one site, in Danish and English (idempotent);
    ``ydelser`` limits it to those benefits (tests use it to stay fast)."""
    from . import demo_indhold as indhold
    from . import models as cms_models
    from .models import HomePage, VejledningPage, YdelsePage

    locale_da = Locale.get_default()
    locale_en, _ = Locale.objects.get_or_create(language_code="en")
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        return
    if not home.intro:
        home.intro = indhold.HJEM["da"]
        _publish(home)
    _english(home, {"title": home.title, "intro": indhold.HJEM["en"]}, locale_en)
    for ydelse, sprog in indhold.YDELSER.items():
        if ydelser is not None and ydelse not in ydelser:
            continue
        da = {k: v for k, v in sprog["da"].items()}
        page = _child(home, YdelsePage, ydelse, da, locale_da, ydelse=ydelse, show_in_menus=True)
        _english(page, sprog["en"], locale_en)
        for slug, fremhaevet, vejl_da, vejl_en in indhold.VEJLEDNING.get(ydelse, []):
            guide = _child(page, VejledningPage, slug, vejl_da, locale_da, fremhaevet=fremhaevet)
            _english(guide, vejl_en, locale_en)
    for model_name, slug, side_da, side_en in indhold.FASTE_SIDER:
        page = _child(home, getattr(cms_models, model_name), slug, side_da, locale_da)
        _english(page, side_en, locale_en)


@transaction.atomic
def ensure_settings(site: Site, kommune) -> None:
    from . import demo_indhold as indhold
    from .models import KommuneIndstillinger

    settings_ = KommuneIndstillinger.for_site(site)
    if settings_.kommune_id is None:
        settings_.kommune = kommune
        settings_.navn = kommune.navn
        _set_fields(settings_, indhold.INDSTILLINGER.get(kommune.slug, {}))
        settings_.aabningstider = "Mandag-onsdag 10-15\nTorsdag 10-17\nFredag 10-13"
        settings_.aabningstider_en = "Monday-Wednesday 10-15\nThursday 10-17\nFriday 10-13"
        settings_.udbetalingsdag = "sidste bankdag i måneden"
        settings_.udbetalingsdag_en = "the last banking day of the month"
        settings_.save()


@transaction.atomic
def ensure_groups(site: Site, kommune) -> dict:
    """Per municipality: communicators (write and submit) and approvers
    (approve and publish), with page permissions on the site's Danish and
    English trees, the site's settings, an image collection, and the
    approval workflow (write → approve → publish) on both trees."""
    from django.contrib.auth.models import Group
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        GroupSitePermission,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    home = site.root_page
    homes = list(home.get_translations(inclusive=True))
    kommunikator, _ = Group.objects.get_or_create(name=f"Kommunikatører {kommune.navn}")
    godkender, _ = Group.objects.get_or_create(name=f"Godkendere {kommune.navn}")
    for group, page_perms in ((kommunikator, PAGE_PERMISSIONS_KOMMUNIKATOR), (godkender, PAGE_PERMISSIONS_GODKENDER)):
        for label in MODEL_PERMISSIONS:
            group.permissions.add(_perm(label))
        for page in homes:
            for codename in page_perms:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=page,
                    permission=_perm(f"wagtailcore.{codename}"),
                )
        GroupSitePermission.objects.get_or_create(
            group=group,
            site=site,
            permission=_perm("cms.change_kommuneindstillinger"),
        )
    # A flushed test database has no root collection; Wagtail's migration makes it.
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root_collection.get_children().filter(name=kommune.navn).first()
    if collection is None:
        collection = root_collection.add_child(instance=Collection(name=kommune.navn))
    for group in (kommunikator, godkender):
        for codename in ("add_image", "change_image", "choose_image"):
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=_perm(f"wagtailimages.{codename}"),
            )
    workflow, _ = Workflow.objects.get_or_create(name=f"Godkendelse {kommune.navn}")
    task = GroupApprovalTask.objects.filter(name=f"Godkend ({kommune.navn})").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=f"Godkend ({kommune.navn})")
        task.groups.set([godkender])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in homes:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return {"kommunikator": kommunikator, "godkender": godkender}


def ensure_cms_demo(sites: list[Site], ydelser: tuple[str, ...] | None = None) -> None:
    """Content, settings, groups and workflow of each municipality's site;
    ``kommunikator-<kommune>`` writes, ``admin-<kommune>`` approves."""
    from backend_core.models import Kommune, Medarbejder

    for site in sites:
        kommune = Kommune.objects.filter(slug=site.root_page.slug).first()
        if kommune is None:
            continue
        ensure_content(site, ydelser)
        ensure_settings(site, kommune)
        groups = ensure_groups(site, kommune)
        for medarbejder in Medarbejder.objects.filter(kommune=kommune).select_related("user"):
            if medarbejder.rolle == "kommunikator":
                medarbejder.user.groups.add(groups["kommunikator"])
            elif medarbejder.rolle == "administrator":
                medarbejder.user.groups.add(groups["godkender"])
