from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from ..blocks import RICH_TEXT, YDELSER, BodyBlock
from ..slugs import dansk_slug

GUIDANCE_PARENTS = ["cms.HomePage", "cms.YdelsePage", "cms.VejledningPage"]


def _aktiv_locale() -> Locale | None:
    try:
        return Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return None


class PortalPage(Page):
    """What every citizen page shares: ASCII slugs, and one address per page
    in both languages.

    The language is the reader's choice (a cookie), not part of the address:
    a Danish page and its English translation share the Danish page's URL,
    the language switch keeps the reader on it, and a page not yet translated
    is shown in Danish with a note in English."""

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True

    def clean(self):
        self.slug = dansk_slug(self.slug or self.title or "")
        super().clean()

    def kilde(self) -> Page | None:
        """The Danish page this one translates (None for a Danish page)."""
        default = Locale.get_default()
        if self.locale_id == default.id:
            return None
        return self.get_translation_or_none(default)

    def get_url_parts(self, request=None):
        source = self.kilde()
        if source is not None:
            return source.specific_deferred.get_url_parts(request)
        return super().get_url_parts(request)

    def oversat(self) -> Page:
        """The live translation in the reader's language, or this page."""
        active = _aktiv_locale()
        if active is None or active.id == self.locale_id:
            return self
        translation = self.get_translation_or_none(active)
        return translation.specific if translation is not None and translation.live else self

    def serve(self, request, *args, **kwargs):
        if not getattr(request, "is_preview", False):
            translation = self.oversat()
            if translation.pk != self.pk:
                return translation.serve(request, *args, **kwargs)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        active = _aktiv_locale()
        context["indhold_sprog"] = self.locale.language_code
        context["ikke_oversat"] = (
            active is not None and active.id != self.locale_id and not getattr(request, "is_preview", False)
        )
        context["kilde_side"] = self.kilde() or self
        return context


