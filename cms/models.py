"""Page types that communicators edit in Wagtail.

Each municipality has its own Wagtail site whose root is a ``HomePage``;
guidance pages sit beneath it.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page


class TekstBlock(blocks.StructBlock):
    overskrift = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    tekst = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        label = _("Text section")
        template = "cms/blocks/tekst.html"


class HomePage(Page):
    """The front page of one municipality's portal."""

    intro = RichTextField(
        verbose_name=_("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text under the heading: who the portal is for."),
    )
    body = StreamField([("tekst", TekstBlock())], verbose_name=_("body"), blank=True, use_json_field=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kommune_navn"] = self.title
        return context


class VejledningPage(Page):
    """A guidance page: what a benefit is, who can get it, how to apply."""

    intro = models.CharField(verbose_name=_("introduction"), max_length=300, blank=True)
    body = StreamField([("tekst", TekstBlock())], verbose_name=_("body"), blank=True, use_json_field=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["cms.HomePage", "cms.VejledningPage"]

    class Meta:
        verbose_name = _("guidance page")
