"""Choices used by the domain. Values are Danish, ASCII-folded, and stable:
they are stored in the database and sent in events."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SagStatus(models.TextChoices):
    MODTAGET = "modtaget", _("Received")
    UNDER_BEHANDLING = "under_behandling", _("Being processed")
    AFVENTER_BORGER = "afventer_borger", _("Waiting for you")
    AFGJORT = "afgjort", _("Decided")
    LUKKET = "lukket", _("Closed")


class Ydelsestype(models.TextChoices):
    KONTANTHJAELP = "kontanthjaelp", _("Social assistance")
    PERSONLIG_TILLAEGSPROCENT = "personlig_tillaegsprocent", _("Personal supplement percentage")
    HELBREDSTILLAEG = "helbredstillaeg", _("Health supplement")
    TANDPLEJE = "tandpleje", _("Dental care")


LOEBENDE_YDELSER = frozenset({Ydelsestype.KONTANTHJAELP, Ydelsestype.PERSONLIG_TILLAEGSPROCENT})
"""Benefits paid every month (the others are one-off payments)."""


class Rolle(models.TextChoices):
    SAGSBEHANDLER = "sagsbehandler", _("Caseworker")
    KOORDINATOR = "koordinator", _("Team lead")
    KOMMUNIKATOR = "kommunikator", _("Communicator")
    ADMINISTRATOR = "administrator", _("Administrator")


class AktoerType(models.TextChoices):
    BORGER = "borger", _("Citizen")
    MEDARBEJDER = "medarbejder", _("Staff")
    SYSTEM = "system", _("System")


class Udfald(models.TextChoices):
    BEVILGET = "bevilget", _("Granted")
    DELVIST_BEVILGET = "delvis", _("Partly granted")
    AFSLAG = "afslag", _("Refused")
    STOPPET = "stoppet", _("Stopped")


class AfgoerelseArt(models.TextChoices):
    """What a decision (or a payment line) is about: the benefit itself, or the
    difference on a month already paid (an extra payment or a repayment claim)."""

    YDELSE = "ydelse", _("Benefit")
    EFTERBETALING = "efterbetaling", _("Extra payment")
    TILBAGEBETALING = "tilbagebetaling", _("Repayment claim")


class Anledning(models.TextChoices):
    """What led to a decision."""

    ANSOEGNING = "ansoegning", _("Application")
    INDBERETNING = "indberetning", _("Income report")
    AENDRING = "aendring", _("Change of circumstances")
    SAGSBEHANDLER = "sagsbehandler", _("Caseworker")
    GENBEREGNING = "genberegning", _("Recalculation")


class AendringType(models.TextChoices):
    """The changes of circumstances a citizen can report (``Meld ændring``)."""

    FLYTTET = "flyttet", _("I have moved")
    GIFT = "gift", _("I have married or moved in with a partner")
    SEPARERET = "separeret", _("I have separated, divorced or moved away from my partner")
    BARN_FOEDT = "barn_foedt", _("A child has been born or has moved in")
    BARN_FLYTTET = "barn_flyttet", _("A child has moved out")
    ARBEJDE = "arbejde", _("I have started work or education")
    UDLANDET = "udlandet", _("I am going abroad")
    FORMUE = "formue", _("My assets have changed")


class BorgerAktivitet(models.TextChoices):
    """What the citizen last sent on a case that the caseworker has not yet seen
    (the queue's "new from the citizen" flag)."""

    BESKED = "besked", _("Reply")
    DOKUMENT = "dokument", _("Document")
    INDTAEGT = "indtaegt", _("Income report")
    AENDRING = "aendring", _("Change of circumstances")


class DokumentKategori(models.TextChoices):
    """What a document is. ``BREV`` is a letter the system wrote; the rest are
    uploads from the citizen or the caseworker."""

    BREV = "brev", _("Letter")
    LOENSEDDEL = "loenseddel", _("Payslip")
    KONTOUDTOG = "kontoudtog", _("Bank statement")
    LAEGEERKLAERING = "laegeerklaering", _("Medical certificate")
    REGNING = "regning", _("Invoice or estimate")
    ANDET = "andet", _("Other documentation")


class Brevtype(models.TextChoices):
    KVITTERING = "kvittering", _("Receipt")
    AFGOERELSE = "afgoerelse", _("Decision")


class UdbetalingStatus(models.TextChoices):
    PLANLAGT = "planlagt", _("Planned")
    BESTILT = "bestilt", _("Ordered")
    UDBETALT = "udbetalt", _("Paid")
    ANNULLERET = "annulleret", _("Cancelled")


class IndberetningType(models.TextChoices):
    INDTAEGT = "indtaegt", _("Income report")
    AENDRING = "aendring", _("Change of circumstances")


class Register(models.TextChoices):
    """Registers a case can be waiting for."""

    CPR = "cpr", _("CPR register")
    EINDKOMST = "eindkomst", _("eIndkomst")


class Civilstand(models.TextChoices):
    UGIFT = "ugift", _("Unmarried")
    GIFT = "gift", _("Married")
    SKILT = "skilt", _("Divorced")
    ENKE = "enke", _("Widowed")
    UKENDT = "", _("Unknown")


class BeskedAfsender(models.TextChoices):
    BORGER = "borger", _("Citizen")
    MEDARBEJDER = "medarbejder", _("Caseworker")
    SYSTEM = "system", _("System")


ALLOWED_UPLOAD_MIME_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif"})


class NotifikationKanal(models.TextChoices):
    """How the citizen is told that something has come (never what it says)."""

    EMAIL = "email", _("E-mail")
    SMS = "sms", _("Text message (SMS)")


class NotifikationArt(models.TextChoices):
    BREV = "brev", _("A letter")
    AFGOERELSE = "afgoerelse", _("A decision")
    ANMODNING = "anmodning", _("A request for information")
    SVAR = "svar", _("A reply from your caseworker")
    INDBERETNING = "indberetning", _("Reminder to report income")
