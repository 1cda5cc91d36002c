"""Telling the citizen, outside the portal, that something has come.

A notice says only *that* something has come (a letter, a decision, a request
for information, a reply, or that income is due) and where to read it; it
never holds a name, a case, an amount or any other personal data, because
e-mail and SMS are not secure channels. Letters themselves go to Digital Post
(``services.brev``).

Notices are rows (``Notifikation``) written in a transaction: from an outbox
event (``NotifikationModtager``, one of the outbox receivers) or by the
monthly reminder (``indberetning_paamind``). A task sends each after commit;
a sweep sends what an outage of the mail or SMS gateway left.
"""

from __future__ import annotations

import logging
import re

from celery import current_app
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .. import audit, events
from ..aktoer import Aktoer
from ..constants import NotifikationArt, NotifikationKanal, SagStatus, Udfald, Ydelsestype
from ..exceptions import DomaeneValideringsfejl
from ..models import Afgoerelse, Borger, Indberetning, Kontaktvalg, Notifikation, Sag
from ..policies import kan_handle_for_borger, kraev
from ..registre import RegisterUtilgaengelig
from ..selectors.min_side import indberetningsmaaned

logger = logging.getLogger(__name__)

_MOBIL = re.compile(r"^[2-9]\d{7}$")
SEND_TASK = "backend_core.notifikation_send"


def _queue(name: str, *args) -> None:
    """Queue a task by name after commit (run at once when Celery is eager);
    a broker outage is logged: the sweep sends what waits."""

    def send() -> None:
        try:
            if current_app.conf.task_always_eager:
                current_app.tasks[name].apply(args=args)
            else:
                current_app.send_task(name, args=list(args))
        except Exception:  # noqa: BLE001 - kombu/redis/socket; the sweep catches up
            logger.warning("task not queued name=%s; the sweep sends it", name, exc_info=True)

    transaction.on_commit(send, robust=True)


def kontaktvalg_set(
    *,
    aktoer: Aktoer,
    borger: Borger,
    email: str = "",
    mobil: str = "",
    via_email: bool = False,
    via_sms: bool = False,
    sprog: str | None = None,
) -> Kontaktvalg:
    """Store how the citizen wants to be told. A chosen channel needs its
    address; a mobile number is 8 Danish digits (spaces allowed)."""
    kraev(
        kan_handle_for_borger(aktoer, borger) and not aktoer.er_system,
        aktoer=aktoer,
        handling=audit.KONTAKTVALG_CHANGED,
        objekt=borger,
        borger=borger,
    )
    email = (email or "").strip()
    mobil = re.sub(r"[\s-]", "", mobil or "").removeprefix("+45")
    if via_email and not email:
        raise DomaeneValideringsfejl(_("Write your e-mail address, or untick e-mail."), felt="email")
    if mobil and not _MOBIL.match(mobil):
        raise DomaeneValideringsfejl(_("Write a Danish mobile number with 8 digits."), felt="mobil")
    if via_sms and not mobil:
        raise DomaeneValideringsfejl(_("Write your mobile number, or untick text message."), felt="mobil")
    with transaction.atomic():
        valg, _ny = Kontaktvalg.objects.update_or_create(
            borger=borger,
            defaults={
                "email": email,
                "mobil": mobil,
                "via_email": via_email,
                "via_sms": via_sms,
                "sprog": sprog or translation.get_language() or settings.LANGUAGE_CODE,
            },
        )
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.KONTAKTVALG_CHANGED,
            objekt=borger,
            borger=borger,
            detaljer={"via_email": via_email, "via_sms": via_sms},
        )
    return valg


def notifikation_opret(*, borger_id: int, art: str, noegle: str) -> list[Notifikation]:
    """Write one notice per channel the citizen chose (none if they chose
    none) and queue sending. Idempotent per ``noegle`` and channel. Call
    inside a transaction."""
    valg = Kontaktvalg.objects.filter(borger_id=borger_id).first()
    if valg is None:
        return []
    oprettet = []
    for kanal in valg.kanaler:
        try:
            with transaction.atomic():
                notifikation = Notifikation.objects.create(
                    borger_id=borger_id, kanal=kanal, art=art, noegle=noegle, sprog=valg.sprog
                )
        except IntegrityError:
            continue  # already written for this event and channel
        oprettet.append(notifikation)
        _queue(SEND_TASK, notifikation.pk)
    return oprettet


def _art_for(event: dict) -> str | None:
    data = event.get("data", {})
    typ = event.get("type")
    if typ == events.BREV_SENDT:
        return NotifikationArt.AFGOERELSE if data.get("brevtype") == "afgoerelse" else NotifikationArt.BREV
    if typ == events.SAG_AFVENTER_BORGER:
        return NotifikationArt.ANMODNING
    if typ == events.BESKED_SENDT and data.get("afsender") == "medarbejder":
        return NotifikationArt.SVAR
    return None


