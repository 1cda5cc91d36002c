from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="home")
class KommuneIndstillinger(BaseSiteSetting):
    """One municipality's settings for its site: name, logo, contact details,
    opening hours and the payout day shown on pages. Communicators may edit
    only their own site's (``GroupSitePermission``)."""

    kommune = models.ForeignKey(
        "backend_core.Kommune",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The municipality this site belongs to (its help texts and cases)."),
    )
    navn = models.CharField(_("name"), max_length=100, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    telefon = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    adresse = models.TextField(_("address"), blank=True)
    aabningstider = models.TextField(_("opening hours"), blank=True)
    aabningstider_en = models.TextField(_("opening hours (English)"), blank=True)
    udbetalingsdag = models.CharField(
        _("payout day"),
        max_length=120,
        blank=True,
        help_text=_("As citizens read it, for example: the last banking day of the month."),
    )
    udbetalingsdag_en = models.CharField(_("payout day (English)"), max_length=120, blank=True)

    panels = [
        FieldPanel("navn"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("telefon"),
                FieldPanel("email"),
                FieldPanel("adresse"),
                FieldPanel("aabningstider"),
                FieldPanel("aabningstider_en"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("udbetalingsdag"), FieldPanel("udbetalingsdag_en")], heading=_("Payments")),
    ]

    class Meta:
        verbose_name = _("municipality settings")

    def _sprog(self, dansk: str, engelsk: str) -> str:
        return engelsk if (get_language() or "da").startswith("en") and engelsk else dansk

    @property
    def aabningstider_vist(self) -> str:
        return self._sprog(self.aabningstider, self.aabningstider_en)

    @property
    def udbetalingsdag_vist(self) -> str:
        return self._sprog(self.udbetalingsdag, self.udbetalingsdag_en)
