"""Services for the caseworker's and team lead's back office: case
distribution (single and bulk), asking the citizen with a deadline and the
reminder when it passes, internal journal notes, and the decision letter's
preview before the decision is made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from .. import audit, events
from ..aktoer import Aktoer
from ..breve import render_brev_pdf
from ..constants import BeskedAfsender, Brevtype, SagStatus
from ..exceptions import DomaeneValideringsfejl
from ..models import Besked, Brevbestilling, Journalnotat, Sag
from ..policies import kan_behandle_sager, kan_se_sag, kraev
from .besked import besked_send
from .brev import brev_kontekst
from .sag import afgoerelse_create, sag_assign, sag_transition

FRIST_MIN_DAGE = 1
FRIST_MAKS_DAGE = 90
NOTAT_MAKS_LAENGDE = 10_000


def sag_assign_bulk(*, aktoer: Aktoer, sager: Iterable[Sag], sagsbehandler) -> int:
    """Give several cases to one caseworker (or to nobody) in one
    transaction; each assignment is checked and audited as ``sag_assign``
    does. All or nothing: one case outside the actor's reach refuses them all."""
    sager = list(sager)
    if not sager:
        raise DomaeneValideringsfejl(_("Choose at least one case."), felt="sager")
    with transaction.atomic():
        for sag in sager:
            sag_assign(aktoer=aktoer, sag=sag, sagsbehandler=sagsbehandler)
    return len(sager)


def sag_anmod_borger(*, aktoer: Aktoer, sag: Sag, tekst: str, frist: dt.date) -> Sag:
    """Ask the citizen for information by ``frist``: a message on the case,
    the case waits for the citizen, and the deadline is stored (the citizen
    sees it on Min Side; a reminder goes out when it passes)."""
    kraev(
        kan_se_sag(aktoer, sag) and kan_behandle_sager(aktoer),
        aktoer=aktoer,
        handling=audit.SAG_ANMODNING_SENT,
        objekt=sag,
        borger=sag.borger,
    )
    idag = timezone.localdate()
    if frist is None:
        raise DomaeneValideringsfejl(_("Enter the deadline for the citizen."), felt="frist")
    if frist < idag + dt.timedelta(days=FRIST_MIN_DAGE):
        raise DomaeneValideringsfejl(_("The deadline must be after today."), felt="frist")
    if frist > idag + dt.timedelta(days=FRIST_MAKS_DAGE):
        raise DomaeneValideringsfejl(
            _("The deadline can be at most %(dage)s days from today.") % {"dage": FRIST_MAKS_DAGE},
            felt="frist",
        )
    if not (tekst or "").strip():
        raise DomaeneValideringsfejl(_("Write what you need from the citizen."), felt="tekst")
    with transaction.atomic():
        if sag.status == SagStatus.MODTAGET:
            sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.UNDER_BEHANDLING)
        besked_send(aktoer=aktoer, sag=sag, tekst=tekst)
        sag_transition(aktoer=aktoer, sag=sag, til=SagStatus.AFVENTER_BORGER, begrundelse=tekst.strip())
        sag.borger_frist = frist
        sag.borger_frist_paamindet = None
        sag.save(update_fields=["borger_frist", "borger_frist_paamindet", "opdateret"])
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.SAG_ANMODNING_SENT,
            objekt=sag,
            borger=sag.borger,
            detaljer={"frist": frist.isoformat()},
        )
    return sag


PAAMINDELSE = (
    "Påmindelse: Vi bad dig om oplysninger senest {frist}, og vi har endnu ikke hørt fra dig. "
    "Svar venligst på Min Side så hurtigt som muligt, så vi kan behandle din sag. "
    "Har du spørgsmål, så skriv til os her."
)


