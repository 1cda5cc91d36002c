from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def oversigt(request):
    return render(request, "min_side/oversigt.html", {})
