"""Template helpers for the portal's DKFDS (Det Fælles Designsystem) markup.

``{% icon "name" %}`` renders a DKFDS ``icon-svg``. The few icons used by
``portal/base.html`` (see ``INLINE_ICONS``) are inlined once per page by
``portal/includes/icon_sprite.html``; any other dkfds icon name is referenced
from the dkfds sprite ``dkfds/img/all-svg-icons.svg`` (same origin, so it is
allowed by ``default-src 'self'``).

Decorative by default (``aria-hidden="true"``); pass ``label="..."`` for an
icon that carries meaning on its own (it then gets ``role="img"`` and an
``aria-label``), and ``classes="..."`` for extra CSS classes.
"""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

register = template.Library()

#: Symbols inlined by portal/includes/icon_sprite.html.
INLINE_ICONS = frozenset(
    {
        "menu",
        "close",
        "lock",
        "check",
        "chevron-left",
        "error",
        "warning",
        "info",
        "success",
        "chevron-right",
        "arrow-forward",
    }
)

SPRITE = "dkfds/img/all-svg-icons.svg"


@register.simple_tag
def icon(name, label="", classes=""):
    href = f"#{name}" if name in INLINE_ICONS else f"{static(SPRITE)}#{name}"
    css = f"icon-svg {classes}".strip()
    if label:
        return format_html(
            '<svg class="{}" focusable="false" role="img" aria-label="{}"><use href="{}"></use></svg>',
            css,
            label,
            href,
        )
    return format_html(
        '<svg class="{}" focusable="false" aria-hidden="true"><use href="{}"></use></svg>',
        css,
        href,
    )
