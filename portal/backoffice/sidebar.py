"""The Wagtail admin's sidebar, cached.

Wagtail builds the sidebar's menu on every admin page (``{% sidebar_props %}``
in ``wagtailadmin/base.html``): each menu item and search area asks the
user's page, collection and site permissions, some ten milliseconds and
four queries a page. The result depends only on who the user is, what they
may do and the language, so it is cached per user and language under a
version that any change to users, groups, permissions, staff roles, user
profiles, pages, collections or sites replaces (``sidebar_version_bump``,
connected in ``apps.py``): never stale, one cache read per page.

Wagtail offers no hook for this, so ``install()`` registers the cached
function under the tag's own name in Wagtail's tag library at start-up,
before any template is compiled.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.utils import translation

VERSION_KEY = "backoffice:sidebar:version"
TIMEOUT = 300
"""Seconds a cached sidebar lives at most (a safety net for per-process caches)."""


def sidebar_version_bump(**_kwargs) -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
    return version


def install() -> None:
    from wagtail.admin.templatetags import wagtailadmin_tags

    original = wagtailadmin_tags.sidebar_props
    if getattr(original, "_cachet", False):
        return

    def sidebar_props(context):
        request = context["request"]
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return original(context)
        key = f"backoffice:sidebar:{_version()}:{user.pk}:{translation.get_language()}"
        html = cache.get(key)
        if html is None:
            html = original(context)
            cache.set(key, html, TIMEOUT)
        return html

    sidebar_props._cachet = True
    wagtailadmin_tags.sidebar_props = sidebar_props
    wagtailadmin_tags.register.simple_tag(sidebar_props, takes_context=True, name="sidebar_props")


def connect() -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.db import transaction
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import (
        Collection,
        GroupCollectionPermission,
        GroupPagePermission,
        GroupSitePermission,
        Page,
        Site,
    )
    from wagtail.users.models import UserProfile

    from backend_core.models import Medarbejder

    User = get_user_model()  # noqa: N806
    watched = (User, Group, Permission, Medarbejder, UserProfile, GroupPagePermission, GroupCollectionPermission)
    watched += (GroupSitePermission, Page, Collection, Site)

    def changed(sender, instance=None, update_fields=None, **kwargs):
        if not isinstance(instance, watched):
            return
        if isinstance(instance, User) and update_fields is not None and set(update_fields) <= {"last_login"}:
            return  # a login changes nothing the sidebar shows
        sidebar_version_bump()
        transaction.on_commit(sidebar_version_bump)

    def m2m(sender, instance=None, action="", **kwargs):
        if action.startswith("post_"):
            sidebar_version_bump()
            transaction.on_commit(sidebar_version_bump)

    post_save.connect(changed, dispatch_uid="backoffice-sidebar-save", weak=False)
    post_delete.connect(changed, dispatch_uid="backoffice-sidebar-delete", weak=False)
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(m2m, sender=through, dispatch_uid=f"backoffice-sidebar-m2m-{through.__name__}", weak=False)
