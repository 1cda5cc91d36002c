"""``{% hjaelpetekst "kvittering" "naeste" %}default{% endhjaelpetekst %}``:
the text between the tags is the code's default; a communicator's wording for
the municipality and language (``Hjaelpetekst`` snippet) replaces it.
Communicators write plain text: it is escaped, and blank lines make
paragraphs."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..selectors.hjaelpetekst import hjaelpetekst, hjaelpetekst_tekst

register = template.Library()


class HjaelpetekstNode(template.Node):
    def __init__(self, flow, noegle, nodelist):
        self.flow, self.noegle, self.nodelist = flow, noegle, nodelist

    def render(self, context):
        flow, noegle = self.flow.resolve(context), self.noegle.resolve(context)
        standard = self.nodelist.render(context)
        hjaelpetekst(flow=flow, noegle=noegle, standard=standard)  # known to the snippet's choices
        tekst = hjaelpetekst_tekst(flow=flow, noegle=noegle, standard="")
        if not tekst:
            return standard
        afsnit = [escape(a.strip()).replace("\n", "<br>") for a in tekst.split("\n\n") if a.strip()]
        return mark_safe("".join(f"<p>{a}</p>" for a in afsnit))  # noqa: S308 - escaped above


@register.tag("hjaelpetekst")
def do_hjaelpetekst(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError("{% hjaelpetekst flow key %} takes two arguments.")
    nodelist = parser.parse(("endhjaelpetekst",))
    parser.delete_first_token()
    return HjaelpetekstNode(parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), nodelist)
