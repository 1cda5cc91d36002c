"""Login pages. Citizens log in with MitID (OpenID Connect, handled by
mozilla-django-oidc and ``oidc.MitIDAuthenticationBackend``); staff log in
with a password and a one-time password from their authenticator app."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.signals import user_login_failed
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token

from backend_core.forms import DkfdsForm
from portal.middleware import session_forny

from .enheder import er_indrulning, har_enhed
from .oidc import browser_url


def _safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@never_cache
def citizen_login(request):
    next_url = _safe_next(request, reverse("min_side:oversigt"))
    start = reverse("oidc_authentication_init") + "?" + urlencode({"next": next_url})
    return render(request, "login/citizen_login.html", {"mitid_start_url": start, "next": next_url})


def citizen_login_failed(request):
    return render(request, "login/citizen_login_failed.html", status=401)


@require_POST
def logout_view(request):
    """Log out here and, when logged in with MitID, at the identity provider
    too (OpenID Connect RP-initiated logout: ``end_session`` with our
    ``client_id``); both end on the "you are logged out" page. The ID token is
    never put in the URL as ``id_token_hint``: it carries the CPR number, and
    URLs end up in access logs and browser history."""
    id_token = request.session.get("oidc_id_token")
    logout(request)
    request._portal_logged_out = True
    logget_af = request.build_absolute_uri(reverse("portal:logget_af"))
    endpoint = getattr(settings, "OIDC_OP_LOGOUT_ENDPOINT", "")
    if id_token and endpoint:
        query = urlencode({"client_id": settings.OIDC_RP_CLIENT_ID, "post_logout_redirect_uri": logget_af})
        return redirect(f"{browser_url(request, endpoint)}?{query}")
    return redirect(logget_af)


@never_cache
def logget_af(request):
    """ "You are logged out", with a way back in."""
    return render(request, "login/logget_af.html")


@require_POST
def session_renew(request):
    """Keep the session alive: renew its inactivity timer now (a full
    ``SESSION_COOKIE_AGE``); ``401`` if it has already ended, so the page can
    send the person to log in again."""
    if not request.user.is_authenticated:
        return HttpResponse(status=401)
    session_forny(request)
    return HttpResponse(status=204)


class EngangskodeInput(forms.TextInput):
    """A text field that never shows a value back: a one-time code that failed
    is spent, so the field starts empty for the next one."""

    def get_context(self, name, value, attrs):
        return super().get_context(name, None, attrs)


class StaffLoginForm(DkfdsForm):
    username = forms.CharField(label=_("Username"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)
    otp_token = forms.RegexField(
        label=_("One-time code"),
        regex=r"^(\d{6}|[a-z2-7]{8})$",
        required=False,
        help_text=_("The six digits from your authenticator app, or one of your recovery codes."),
        error_messages={"invalid": _("Enter the six digits from your authenticator app.")},
        widget=EngangskodeInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )

    error_messages = {
        "invalid_login": _("The username, password or one-time code is not correct."),
    }

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        self.user = None
        self.device = None
        super().__init__(*args, **kwargs)

    def clean_otp_token(self):
        return (self.cleaned_data.get("otp_token") or "").strip().lower()

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        user = authenticate(self.request, username=cleaned["username"], password=cleaned["password"])
        if user is None or not user.is_staff or not user.is_active:
            raise forms.ValidationError(self.error_messages["invalid_login"])
        # Every login needs a one-time code: from the authenticator app, a
        # recovery code, or (a new account) the enrolment code an administrator
        # issued (``manage.py staff_indrulning``). A password alone opens nothing.
        if not cleaned.get("otp_token") or not har_enhed(user):
            raise forms.ValidationError(self.error_messages["invalid_login"])
        device = match_token(user, cleaned["otp_token"])
        if device is None:
            # A wrong one-time code is a failed login like a wrong password:
            # django-axes counts it toward the lockout of the username and address.
            user_login_failed.send(sender=__name__, credentials={"username": cleaned["username"]}, request=self.request)
            raise forms.ValidationError(self.error_messages["invalid_login"])
        self.user = user
        self.device = device
        return cleaned


@never_cache
def staff_login(request):
    """Staff sign in with username, password and a one-time code in one step."""
    next_url = _safe_next(request, "/admin/")
    form = StaffLoginForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        login(request, form.user, backend="django.contrib.auth.backends.ModelBackend")
        otp_login(request, form.device)
        if er_indrulning(form.device):
            return redirect("tofaktor:opret")
        return redirect(next_url)
    return render(request, "login/staff_login.html", {"form": form, "next": next_url})


def _lockout_minutes() -> int:
    cooloff = settings.AXES_COOLOFF_TIME
    return max(1, int(cooloff.total_seconds() // 60)) if cooloff else 15


def locked_out(request, credentials=None, *args, **kwargs):
    """django-axes' lockout response: a page in the person's language, 429."""
    return render(request, "login/locked_out.html", {"minutes": _lockout_minutes()}, status=429)


def rate_limited(request, exception=None):
    """django-ratelimit's response for the citizen login: the same page, 429."""
    return render(request, "login/locked_out.html", {"minutes": 1}, status=429)


def frontend_login(request):
    """Wagtail's ``/_util/login/`` (for pages restricted to logged-in users)
    would check a staff password without the one-time code: it goes to the
    citizen login instead, keeping ``next``."""
    next_url = _safe_next(request, "/")
    return redirect(reverse("portal:login") + "?" + urlencode({"next": next_url}))
