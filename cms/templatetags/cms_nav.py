"""Navigation for the citizen base template: ``{% portal_menu as menu %}``,
``{% portal_broedkrummer as crumbs %}``, ``{% portal_footer_links as links %}``."""

from __future__ import annotations

from django import template

from .. import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_menu(context):
    request = context.get("request")
    return navigation.hovedmenu(request, context.get("page")) if request is not None else []


@register.simple_tag(takes_context=True)
def portal_broedkrummer(context):
    return navigation.broedkrummer(context.get("page"), context.get("request"))


@register.simple_tag(takes_context=True)
def portal_footer_links(context):
    request = context.get("request")
    return navigation.footer_links(request) if request is not None else []
