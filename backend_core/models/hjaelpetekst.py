from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Hjaelpetekst(models.Model):
    """A communicator's wording of a text in the application flows: the help
    text (hint) under a question, or a text around the receipt.

    The code's text is the default; a row here replaces it for one
    municipality and one language. Edited in Wagtail as a snippet (``cms``);
    read through ``backend_core.hjaelpetekster.hjaelpetekst``.
    """

    kommune = models.ForeignKey(
        "backend_core.Kommune",
        on_delete=models.CASCADE,
        related_name="hjaelpetekster",
        verbose_name=_("municipality"),
    )
    flow = models.CharField(
        _("application"),
        max_length=40,
        help_text=_("The benefit whose application has the question, for example kontanthjaelp."),
    )
    noegle = models.CharField(
        _("question"),
        max_length=80,
        help_text=_("The question's key in the flow (for example samlevende), or kvittering.<name> for the receipt."),
    )
    sprog = models.CharField(_("language"), max_length=5, default="da", choices=[("da", "Dansk"), ("en", "English")])
    tekst = models.TextField(_("text"), help_text=_("Plain text, shown under the question."))
    opdateret = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["flow", "noegle", "sprog"]
        verbose_name = _("help text")
        verbose_name_plural = _("help texts")
        constraints = [
            models.UniqueConstraint(fields=["kommune", "flow", "noegle", "sprog"], name="hjaelpetekst_unik"),
        ]

    def __str__(self) -> str:
        return f"{self.flow}/{self.noegle} ({self.sprog})"
