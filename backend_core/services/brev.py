"""Letters: ordered in the deciding transaction, rendered and sent by a task.

``brev_queue`` writes a ``Brevbestilling`` (so the order survives a broker
outage) and queues ``tasks.brev_send`` after commit. ``brev_produce_and_send``
renders the PDF with ``backend_core.breve.render_brev_pdf``, stores it as a
``Dokument`` on the case (visible to the citizen) and hands it to Digital
Post. Each step is done once: a retry after a Digital Post outage sends the
stored PDF again under the same idempotency key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import uuid

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .. import audit, events
from ..aktoer import Aktoer
from ..constants import AktoerType, Brevtype, DokumentKategori, Udfald, Ydelsestype
from ..korrelation import get_correlation_id
from ..models import Brevbestilling, Brevtekst, Dokument, Sag

logger = logging.getLogger(__name__)

EMNER = {
    Brevtype.KVITTERING: "Kvittering for din ansøgning om {ydelse}",
    Brevtype.AFGOERELSE: "Afgørelse om {ydelse}",
}
NAESTE_SKRIDT = (
    "Vi behandler din ansøgning hurtigst muligt. Du kan følge sagen på Min Side, "
    "og du får besked i Digital Post, når der er en afgørelse."
)
ENGANGSYDELSER = frozenset({Ydelsestype.TANDPLEJE, Ydelsestype.HELBREDSTILLAEG})


def brev_queue(*, sag: Sag, brevtype: str, sprog: str = "da") -> Brevbestilling:
    """Order a letter. Call inside the transaction that made it due; the
    letter task runs after commit."""
    bestilling = Brevbestilling.objects.create(
        sag=sag, brevtype=Brevtype(brevtype), sprog=sprog, correlation_id=get_correlation_id()
    )
    bestilling_id = bestilling.pk
    transaction.on_commit(lambda: _planlaeg(bestilling_id))
    return bestilling


def _planlaeg(bestilling_id: int) -> None:
    """Called only from ``transaction.on_commit``; a broker outage leaves the
    order for the periodic sweep (``tasks.brev_send_pending``)."""
    from ..tasks import brev_send

    try:
        brev_send.delay(bestilling_id)
    except Exception:
        logger.warning(
            "letter not queued, broker unreachable; the sweep will send it", exc_info=True
        )


def _ydelse_titel(ydelse: str) -> tuple[str, str]:
    try:
        import beregning

        y = beregning.YDELSER[ydelse]
        return y.titel, getattr(y, "hjemmel", "")
    except (ImportError, KeyError):
        return Ydelsestype(ydelse).label, ""


def brev_kontekst(*, bestilling: Brevbestilling) -> dict:
    """The context for ``render_brev_pdf`` (its contract is in
    ``backend_core.breve``), built from the models."""
    sag = Sag.objects.select_related("borger", "kommune").get(pk=bestilling.sag_id)
    borger, kommune = sag.borger, sag.kommune
    tekster: dict[str, str] = {}
    for b in Brevtekst.objects.filter(
        Q(kommune=kommune) | Q(kommune__isnull=True),
        brevtype=bestilling.brevtype,
        sprog=bestilling.sprog,
    ).order_by("kommune_id"):
        # Standard blocks (no municipality) first, the municipality's own override.
        if b.kommune_id is None:
            tekster.setdefault(b.noegle, b.tekst)
        else:
            tekster[b.noegle] = b.tekst
    ydelse_titel, hjemmel = _ydelse_titel(sag.ydelse)
    indstillinger = kommune.indstillinger if kommune else {}
    kontekst: dict = {
        "kommune": {
            "navn": kommune.navn if kommune else "Kommunen",
            "adresse": indstillinger.get("adresse", ""),
            "telefon": indstillinger.get("telefon", ""),
        },
        "modtager": {
            "navn": borger.navn or "Borger",
            "adresse_linjer": [
                x for x in (borger.adresse, f"{borger.postnummer} {borger.by}".strip()) if x
            ],
        },
        "dato": timezone.localdate(),
        "reference": sag.reference,
        "emne": EMNER[bestilling.brevtype].format(ydelse=ydelse_titel.lower()),
        "brevtekster": tekster,
        "ydelse_titel": ydelse_titel,
    }
    if bestilling.brevtype == Brevtype.KVITTERING:
        ansoegning = getattr(sag, "ansoegning", None)
        kontekst.update(
            {
                "indsendelse": "ansoegning",
                "modtaget_tidspunkt": ansoegning.indsendt if ansoegning else sag.oprettet,
                "svar": svar_opsummering(ansoegning.svar if ansoegning else {}),
                "dokumenter": list(
                    sag.dokumenter.exclude(kategori=DokumentKategori.BREV).values_list(
                        "filnavn", flat=True
                    )
                ),
                "naeste_skridt": NAESTE_SKRIDT,
            }
        )
    else:
        afgoerelse = sag.afgoerelser.order_by("-afgjort_tid", "-id").first()
        if afgoerelse is None:
            raise ValueError("A decision letter needs a decision on the case.")
        beregning = afgoerelse.beregning
        kontekst.update(
            {
                "emne": EMNER[Brevtype.AFGOERELSE].format(ydelse=ydelse_titel.lower()),
                "udfald": afgoerelse.udfald,
                "beloeb": afgoerelse.beloeb if afgoerelse.udfald != Udfald.AFSLAG else None,
                "beloeb_enhed": "engangsbeløb" if sag.ydelse in ENGANGSYDELSER else "per måned",
                "periode": _virkningsperiode(afgoerelse, bestilling.sprog)
                or (beregning.periode if beregning else ""),
                "linjer": [
                    {
                        "tekst": linje.get("tekst", ""),
                        "beloeb": linje.get("beloeb", "0"),
                        "hjemmel": linje.get("hjemmel", ""),
                    }
                    for linje in afgoerelse.linjer
                ],
                "begrundelse": afgoerelse.begrundelse or "",
                "hjemmel": hjemmel,
                "straks": afgoerelse.afgjort_af_straks,
                "klagevejledning": afgoerelse.klagevejledning,
            }
        )
    return kontekst


def _virkningsperiode(afgoerelse, sprog: str) -> str:
    """The decision's period in words ("fra 1. januar 2027", or from–to)."""
    from ..breve.formatering import formater_dato

    if not afgoerelse.virkning_fra:
        return ""
    fra = formater_dato(afgoerelse.virkning_fra, sprog)
    if afgoerelse.virkning_til:
        return f"{fra} – {formater_dato(afgoerelse.virkning_til, sprog)}"
    return f"{'from' if sprog == 'en' else 'fra'} {fra}"


