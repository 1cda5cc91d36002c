"""The block library communicators build pages from, rendered with Det
Fælles Designsystem (DKFDS) markup.

Small on purpose (Wagtail's advice): text with h2/h3, alert, accordion,
numbered steps, call to action, image with required alt text, contact card,
related links and a "what you need" checklist. Heading order is checked when
the page is saved (``BodyBlock.clean``).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from backend_core.constants import Ydelsestype

RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]
YDELSER = [(v, label) for v, label in Ydelsestype.choices if v != Ydelsestype.PERSONLIG_TILLAEGSPROCENT]


class TekstBlock(blocks.StructBlock):
    overskrift = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    niveau = blocks.ChoiceBlock(
        label=_("Heading level"),
        choices=[("h2", _("Heading (h2)")), ("h3", _("Subheading (h3)"))],
        default="h2",
        required=False,
        help_text=_("A subheading (h3) must come after a heading (h2)."),
    )
    tekst = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT)

    class Meta:
        label = _("Text section")
        icon = "pilcrow"
        template = "cms/blocks/tekst.html"


class AlertBlock(blocks.StructBlock):
    variant = blocks.ChoiceBlock(
        label=_("Kind"),
        default="info",
        choices=[
            ("info", _("Information")),
            ("warning", _("Warning")),
            ("success", _("Success")),
            ("error", _("Error")),
        ],
    )
    overskrift = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    tekst = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT)

    class Meta:
        label = _("Alert box")
        icon = "warning"
        template = "cms/blocks/alert.html"


class AccordionPunkt(blocks.StructBlock):
    titel = blocks.CharBlock(label=_("Title"), max_length=160)
    indhold = blocks.RichTextBlock(label=_("Content"), features=RICH_TEXT)


class AccordionBlock(blocks.StructBlock):
    overskrift = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    punkter = blocks.ListBlock(AccordionPunkt(), label=_("Items"), min_num=1)

    class Meta:
        label = _("Accordion")
        icon = "list-ul"
        template = "cms/blocks/accordion.html"


class TrinPunkt(blocks.StructBlock):
    titel = blocks.CharBlock(label=_("Step"), max_length=160)
    tekst = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT, required=False)


class TrinBlock(blocks.StructBlock):
    overskrift = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    trin = blocks.ListBlock(TrinPunkt(), label=_("Steps"), min_num=1)

    class Meta:
        label = _("Numbered steps")
        icon = "list-ol"
        template = "cms/blocks/trin.html"


class KnapBlock(blocks.StructBlock):
    """A call to action: to a page, into a benefit's application, or to the estimator."""

    tekst = blocks.CharBlock(label=_("Button text"), max_length=60)
    maal = blocks.ChoiceBlock(
        label=_("Goes to"),
        default="ansoegning",
        choices=[("side", _("A page")), ("ansoegning", _("The application")), ("beregner", _("The estimator"))],
    )
    side = blocks.PageChooserBlock(label=_("Page"), required=False)
    ydelse = blocks.ChoiceBlock(label=_("Benefit"), choices=YDELSER, required=False)
    primaer = blocks.BooleanBlock(
        label=_("Main action"),
        required=False,
        default=True,
        help_text=_("One main action per page; others are secondary."),
    )

    class Meta:
        label = _("Call-to-action button")
        icon = "arrow-right"
        template = "cms/blocks/knap.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["maal"] == "side" and not value["side"]:
            errors["side"] = ValidationError(_("Choose the page the button goes to."))
        if value["maal"] in ("ansoegning", "beregner") and not value["ydelse"]:
            errors["ydelse"] = ValidationError(_("Choose the benefit."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["href"] = knap_url(value)
        return context


def knap_url(value) -> str:
    try:
        if value["maal"] == "side":
            return value["side"].localized.url if value["side"] else ""
        if value["maal"] == "beregner":
            return reverse("ansoegning:estimat_ydelse", args=[value["ydelse"]])
        return reverse("ansoegning:start", args=[value["ydelse"]])
    except NoReverseMatch:
        return ""


class BilledeBlock(blocks.StructBlock):
    billede = ImageChooserBlock(label=_("Image"))
    alt_tekst = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    billedtekst = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        label = _("Image")
        icon = "image"
        template = "cms/blocks/billede.html"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("alt_tekst") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_tekst": ValidationError(_("Describe the image for people who cannot see it."))}
            )
        return value


class KontaktkortBlock(blocks.StructBlock):
    titel = blocks.CharBlock(label=_("Heading"), max_length=120, default=_("Contact us"))
    tekst = blocks.CharBlock(label=_("Text"), required=False, max_length=300)
    brug_indstillinger = blocks.BooleanBlock(
        label=_("Use the municipality's contact details"),
        required=False,
        default=True,
        help_text=_("Phone, e-mail, address and opening hours from the site settings."),
    )
    telefon = blocks.CharBlock(label=_("Phone"), required=False, max_length=30)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    aabningstider = blocks.CharBlock(label=_("Opening hours"), required=False, max_length=200)

    class Meta:
        label = _("Contact card")
        icon = "user"
        template = "cms/blocks/kontaktkort.html"


class LinkPunkt(blocks.StructBlock):
    side = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)
    tekst = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=120, help_text=_("Empty: the page's title.")
    )

    def clean(self, value):
        value = super().clean(value)
        if not value["side"] and not value["url"]:
            raise StructBlockValidationError(
                block_errors={"side": ValidationError(_("Choose a page or write an address."))}
            )
        if value["url"] and not value["tekst"]:
            raise StructBlockValidationError(block_errors={"tekst": ValidationError(_("Write the link text."))})
        return value


class RelateredeLinksBlock(blocks.StructBlock):
    overskrift = blocks.CharBlock(label=_("Heading"), max_length=120, default=_("Related"))
    links = blocks.ListBlock(LinkPunkt(), label=_("Links"), min_num=1)

    class Meta:
        label = _("Related links")
        icon = "link"
        template = "cms/blocks/relaterede.html"


class TjeklisteBlock(blocks.StructBlock):
    overskrift = blocks.CharBlock(label=_("Heading"), max_length=120, default=_("What you need"))
    punkter = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Items"), min_num=1)

    class Meta:
        label = _("Checklist: what you need")
        icon = "tasks"
        template = "cms/blocks/tjekliste.html"


def _overskrift_niveau(child) -> int | None:
    """The heading level a block starts with, if it has a heading."""
    value = child.value
    if not hasattr(value, "get") or not value.get("overskrift"):
        return None
    if child.block_type == "tekst":
        return 3 if value.get("niveau") == "h3" else 2
    return 2


class BodyBlock(blocks.StreamBlock):
    tekst = TekstBlock()
    alert = AlertBlock()
    accordion = AccordionBlock()
    trin = TrinBlock()
    knap = KnapBlock()
    billede = BilledeBlock()
    kontakt = KontaktkortBlock()
    relaterede = RelateredeLinksBlock()
    tjekliste = TjeklisteBlock()

    class Meta:
        block_counts = {"relaterede": {"max_num": 1}}

    def clean(self, value):
        """Headings in order: a subheading (h3) only after a heading (h2)."""
        value = super().clean(value)
        errors = {}
        seen_h2 = False
        for i, child in enumerate(value):
            niveau = _overskrift_niveau(child)
            if niveau == 2:
                seen_h2 = True
            elif niveau == 3 and not seen_h2:
                errors[i] = ValidationError(
                    _("A subheading (h3) must come after a heading (h2). Make this a heading, or add one above it.")
                )
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value
