from django.conf import settings
from django.urls import include, path
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog
from drf_spectacular.views import SpectacularAPIView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from portal.backoffice.haerdning import admin_overrides
from portal.login import urls as login_urls

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    # Browsers ask for /favicon.ico whatever the page's <link rel="icon"> says.
    path("favicon.ico", RedirectView.as_view(url=settings.STATIC_URL + "portal/img/favicon.svg", permanent=True)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include(login_urls)),
    path("oidc/", include(login_urls.oidc_urlpatterns)),
    path("oidc/", include("mozilla_django_oidc.urls")),
    path("ansoeg/", include("digital_ansoegning.urls")),
    path("min-side/", include("min_side.urls")),
    path("api/borger/", include("min_side.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("admin/", include(admin_overrides)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("soeg/", include("cms.urls")),
    # The English word a visitor may type; the search keeps its query.
    path("search/", RedirectView.as_view(url="/soeg/", query_string=True, permanent=True)),
]

if settings.MITID_TEST_IDP_ENABLED:
    urlpatterns.append(path("test-idp/", include("portal.login.test_idp.urls")))

urlpatterns.append(path("", include(wagtail_urls)))
