"""Issue a one-time enrolment code to a staff member without an authenticator.

The administrator runs this and hands the code over in person; the staff
member logs in with password and this code and adds an authenticator app.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.login.enheder import indrulningskode_ny


class Command(BaseCommand):
    help = "Issue a one-time enrolment code to a staff member (for adding an authenticator app)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username, is_staff=True, is_active=True).first()
        if user is None:
            raise CommandError(f"No active staff member is called {username!r}.")
        kode = indrulningskode_ny(user)
        self.stdout.write(f"Enrolment code for {username}: {kode} (works once; give it in person)")
