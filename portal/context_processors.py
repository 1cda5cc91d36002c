from django.conf import settings
from django.urls import reverse


def portal(request):
    """What the base template needs on every page: login area and municipality."""
    user = getattr(request, "user", None)
    display = ""
    if user is not None and user.is_authenticated:
        display = user.get_full_name() or user.get_username()
    site_kommune = getattr(request, "kommune", None)
    return {
        "portal_login_url": reverse("portal:login"),
        "portal_logout_url": reverse("portal:logout"),
        "portal_user_display": display,
        "kommune_navn": getattr(site_kommune, "navn", ""),
        "session_seconds": settings.SESSION_COOKIE_AGE,
    }
