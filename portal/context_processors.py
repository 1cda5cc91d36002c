from django.conf import settings
from django.urls import reverse
from wagtail.models import Site

from .middleware import session_sekunder_tilbage


def portal(request):
    """What the base template needs on every page: login area and municipality."""
    user = getattr(request, "user", None)
    display = ""
    min_side = ""
    if user is not None and user.is_authenticated:
        display = user.get_full_name() or user.get_username()
        # Citizens log in with MitID and are never staff; staff work in the
        # back office and have no Min Side (no query: is_staff is on the user).
        if not user.is_staff:
            min_side = reverse("min_side:oversigt")
    site = Site.find_for_request(request)
    return {
        "portal_login_url": reverse("portal:login"),
        "portal_logout_url": reverse("portal:logout"),
        "portal_user_display": display,
        "portal_min_side_url": min_side,
        "kommune_navn": site.site_name if site is not None else "",
        "session_seconds": session_sekunder_tilbage(request),
        "session_age": settings.SESSION_COOKIE_AGE,
    }
