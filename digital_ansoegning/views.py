from django.shortcuts import render


def estimat(request):
    return render(request, "digital_ansoegning/estimat.html", {})
