"""Site search over the municipality's pages (Wagtail search)."""

from __future__ import annotations

from django.shortcuts import render

from . import navigation


def soeg(request):
    query = request.GET.get("q", "")
    return render(
        request,
        "cms/soeg.html",
        {
            "query": query.strip()[:200],
            "resultater": navigation.soeg(request, query),
        },
    )