class HomePage(PortalPage):
    """The front page of one municipality's portal: the benefits and the
    most-used guidance."""

    intro = RichTextField(
        verbose_name=_("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text under the heading: who the portal is for."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.YdelsePage",
        "cms.VejledningPage",
        "cms.FaqPage",
        "cms.KontaktPage",
        "cms.TilgaengelighedPage",
        "cms.OmPage",
        "cms.PrivatlivPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # Addresses are the Danish tree's in both languages (see PortalPage).
        source = self.kilde()
        if source is not None:
            return source.specific.route(request, path_components)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from ..navigation import forside

        context = super().get_context(request, *args, **kwargs)
        context["kommune_navn"] = self.title
        context.update(forside(self.kilde() or self, request))
        return context


class YdelsePage(PortalPage):
    """One benefit, in the start-page pattern: who can get it, what you need
    at hand, how long applying takes, the start button into the application,
    the estimator, processing time and how payments work."""

    ydelse = models.CharField(_("benefit"), max_length=40, choices=YDELSER)
    intro = models.CharField(_("introduction"), max_length=300, help_text=_("One or two sentences: what it is."))
    hvem = RichTextField(_("who can get it"), features=RICH_TEXT)
    skal_bruge = models.TextField(
        _("what you need at hand"),
        blank=True,
        help_text=_("One item per line, for example: Your NemKonto number."),
    )
    tidsforbrug = models.CharField(
        _("how long applying takes"), max_length=80, blank=True, help_text=_("For example: about 15 minutes.")
    )
    behandlingstid = models.CharField(
        _("processing time, a remark"),
        max_length=160,
        blank=True,
        help_text=_(
            "The processing time itself comes from the municipality's published deadlines. Add a remark if "
            "needed, for example: We decide sooner when all documents are sent."
        ),
    )
    udbetaling = RichTextField(
        _("how payments work"),
        features=RICH_TEXT,
        blank=True,
        help_text=_("The payout day from the site settings is shown with it."),
    )
    vis_beregner = models.BooleanField(_("link to the estimator"), default=True)
    body = StreamField(BodyBlock(), verbose_name=_("more guidance"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("ydelse"),
        FieldPanel("intro"),
        FieldPanel("hvem"),
        MultiFieldPanel([FieldPanel("skal_bruge"), FieldPanel("tidsforbrug")], heading=_("Before you start")),
        MultiFieldPanel(
            [FieldPanel("behandlingstid"), FieldPanel("udbetaling"), FieldPanel("vis_beregner")],
            heading=_("After you apply"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("hvem"), index.SearchField("skal_bruge")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.VejledningPage", "cms.FaqPage"]

    class Meta:
        verbose_name = _("benefit page")

    def sagsbehandlingsfrist(self):
        """The processing deadline the receipt and Min Side give for this
        benefit: the municipality's published one, or the default. One source,
        so the guidance never promises another time than the case page."""
        from .settings import KommuneIndstillinger

        site = self.get_site()
        kommune = KommuneIndstillinger.for_site(site).kommune if site is not None else None
        return kommune.sagsbehandlingsfrist(self.ydelse) if kommune is not None else None

    def clean(self):
        super().clean()
        parent = self.get_parent()
        if parent is not None and self.ydelse:
            siblings = YdelsePage.objects.child_of(parent).filter(ydelse=self.ydelse)
            if self.pk:
                siblings = siblings.exclude(pk=self.pk)
            if siblings.exists():
                raise ValidationError({"ydelse": _("This site already has a page for this benefit.")})

    @property
    def skal_bruge_punkter(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.skal_bruge.splitlines() if line.strip(" -•\t")]

    @property
    def start_url(self) -> str:
        try:
            return reverse("ansoegning:start", args=[self.ydelse])
        except NoReverseMatch:
            return ""

    @property
    def beregner_url(self) -> str:
        try:
            return reverse("ansoegning:estimat_ydelse", args=[self.ydelse])
        except NoReverseMatch:
            return ""


class VejledningPage(PortalPage):
    """A guidance page: one topic, explained."""

    intro = models.CharField(verbose_name=_("introduction"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    fremhaevet = models.BooleanField(
        _("show on the home page"), default=False, help_text=_("Listed under the most-used guidance.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, FieldPanel("fremhaevet")]
    parent_page_types = GUIDANCE_PARENTS
    subpage_types = ["cms.VejledningPage"]

    class Meta:
        verbose_name = _("guidance page")


class FaqPage(PortalPage):
    """Questions and answers: mostly accordions."""

    intro = models.CharField(verbose_name=_("introduction"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("questions and answers"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["cms.HomePage", "cms.YdelsePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("questions and answers page")


class _EnesteSide(PortalPage):
    intro = models.CharField(verbose_name=_("introduction"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class KontaktPage(_EnesteSide):
    """How to reach the municipality; the details come from the site settings."""

    class Meta:
        verbose_name = _("contact page")


class TilgaengelighedPage(_EnesteSide):
    """The accessibility statement the web accessibility act requires
    (lov om tilgængelighed af offentlige organers websteder og mobilapplikationer)."""

    overholdelse = models.CharField(
        _("compliance"),
        max_length=20,
        default="delvis",
        choices=[("fuld", _("Fully compliant")), ("delvis", _("Partially compliant")), ("ikke", _("Not compliant"))],
    )
    udarbejdet = models.DateField(_("statement prepared on"), null=True, blank=True)

    content_panels = [*_EnesteSide.content_panels, FieldPanel("overholdelse"), FieldPanel("udarbejdet")]

    class Meta:
        verbose_name = _("accessibility statement")


class OmPage(_EnesteSide):
    """About the portal: who runs it, what it is for."""

    class Meta:
        verbose_name = _("about page")


class PrivatlivPage(_EnesteSide):
    """How the municipality processes the citizen's personal data: the
    information the GDPR (articles 13 and 14) requires a controller to give,
    and the cookies the portal sets."""

    class Meta:
        verbose_name = _("privacy statement")


class PortalPageForm(WagtailAdminPageForm):
    """The slug is made ASCII (``dansk_slug``) before Wagtail checks that it
    is free, so a clash is a message on the field, never an error page."""

    def clean_slug(self):
        return dansk_slug(self.cleaned_data.get("slug") or "")


PortalPage.base_form_class = PortalPageForm
