from django import template
from django.utils.translation import get_language

from backend_core.templatetags.beloeb import kroner, linjetekst

register = template.Library()


# Amounts and reason lines are formatted once, for pages and letters alike.
register.filter("kroner", kroner)
register.filter("tekst", linjetekst)


@register.filter
def straks_begrundelse(straks):
    if not straks:
        return ""
    if (get_language() or "da").startswith("en") and straks.get("begrundelse_en"):
        return straks["begrundelse_en"]
    return straks.get("begrundelse", "")
