"""The English locale, so guidance pages can be translated (simple translation)."""

from django.db import migrations


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("da", "en"):
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_benefit_guidance_faq_contact_pages_blocks_site_settings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Reverse: a locale may already hold pages; leaving it is harmless.
    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
