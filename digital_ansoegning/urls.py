from django.urls import path

from . import views

app_name = "ansoegning"

urlpatterns = [
    path("beregn/", views.estimat, name="estimat"),
]
