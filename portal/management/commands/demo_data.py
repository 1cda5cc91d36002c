"""Load the demo: municipalities, citizens, staff with one-time passwords,
Wagtail sites. Idempotent: running it twice changes nothing."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand

from backend_core.models import Medarbejder
from cms.demo import KommuneSite, ensure_cms_demo, ensure_sites
from portal.demo import KOMMUNER, PASSWORD, seed_demo
from portal.demo.backoffice import seed_backoffice_demo

ROLE_PERMISSIONS = {
    "sagsbehandler": ["wagtailadmin.access_admin"],
    "koordinator": ["wagtailadmin.access_admin"],
    "kommunikator": [
        "wagtailadmin.access_admin",
        "backend_core.add_brevtekst",
        "backend_core.change_brevtekst",
        "backend_core.view_brevtekst",
    ],
    "administrator": ["wagtailadmin.access_admin"],
}


class Command(BaseCommand):
    help = "Load the demo data (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--print-logins", action="store_true", help="Only print the URLs and demo logins.")
        parser.add_argument("--port", type=int, default=8000, help="The port the portal is served on.")

    def handle(self, *args, print_logins: bool = False, port: int = 8000, **options):
        if print_logins:
            self._print_logins(port)
            return
        created = seed_demo()
        groups = self._ensure_groups()
        sites = ensure_sites(
            [
                KommuneSite(slug=slug, navn=navn, hostname=host, default=(i == 0))
                for i, ((_kode, navn, slug), host) in enumerate(
                    zip(KOMMUNER, ["127.0.0.1", "aarhus.localhost", "aalborg.localhost"], strict=True)
                )
            ]
        )
        self._assign_groups(groups)
        ensure_cms_demo(sites)

        created["backoffice_sager"] = seed_backoffice_demo()
        self.stdout.write(self.style.SUCCESS(f"Demo data in place ({created})."))

    def _ensure_groups(self) -> dict[str, Group]:
        groups = {}
        for rolle, perms in ROLE_PERMISSIONS.items():
            group, _ = Group.objects.get_or_create(name=rolle)
            for perm in perms:
                app_label, codename = perm.split(".")
                group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
            groups[rolle] = group
        return groups

    def _assign_groups(self, groups: dict[str, Group]) -> None:
        for medarbejder in Medarbejder.objects.select_related("user"):
            medarbejder.user.groups.add(groups[medarbejder.rolle])

    def _print_logins(self, port: int) -> None:
        lines = [
            "",
            "Ydelsesportalen is running:",
            f"  Citizen portal     http://127.0.0.1:{port}/   (Aarhus: http://aarhus.localhost:{port}/)",
            f"  Estimator          http://127.0.0.1:{port}/ansoeg/beregn/",
            f"  Citizen login      http://127.0.0.1:{port}/login/  (test MitID: pick a fictitious citizen)",
            f"  Staff back office  http://127.0.0.1:{port}/admin/",
            f"  Health check       http://127.0.0.1:{port}/healthz",
            "",
            f"Staff logins (password {PASSWORD!r}; one-time code: make otp STAFF=<username>):",
        ]
        for m in Medarbejder.objects.select_related("user", "kommune").order_by("kommune__kode", "rolle"):
            lines.append(f"  {m.user.username:<32} {m.get_rolle_display():<14} {m.kommune.navn}")
        self.stdout.write("\n".join(lines) + "\n")
