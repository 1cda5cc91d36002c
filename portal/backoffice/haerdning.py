"""Hardening of Wagtail admin views the back office does not change, but
whose edges let odd input through or show more than a municipality's own.

Each override is routed in ``portal/urls.py`` ahead of Wagtail's admin URLs,
with the same access check (``require_admin_access``) and no caching.

- ``/admin/choose-external-link/``: Wagtail's form field crashes (500) on a
  missing URL field; here it is a form error.
- ``/admin/reports/site-history/``: Wagtail's report lists every logged
  action on the installation, with the names of every municipality's staff;
  only superusers (who administer the whole installation) see it.
"""

from __future__ import annotations

from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.choosers import ExternalLinkChooserForm, URLOrAbsolutePathField
from wagtail.admin.views.chooser import ExternalLinkView
from wagtail.admin.views.reports.audit_logging import LogEntriesView


class _SafeURLOrAbsolutePathField(URLOrAbsolutePathField):
    def to_python(self, value):
        return super().to_python("" if value is None else value)


class SafeExternalLinkChooserForm(ExternalLinkChooserForm):
    url = _SafeURLOrAbsolutePathField(required=True, label=ExternalLinkChooserForm.base_fields["url"].label)


class SafeExternalLinkView(ExternalLinkView):
    form_class = SafeExternalLinkChooserForm


def superuser_only(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.is_superuser:
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def _admin(view):
    return never_cache(require_admin_access(view))


admin_overrides = [
    path("choose-external-link/", _admin(SafeExternalLinkView.as_view())),
    path("reports/site-history/", _admin(superuser_only(LogEntriesView.as_view()))),
    path("reports/site-history/results/", _admin(superuser_only(LogEntriesView.as_view(results_only=True)))),
]
"""Routed at ``admin/`` before Wagtail's own admin URLs."""


def hide_site_history(request, menu_items):
    """``construct_reports_menu`` hook: the site history only for superusers."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if getattr(item, "name", "") != "site-history"]
