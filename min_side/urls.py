from django.urls import path

from . import aendring, indberetning, views

app_name = "min_side"

urlpatterns = [
    path("", views.oversigt, name="oversigt"),
    path("indlejret/", views.indlejret, name="indlejret"),
    path("indlejret/tilbage/", views.indlejret_tilbage, name="indlejret_tilbage"),
    path("besked-om-nyt/", views.kontaktvalg, name="kontaktvalg"),
    path("sager/<uuid:uuid>/", views.sag_detalje, name="sag"),
    path("sager/<uuid:uuid>/dokumenter/", views.sag_dokument_upload, name="sag_dokument_upload"),
    path("udbetalinger/<uuid:uuid>/", views.udbetaling_detalje, name="udbetaling"),
    path("dokument/<uuid:uuid>/", views.dokument_hent, name="dokument"),
    path("sager/<uuid:uuid>/indberet/", indberetning.indberet, name="indberet"),
    path("indberetning/<uuid:uuid>/", indberetning.indberetning_kvittering, name="indberetning_kvittering"),
    path("sager/<uuid:uuid>/meld-aendring/", aendring.meld_aendring, name="meld_aendring"),
    path("aendring/<uuid:uuid>/", aendring.aendring_kvittering, name="aendring_kvittering"),
]
