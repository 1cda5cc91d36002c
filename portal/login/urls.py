from django.conf import settings
from django.urls import path
from django_ratelimit.decorators import ratelimit
from mozilla_django_oidc.urls import OIDCAuthenticateClass, OIDCCallbackClass

from portal.client_ip import client_ip

from . import views


def _per_client(group, request):
    return client_ip(request)


def _limited(view):
    """The citizen login, limited per client address (``CITIZEN_LOGIN_RATE``)."""
    return ratelimit(key=_per_client, rate=settings.CITIZEN_LOGIN_RATE, method=ratelimit.ALL, block=True)(view)


app_name = "portal"

urlpatterns = [
    path("login/", views.citizen_login, name="login"),
    path("login/fejl/", views.citizen_login_failed, name="login_failed"),
    path("logout/", views.logout_view, name="logout"),
    path("logget-af/", views.logget_af, name="logget_af"),
    path("session/forny/", views.session_renew, name="session_renew"),
    path("admin/login/", views.staff_login, name="staff_login"),
    path("_util/login/", views.frontend_login, name="frontend_login"),
]

oidc_urlpatterns = [
    # mozilla-django-oidc's own views (``oidc/``), each behind the rate limit.
    path("callback/", _limited(OIDCCallbackClass.as_view()), name="oidc_authentication_callback"),
    path("authenticate/", _limited(OIDCAuthenticateClass.as_view()), name="oidc_authentication_init"),
]
