"""The back office's permission policy for cases, in the style of Wagtail's
``permission_policies``: one object the views, the menu and the dashboard
ask "may this user do X?". The answers come from ``backend_core``'s role
rules (``selectors.medarbejder_rettigheder``); nothing here decides itself.

Actions: ``view`` (the queue and the case), ``change`` (work on cases: ask,
note, decide), ``assign`` (distribute cases to colleagues),
``ledelsesinformation`` (the management figures)."""

from __future__ import annotations

from wagtail.permission_policies.base import BasePermissionPolicy

from backend_core import selectors, services
from backend_core.models import Sag


def aktoer_for_request(request):
    try:
        aktoer = services.aktoer_for_user(request.user, ip=request.META.get("REMOTE_ADDR"))
    except services.AdgangNaegtet as exc:
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied from exc
    if not aktoer.er_medarbejder:
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied
    return aktoer


class SagPermissionPolicy(BasePermissionPolicy):
    HANDLINGER = {
        "view": "sagsadgang",
        "change": "behandle",
        "assign": "fordele",
        "ledelsesinformation": "ledelsesinformation",
    }

    def _rettigheder(self, user):
        if not getattr(user, "is_authenticated", False):
            return None
        cache = getattr(user, "_backoffice_rettigheder", None)
        if cache is None:
            try:
                aktoer = services.aktoer_for_user(user)
            except services.AdgangNaegtet:
                return None
            cache = selectors.medarbejder_rettigheder(aktoer=aktoer)
            user._backoffice_rettigheder = cache
        return cache

    def user_has_permission(self, user, action):
        r = self._rettigheder(user)
        felt = self.HANDLINGER.get(action)
        return bool(r is not None and felt and getattr(r, felt))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, a) for a in actions)


sag_policy = SagPermissionPolicy(Sag)
