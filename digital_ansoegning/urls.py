from django.urls import path

from . import views

app_name = "ansoegning"

urlpatterns = [
    path("", views.oversigt, name="oversigt"),
    path("beregn/", views.estimat, name="estimat"),
    path("beregn/<str:ydelse>/", views.estimat_ydelse, name="estimat_ydelse"),
    path("kvittering/<uuid:ansoegning_uuid>/", views.kvittering, name="kvittering"),
    path("<str:ydelse>/", views.start, name="start"),
    path("<str:ydelse>/dokumenter/", views.dokumenter, name="dokumenter"),
    path("<str:ydelse>/tjek/", views.tjek, name="tjek"),
    path("<str:ydelse>/indsend/", views.indsend, name="indsend"),
    path("<str:ydelse>/<slug:trin>/", views.trin, name="trin"),
]