def sag_frist_paamind(*, sag: Sag) -> bool:
    """Remind the citizen once that the deadline of the open request has
    passed (run by the system from a task). Returns whether a reminder was
    sent; does nothing if the case no longer waits or was reminded already."""
    system = Aktoer.system()
    with transaction.atomic():
        sag = Sag.objects.select_for_update(of=("self",)).select_related("borger", "kommune").get(pk=sag.pk)
        idag = timezone.localdate()
        if (
            sag.status != SagStatus.AFVENTER_BORGER
            or sag.borger_frist is None
            or sag.borger_frist >= idag
            or sag.borger_frist_paamindet is not None
        ):
            return False
        with translation.override("da"):
            frist = formats.date_format(sag.borger_frist, "j. F Y")
        besked = Besked.objects.create(sag=sag, afsender=BeskedAfsender.SYSTEM, tekst=PAAMINDELSE.format(frist=frist))
        sag.borger_frist_paamindet = timezone.now()
        sag.save(update_fields=["borger_frist_paamindet", "opdateret"])
        audit.audit_log(
            aktoer=system,
            handling=audit.SAG_FRIST_REMINDED,
            objekt=sag,
            borger=sag.borger,
            detaljer={"frist": sag.borger_frist.isoformat(), "besked": str(besked.uuid)},
        )
        events.outbox_write(
            type=events.BESKED_SENDT,
            sag=sag,
            data={"besked": str(besked.uuid), "afsender": BeskedAfsender.SYSTEM},
        )
    return True


def sager_med_overskredet_frist(*, graense: int = 500) -> list[int]:
    """Ids of cases waiting for the citizen past their deadline, not yet
    reminded (for the periodic sweep)."""
    return list(
        Sag.objects.filter(
            status=SagStatus.AFVENTER_BORGER,
            borger_frist__lt=timezone.localdate(),
            borger_frist_paamindet__isnull=True,
        )
        .order_by("borger_frist", "id")
        .values_list("pk", flat=True)[:graense]
    )


def journalnotat_create(*, aktoer: Aktoer, sag: Sag, tekst: str) -> Journalnotat:
    """An internal note on the case (never shown to the citizen)."""
    kraev(
        kan_se_sag(aktoer, sag) and kan_behandle_sager(aktoer),
        aktoer=aktoer,
        handling=audit.JOURNALNOTAT_CREATED,
        objekt=sag,
        borger=sag.borger,
    )
    tekst = (tekst or "").strip()
    if not tekst:
        raise DomaeneValideringsfejl(_("Write the note before you save it."), felt="tekst")
    if len(tekst) > NOTAT_MAKS_LAENGDE:
        raise DomaeneValideringsfejl(
            _("The note is too long. Write at most %(maks)s characters.") % {"maks": NOTAT_MAKS_LAENGDE},
            felt="tekst",
        )
    with transaction.atomic():
        notat = Journalnotat.objects.create(sag=sag, forfatter=aktoer.user, tekst=tekst)
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.JOURNALNOTAT_CREATED,
            objekt=notat,
            borger=sag.borger,
            detaljer={"sag": str(sag.uuid)},
        )
    return notat


class _Forhaandsvisning(Exception):
    """Rolls back the trial decision once its letter is rendered."""


def afgoerelse_preview(
    *,
    aktoer: Aktoer,
    sag: Sag,
    udfald: str,
    beloeb,
    begrundelse: str,
    beregning=None,
    virkning_fra=None,
    virkning_til=None,
) -> bytes:
    """The decision letter exactly as ``afgoerelse_create`` will send it, as
    PDF bytes, without deciding: the real decision service runs in a
    transaction that is rolled back once its letter is rendered (so no event,
    payment or letter leaves). The preview itself is audited."""
    kraev(
        kan_se_sag(aktoer, sag)
        and kan_behandle_sager(aktoer)
        and sag.status in (SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING),
        aktoer=aktoer,
        handling=audit.AFGOERELSE_PREVIEWED,
        objekt=sag,
        borger=sag.borger,
    )
    proeve = Sag.objects.select_related("borger", "kommune").get(pk=sag.pk)
    pdf = b""
    try:
        with transaction.atomic():
            afgoerelse = afgoerelse_create(
                aktoer=aktoer,
                sag=proeve,
                udfald=udfald,
                beloeb=beloeb,
                begrundelse=begrundelse,
                beregning=beregning,
                virkning_fra=virkning_fra,
                virkning_til=virkning_til,
            )
            bestilling = (
                Brevbestilling.objects.filter(sag=proeve, brevtype=Brevtype.AFGOERELSE, afgoerelse=afgoerelse)
                .order_by("-id")
                .first()
            )
            pdf = render_brev_pdf(
                brevtype=Brevtype.AFGOERELSE,
                kontekst=brev_kontekst(bestilling=bestilling),
                sprog=bestilling.sprog,
            )
            raise _Forhaandsvisning
    except _Forhaandsvisning:
        pass
    audit.audit_log(
        aktoer=aktoer,
        handling=audit.AFGOERELSE_PREVIEWED,
        objekt=sag,
        borger=sag.borger,
        detaljer={"udfald": udfald},
    )
    return pdf
