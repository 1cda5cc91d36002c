from django.core.management.base import BaseCommand

from portal.demo import seed_demo


class Command(BaseCommand):
    help = "Create the demo municipalities, citizens, staff and cases (idempotent)."

    def handle(self, *args, **options):
        resultat = seed_demo()
        for noegle, vaerdi in resultat.items():
            self.stdout.write(f"{noegle}: {vaerdi}")
