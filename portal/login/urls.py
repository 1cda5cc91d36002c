from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("login/", views.citizen_login, name="login"),
    path("login/fejl/", views.citizen_login_failed, name="login_failed"),
    path("logout/", views.logout_view, name="logout"),
    path("logget-af/", views.logget_af, name="logget_af"),
    path("session/forny/", views.session_renew, name="session_renew"),
    path("admin/login/", views.staff_login, name="staff_login"),
]
