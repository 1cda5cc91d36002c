"""System checks for the project's own configuration."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def test_idp_not_in_production(app_configs, **kwargs):
    if settings.MITID_TEST_IDP_ENABLED:
        return [
            Error(
                "The MitID test identity provider is enabled.",
                hint="Set MITID_TEST_IDP_ENABLED=false and USE_MITID=true outside dev and test.",
                id="portal.E001",
            )
        ]
    return []
