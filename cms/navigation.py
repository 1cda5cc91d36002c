"""Reads of the page tree for the citizen pages: the home page's lists, the
menu, breadcrumbs, the footer links and site search.

Addresses are always the Danish tree's; titles are the reader's language
where a live translation exists (see ``PortalPage``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from .models import (
    HomePage,
    KontaktPage,
    OmPage,
    PortalPage,
    PrivatlivPage,
    TilgaengelighedPage,
    VejledningPage,
    YdelsePage,
)


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    intro: str = ""
    aktiv: bool = False


def _vist(page: Page) -> Page:
    specific = page.specific
    return specific.oversat() if isinstance(specific, PortalPage) else specific


def _link(page: Page, *, request=None, aktiv: bool = False) -> Link:
    shown = _vist(page)
    return Link(
        title=shown.title, url=page.get_url(request) or "", intro=getattr(shown, "intro", "") or "", aktiv=aktiv
    )


def dansk_forside(site: Site | None) -> HomePage | None:
    if site is None:
        return None
    root = site.root_page.specific
    if not isinstance(root, HomePage):
        return None
    return root.kilde().specific if root.kilde() is not None else root


def forside(home: Page, request=None) -> dict:
    """The home page's lists: every benefit, and the most-used guidance."""
    ydelser = YdelsePage.objects.child_of(home).live().public().order_by("path")
    fremhaevet = VejledningPage.objects.descendant_of(home).live().public().filter(fremhaevet=True)
    return {
        "ydelse_links": [_link(p, request=request) for p in ydelser],
        "vejledning_links": [_link(p, request=request) for p in fremhaevet.order_by("path")[:6]],
    }


def hovedmenu(request, current: Page | None = None) -> list[Link]:
    """The menu: the home page and its live children shown in menus."""
    home = dansk_forside(Site.find_for_request(request))
    if home is None:
        return []
    current_path = (current.kilde() or current).path if isinstance(current, PortalPage) else ""
    items = [Link(title=_("Front page"), url=home.get_url(request) or "/", aktiv=current_path == home.path)]
    for child in home.get_children().live().public().in_menu():
        items.append(_link(child, request=request, aktiv=bool(current_path) and current_path.startswith(child.path)))
    return items


def broedkrummer(page: Page | None, request=None) -> list[Link]:
    """The path from the home page to the page's parent (the page itself is the h1)."""
    if not isinstance(page, PortalPage) or isinstance(page, HomePage):
        return []
    source = page.kilde() or page
    ancestors = source.get_ancestors().filter(depth__gte=2).live()
    return [_link(a, request=request) for a in ancestors]


def footer_links(request) -> list[Link]:
    """About, privacy, the accessibility statement and contact: the site's own pages."""
    home = dansk_forside(Site.find_for_request(request))
    if home is None:
        return []
    links = []
    for model in (OmPage, PrivatlivPage, TilgaengelighedPage, KontaktPage):
        page = model.objects.child_of(home).live().first()
        if page is not None:
            links.append(_link(page, request=request))
    return links


def soeg(request, query: str) -> list[Link]:
    """Site search over the reader's site, in the reader's language, with
    each hit linked to its (shared) address."""
    home = dansk_forside(Site.find_for_request(request))
    query = (query or "").strip()[:200]
    if home is None or not query:
        return []
    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        locale = Locale.get_default()
    scope = Page.objects.live().public().filter(locale=locale)
    if locale.id == home.locale_id:
        scope = scope.descendant_of(home)
    else:
        translated_home = home.get_translation_or_none(locale)
        scope = scope.descendant_of(translated_home) if translated_home else scope.none()
    hits = []
    for page in scope.search(query, operator="and")[:20]:
        specific = page.specific
        if isinstance(specific, PortalPage) and not isinstance(specific, HomePage):
            hits.append(
                Link(
                    title=specific.title,
                    url=specific.get_url(request) or "",
                    intro=getattr(specific, "intro", "") or "",
                )
            )
    return hits
