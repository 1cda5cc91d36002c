from django.conf import settings
from django.urls import reverse
from wagtail.models import Site

from .middleware import session_sekunder_tilbage


def portal(request):
    """What the base template needs on every page: login area and municipality."""
    user = getattr(request, "user", None)
    display = ""
    if user is not None and user.is_authenticated:
        display = user.get_full_name() or user.get_username()
    site = Site.find_for_request(request)
    return {
        "portal_login_url": reverse("portal:login"),
        "portal_logout_url": reverse("portal:logout"),
        "portal_user_display": display,
        "kommune_navn": site.site_name if site is not None else "",
        "session_seconds": session_sekunder_tilbage(request),
        "session_age": settings.SESSION_COOKIE_AGE,
    }
