from django.urls import path

from . import views

app_name = "min_side"

urlpatterns = [
    path("", views.oversigt, name="oversigt"),
]
