"""A communicator works on their own municipality's snippets only: Wagtail's
permission policy for help texts, over the domain's ``policies.hjaelpetekster``."""

from __future__ import annotations

from wagtail.permission_policies import ModelPermissionPolicy

from backend_core.selectors import hjaelpetekst_list, hjaelpetekst_maa_aendres


def _egen_kommune(user, instance) -> bool:
    return hjaelpetekst_maa_aendres(user=user, tekst=instance)


class HjaelpetekstPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, and the text must be of the user's municipality."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and _egen_kommune(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and _egen_kommune(user, instance)

    def instances_user_has_permission_for(self, user, action):
        queryset = hjaelpetekst_list(user=user, handling="aendre")
        return queryset if self.user_has_permission(user, action) else queryset.none()

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = hjaelpetekst_list(user=user, handling="aendre")
        return queryset if self.user_has_any_permission(user, actions) else queryset.none()
