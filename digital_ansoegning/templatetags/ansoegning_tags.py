from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language

register = template.Library()


@register.filter
def kroner(value):
    """``"14201.00"`` as "14.201,00 kr." (Danish) or "DKK 14,201.00" (English)."""
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return value
    text = number_format(amount, 2, use_l10n=True, force_grouping=True)
    if (get_language() or "da").startswith("en"):
        return f"DKK {text}"
    return f"{text} kr."


@register.filter
def tekst(linje):
    """A reason line's text in the current language."""
    if (get_language() or "da").startswith("en") and linje.get("tekst_en"):
        return linje["tekst_en"]
    return linje.get("tekst", "")


@register.filter
def straks_begrundelse(straks):
    if not straks:
        return ""
    if (get_language() or "da").startswith("en") and straks.get("begrundelse_en"):
        return straks["begrundelse_en"]
    return straks.get("begrundelse", "")