class NotifikationModtager:
    """The outbox receiver that turns events into notices: a letter or a
    decision letter sent, a request for information, a reply from staff."""

    register = "notifikation"

    def __init__(self, **_: object) -> None:
        pass

    def publish(self, event: dict) -> None:
        art = _art_for(event)
        borger_uuid = event.get("data", {}).get("borger")
        if art is None or not borger_uuid:
            return
        borger_id = Borger.objects.filter(uuid=borger_uuid).values_list("pk", flat=True).first()
        if borger_id is not None:
            notifikation_opret(borger_id=borger_id, art=art, noegle=f"event:{event['id']}")


def notifikation_modtager() -> NotifikationModtager:
    return NotifikationModtager()


_TEKSTER = {
    NotifikationArt.BREV: gettext_noop("You have a new letter from your municipality on My page."),
    NotifikationArt.AFGOERELSE: gettext_noop("Your municipality has made a decision. Read the letter on My page."),
    NotifikationArt.ANMODNING: gettext_noop("Your caseworker needs something from you. See what on My page."),
    NotifikationArt.SVAR: gettext_noop("Your caseworker has written to you. Read the message on My page."),
    NotifikationArt.INDBERETNING: gettext_noop(
        "Remember to report last month's income on My page before the deadline."
    ),
}


def notifikation_tekst(notifikation: Notifikation) -> tuple[str, str]:
    """Subject and body, in the citizen's language, with no personal data."""
    with translation.override(notifikation.sprog or settings.LANGUAGE_CODE):
        emne = _("News from your municipality")
        tekst = _(_TEKSTER[notifikation.art])
        link = settings.PORTAL_BASE_URL.rstrip("/") + "/min-side/"
        krop = _(
            "%(tekst)s\n\nLog in with MitID: %(link)s\n\nThis message was sent automatically; do not reply to it."
        ) % {"tekst": tekst, "link": link}
    return emne, krop


def notifikation_send(*, notifikation: Notifikation) -> Notifikation:
    """Send one notice by e-mail or SMS (both through Django's e-mail API).
    A gateway that fails raises ``RegisterUtilgaengelig`` after recording the
    attempt; the notice stays unsent for the retry."""
    if notifikation.sendt is not None:
        return notifikation
    valg = Kontaktvalg.objects.filter(borger_id=notifikation.borger_id).first()
    if valg is None or notifikation.kanal not in valg.kanaler:
        # The citizen took the channel away meanwhile: nothing to send.
        Notifikation.objects.filter(pk=notifikation.pk).update(
            sendt=timezone.now(), sidste_fejl="channel no longer chosen"
        )
        return notifikation
    emne, krop = notifikation_tekst(notifikation)
    if notifikation.kanal == NotifikationKanal.EMAIL:
        connection = get_connection(settings.EMAIL_BACKEND, fail_silently=False)
        besked = EmailMessage(emne, krop, to=[valg.email], connection=connection)
    else:
        connection = get_connection(settings.SMS_EMAIL_BACKEND, fail_silently=False)
        besked = EmailMessage("", krop, to=[f"{valg.mobil}@{settings.SMS_EMAIL_DOMAIN}"], connection=connection)
    besked.extra_headers = {"X-Ydelsesportal-Notifikation": str(notifikation.uuid)}
    try:
        besked.send()
    except Exception as exc:  # noqa: BLE001 - SMTP, HTTP API or socket errors alike
        Notifikation.objects.filter(pk=notifikation.pk).update(forsoeg=F("forsoeg") + 1, sidste_fejl=repr(exc)[:2000])
        raise RegisterUtilgaengelig(f"notifikation:{notifikation.kanal}", type(exc).__name__) from exc
    with transaction.atomic():
        notifikation.sendt = timezone.now()
        Notifikation.objects.filter(pk=notifikation.pk).update(sendt=notifikation.sendt)
        audit.audit_log(
            aktoer=Aktoer.system(),
            handling=audit.NOTIFIKATION_SENT,
            objekt=notifikation,
            borger=valg.borger,
            detaljer={"kanal": notifikation.kanal, "art": notifikation.art},
        )
    return notifikation


def indberetning_paamind(*, idag=None) -> int:
    """The monthly reminder: every citizen with granted social assistance
    who has not reported last month's income gets a notice on the channels
    they chose (once per case and month). Returns how many notices."""
    idag = idag or timezone.localdate()
    maaned, _frist = indberetningsmaaned(idag)
    sager = (
        Sag.objects.filter(ydelse=Ydelsestype.KONTANTHJAELP)
        .exclude(status=SagStatus.LUKKET)
        .filter(
            Exists(Afgoerelse.objects.filter(sag=OuterRef("pk"), udfald__in=[Udfald.BEVILGET, Udfald.DELVIST_BEVILGET]))
        )
        .exclude(Exists(Indberetning.objects.filter(sag=OuterRef("pk"), maaned=maaned)))
        .filter(Exists(Kontaktvalg.objects.filter(borger=OuterRef("borger"))))
        .values_list("uuid", "borger_id")
    )
    antal = 0
    with transaction.atomic():
        for sag_uuid, borger_id in sager.iterator():
            antal += len(
                notifikation_opret(
                    borger_id=borger_id, art=NotifikationArt.INDBERETNING, noegle=f"indberetning:{maaned}:{sag_uuid}"
                )
            )
    return antal