def svar_opsummering(svar) -> list[dict]:
    """The answers as ``{"spoergsmaal", "svar"}`` rows for the receipt. The
    flow may send ``{"opsummering": [...]}`` with its own labels; otherwise
    the keys are shown as they are."""
    if isinstance(svar, dict) and isinstance(svar.get("opsummering"), list):
        return [
            {"spoergsmaal": str(r.get("spoergsmaal", "")), "svar": _svar(r.get("svar"))}
            for r in svar["opsummering"]
            if isinstance(r, dict)
        ]
    if isinstance(svar, dict):
        return [
            {"spoergsmaal": str(k).replace("_", " ").capitalize(), "svar": _svar(v)}
            for k, v in svar.items()
            if not isinstance(v, dict)
        ]
    return []


def _svar(v):
    if v is None:
        return ""
    if isinstance(v, str | bool | int | dt.date):
        return v
    if isinstance(v, list):
        return [_svar(x) for x in v if not isinstance(x, dict | list)]
    return str(v)


def brev_produce_and_send(*, bestilling: Brevbestilling) -> Dokument:
    """Render, store and send one ordered letter (from a task). Raises
    ``RegisterUtilgaengelig`` when Digital Post is down; the stored PDF is
    then sent on the next attempt."""
    from ..breve import render_brev_pdf
    from ..registre import get_digital_post_client

    system = Aktoer.system()
    sag = Sag.objects.select_related("borger").get(pk=bestilling.sag_id)
    if bestilling.dokument_id is None:
        pdf = render_brev_pdf(
            brevtype=bestilling.brevtype,
            kontekst=brev_kontekst(bestilling=bestilling),
            sprog=bestilling.sprog,
        )
        dokument_uuid = uuid.uuid4()
        noegle = storages["dokumenter"].save(
            f"breve/{sag.borger.uuid}/{dokument_uuid}.pdf", ContentFile(pdf)
        )
        with transaction.atomic():
            dokument = Dokument.objects.create(
                uuid=dokument_uuid,
                borger=sag.borger,
                sag=sag,
                kategori=DokumentKategori.BREV,
                brevtype=bestilling.brevtype,
                filnavn=f"{bestilling.brevtype}-{sag.reference}.pdf",
                mimetype="application/pdf",
                stoerrelse=len(pdf),
                sha256=hashlib.sha256(pdf).hexdigest(),
                lagernoegle=noegle,
                synlig_for_borger=True,
                oprettet_af=AktoerType.SYSTEM,
            )
            bestilling.dokument = dokument
            bestilling.save(update_fields=["dokument"])
            audit.audit_log(
                aktoer=system,
                handling=audit.BREV_CREATED,
                objekt=dokument,
                borger=sag.borger,
                detaljer={"brevtype": bestilling.brevtype},
            )
    else:
        dokument = bestilling.dokument
        with storages["dokumenter"].open(dokument.lagernoegle, "rb") as f:
            pdf = f.read()
    if bestilling.sendt is None:
        titel = dokument.filnavn
        post_id = get_digital_post_client().send_brev(
            cpr=sag.borger.cpr, titel=titel, pdf=pdf, idempotency_key=str(bestilling.uuid)
        )
        with transaction.atomic():
            now = timezone.now()
            dokument.digital_post_id = post_id
            dokument.digital_post_sendt = now
            dokument.save(update_fields=["digital_post_id", "digital_post_sendt"])
            bestilling.sendt = now
            bestilling.save(update_fields=["sendt"])
            audit.audit_log(
                aktoer=system,
                handling=audit.BREV_SENT,
                objekt=dokument,
                borger=sag.borger,
                detaljer={"brevtype": bestilling.brevtype},
            )
            events.outbox_write(
                type=events.BREV_SENDT,
                sag=sag,
                data={"dokument": str(dokument.uuid), "brevtype": bestilling.brevtype},
            )
    return dokument


def brev_mark_failed(*, bestilling_id: int, fejl: str) -> None:
    from django.db.models import F

    Brevbestilling.objects.filter(pk=bestilling_id).update(
        forsoeg=F("forsoeg") + 1, sidste_fejl=fejl[:2000]
    )
