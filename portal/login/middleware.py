"""Staff areas need a verified one-time password, not just a password."""

from django.shortcuts import redirect
from django.utils.http import urlencode

STAFF_PREFIXES = ("/admin/",)
OPEN_PATHS = ("/admin/login/",)


class StaffOtpRequiredMiddleware:
    """Anyone in the back office must have passed the one-time password step
    in this session (``django_otp``'s ``user.is_verified()``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith(STAFF_PREFIXES) and not path.startswith(OPEN_PATHS):
            user = request.user
            if not user.is_authenticated or not user.is_verified():
                return redirect("/admin/login/?" + urlencode({"next": request.get_full_path()}))
        return self.get_response(request)
