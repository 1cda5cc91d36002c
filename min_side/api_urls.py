from django.urls import path

from . import api

app_name = "min_side_api"

urlpatterns = [
    path("sager/", api.SagListApi.as_view(), name="sag_list"),
    path("sager/<uuid:uuid>/", api.SagDetailApi.as_view(), name="sag_detail"),
    path("sager/<uuid:uuid>/beskeder/", api.BeskedCreateApi.as_view(), name="besked"),
]
