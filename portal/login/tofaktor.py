"""Two-factor enrolment inside the Wagtail admin: add an authenticator app
(scan a QR code, confirm with a code) and get recovery codes.

A staff member whose account has no device yet (a new account) logs in with
the password alone and is sent straight to "add an authenticator"; nothing
else in the back office opens until a device is confirmed
(``StaffOtpRequiredMiddleware``).
"""

from __future__ import annotations

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from . import enheder


class BekraeftForm(forms.Form):
    otp_token = forms.RegexField(
        label=gettext_lazy("Code from the app"),
        regex=r"^\d{6}$",
        error_messages={"invalid": gettext_lazy("Enter the six digits the app shows.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


def _qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def oversigt(request):
    return render(
        request,
        "login/tofaktor/oversigt.html",
        {
            "enheder": [d for d in enheder.bekraeftede_enheder(request.user) if d.name != enheder.GENDANNELSE],
            "koder_tilbage": enheder.tilbagevaerende_koder(request.user),
        },
    )


def opret(request):
    """Add an authenticator app: a QR code to scan and a code to confirm it."""
    user = request.user
    device = enheder.totp_ventende(user) if request.method == "POST" else None
    if device is None:
        device = enheder.totp_start(user)
    form = BekraeftForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if enheder.totp_bekraeft(device, form.cleaned_data["otp_token"]):
            # The session now rests on the new app (an enrolment code it used is spent).
            otp_login(request, device)
            messages.success(request, _("The authenticator app is added. Now make your recovery codes."))
            return redirect("tofaktor:oversigt")
        form.add_error("otp_token", _("The code does not match. Check the time on your phone and try again."))
    return render(
        request,
        "login/tofaktor/opret.html",
        {
            "form": form,
            "qr": mark_safe(_qr_svg(device.config_url)),  # noqa: S308 - SVG made by qrcode from our own URL
            "noegle": _base32(device.bin_key),
            "foerste": not enheder.har_enhed(user),
        },
    )


def _base32(key: bytes) -> str:
    import base64

    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@require_POST
def gendannelseskoder(request):
    """New recovery codes, shown once; the old ones stop working."""
    koder = enheder.gendannelseskoder_nye(request.user)
    return render(request, "login/tofaktor/koder.html", {"koder": koder})
