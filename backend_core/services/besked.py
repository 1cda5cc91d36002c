"""Messages between the citizen and the caseworkers on a case."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit, events
from ..aktoer import Aktoer
from ..constants import BeskedAfsender, BorgerAktivitet, DokumentKategori, SagStatus
from ..exceptions import DomaeneValideringsfejl
from ..models import Besked, Sag
from ..policies import kan_se_sag, kraev
from .dokument import dokument_add
from .sag import sag_borger_har_svaret, sag_ny_aktivitet

MAKS_LAENGDE = 5000


def besked_send(*, aktoer: Aktoer, sag: Sag, tekst: str, filer: list | None = None) -> Besked:
    """Send a message on the case, with files attached (``filer``: uploaded
    files, stored on the case through ``dokument_add``, same checks). A
    citizen's message flags the case for the caseworker's queue and moves a
    case that waits for them back to processing. A refused file refuses the
    whole message, so nothing half-sent is stored."""
    kraev(
        kan_se_sag(aktoer, sag) and not aktoer.er_system,
        aktoer=aktoer,
        handling=audit.BESKED_SENT,
        objekt=sag,
        borger=sag.borger,
    )
    tekst = (tekst or "").strip()
    if not tekst:
        raise DomaeneValideringsfejl(_("Write a message before you send it."), felt="tekst")
    if len(tekst) > MAKS_LAENGDE:
        raise DomaeneValideringsfejl(
            _("The message is too long. Write at most %(maks)s characters.") % {"maks": MAKS_LAENGDE},
            felt="tekst",
        )
    if sag.status == SagStatus.LUKKET:
        raise DomaeneValideringsfejl(_("The case is closed, so you cannot write on it."), felt="sag")
    afsender = BeskedAfsender.BORGER if aktoer.er_borger else BeskedAfsender.MEDARBEJDER
    with transaction.atomic():
        besked = Besked.objects.create(sag=sag, afsender=afsender, afsender_user=aktoer.user, tekst=tekst)
        if filer:
            for fil in filer:
                besked.bilag.add(
                    dokument_add(
                        aktoer=aktoer,
                        borger=sag.borger,
                        fil=fil,
                        filnavn=fil.name,
                        kategori=DokumentKategori.ANDET,
                        sag=sag,
                    )
                )
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.BESKED_SENT,
            objekt=besked,
            borger=sag.borger,
            detaljer={"sag": str(sag.uuid)},
        )
        events.outbox_write(
            type=events.BESKED_SENDT,
            sag=sag,
            data={"besked": str(besked.uuid), "afsender": afsender},
        )

        sag_borger_har_svaret(aktoer=aktoer, sag=sag, begrundelse="Borgeren har svaret.")
        if aktoer.er_borger:
            sag_ny_aktivitet(sag=sag, art=BorgerAktivitet.BESKED)
    return besked


def besked_mark_read(*, aktoer: Aktoer, besked: Besked) -> Besked:
    """Mark a message read by its recipient (the other side). Reading one's
    own message changes nothing."""
    sag = besked.sag
    kraev(
        kan_se_sag(aktoer, sag) and not aktoer.er_system,
        aktoer=aktoer,
        handling=audit.BESKED_READ,
        objekt=besked,
        borger=sag.borger,
    )
    modtager = besked.afsender != (BeskedAfsender.BORGER if aktoer.er_borger else BeskedAfsender.MEDARBEJDER)
    if modtager and besked.laest is None:
        with transaction.atomic():
            besked.laest = timezone.now()
            besked.save(update_fields=["laest"])
            audit.audit_log(aktoer=aktoer, handling=audit.BESKED_READ, objekt=besked, borger=sag.borger)
    return besked


def beskeder_mark_read(*, aktoer: Aktoer, sag: Sag) -> int:
    """Mark every message on the case from the other side read, now (the
    recipient opened the thread). One update and one audit entry; returns
    how many were unread."""
    kraev(
        kan_se_sag(aktoer, sag) and not aktoer.er_system,
        aktoer=aktoer,
        handling=audit.BESKED_READ,
        objekt=sag,
        borger=sag.borger,
    )
    egen = BeskedAfsender.BORGER if aktoer.er_borger else BeskedAfsender.MEDARBEJDER
    with transaction.atomic():
        antal = Besked.objects.filter(sag=sag, laest__isnull=True).exclude(afsender=egen).update(laest=timezone.now())
        if antal:
            audit.audit_log(
                aktoer=aktoer, handling=audit.BESKED_READ, objekt=sag, borger=sag.borger, detaljer={"antal": antal}
            )
    return antal
