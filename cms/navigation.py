"""Reads of the page tree for the citizen pages: the home page's lists, the
menu, breadcrumbs, the footer links and site search.

Addresses are always the Danish tree's; titles are the reader's language
where a live translation exists (see ``PortalPage``).

The menu and the footer links are on every citizen page and cost some twenty
queries to build, so they are cached per site and language
(``_navigation``) under a version that any change to a page, a site, a
locale or a view restriction replaces (``nav_version_bump``, connected in
``cms.apps``): never stale, one cache read per page.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import translation
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


NAV_VERSION_KEY = "cms:nav:version"
NAV_TIMEOUT = 600
"""Seconds a cached menu lives at most (a safety net: the version changes on
every page change; with a per-process cache and several processes, the other
processes' copies end here)."""


def nav_version_bump(**_kwargs) -> None:
    """Every cached menu and footer is stale from now on."""
    cache.set(NAV_VERSION_KEY, uuid.uuid4().hex, None)


def _nav_version() -> str:
    version = cache.get(NAV_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(NAV_VERSION_KEY, version, None):
            version = cache.get(NAV_VERSION_KEY) or version
    return version


def _navigation(request) -> dict | None:
    """The site's menu entries (title, url, tree path) and footer links in
    the reader's language, cached; None for a request outside any site."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    key = f"cms:nav:{_nav_version()}:{site.pk}:{translation.get_language()}"
    nav = cache.get(key)
    if nav is None:
        nav = _navigation_build(request, site)
        cache.set(key, nav, NAV_TIMEOUT)
    return nav


def _navigation_build(request, site: Site) -> dict:
    home = dansk_forside(site)
    if home is None:
        return {"home": None, "menu": [], "footer": []}
    menu = [(_link(child, request=request), child.path) for child in home.get_children().live().public().in_menu()]
    footer = []
    for model in (OmPage, PrivatlivPage, TilgaengelighedPage, KontaktPage):
        page = model.objects.child_of(home).live().first()
        if page is not None:
            footer.append(_link(page, request=request))
    return {"home": (home.get_url(request) or "/", home.path), "menu": menu, "footer": footer}


def hovedmenu(request, current: Page | None = None) -> list[Link]:
    """The menu: the home page and its live children shown in menus."""
    nav = _navigation(request)
    if nav is None or nav["home"] is None:
        return []
    home_url, home_path = nav["home"]
    current_path = (current.kilde() or current).path if isinstance(current, PortalPage) else ""
    items = [Link(title=_("Front page"), url=home_url, aktiv=current_path == home_path)]
    for link, path in nav["menu"]:
        items.append(
            Link(
                title=link.title,
                url=link.url,
                intro=link.intro,
                aktiv=bool(current_path) and current_path.startswith(path),
            )
        )
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
    nav = _navigation(request)
    return list(nav["footer"]) if nav is not None else []


def soegeord(query: str) -> str:
    """The words of what the reader typed, without the search engines' own
    syntax: an unmatched quote, a bracket, ``*``, ``-`` or an upper-case
    ``OR``/``NOT``/``NEAR`` is an error in SQLite's full-text search (and an
    operator elsewhere), never what a citizen means."""
    ord_ = re.findall(r"\w+", (query or "")[:200])
    return " ".join(ord_).lower()


def soeg(request, query: str) -> list[Link]:
    """Site search over the reader's site, in the reader's language, with
    each hit linked to its (shared) address."""
    home = dansk_forside(Site.find_for_request(request))
    query = soegeord(query)
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
