"""Letters: ordered in the deciding transaction, rendered and sent by a task.

``brev_queue`` writes a ``Brevbestilling`` (so the order survives a broker
outage) and queues the task ``backend_core.brev_send`` by name after commit. ``brev_produce_and_send``
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
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .. import audit, events
from ..aktoer import Aktoer
from ..breve import render_brev_pdf
from ..breve.formatering import formater_dato
from ..constants import (
    LOEBENDE_YDELSER,
    AendringType,
    AfgoerelseArt,
    AktoerType,
    Brevtype,
    DokumentKategori,
    Udfald,
    Ydelsestype,
)
from ..korrelation import get_correlation_id
from ..models import Brevbestilling, Brevtekst, Dokument, Sag
from ..registre import get_digital_post_client
from ..taskqueue import queue_after_commit

logger = logging.getLogger(__name__)


def brev_queue(
    *, sag: Sag, brevtype: str, sprog: str | None = None, afgoerelse=None, indberetning=None
) -> Brevbestilling:
    """Order a letter, in the citizen's language unless ``sprog`` is given;
    a decision letter names its ``afgoerelse`` (else the case's latest is
    used), a receipt for a reported change its ``indberetning`` (else it is
    the application's receipt). Call inside the transaction that made it
    due; the letter task runs after commit."""
    if sprog not in ("da", "en"):
        sprog = "en" if getattr(sag.borger, "sprog", "da") == "en" else "da"
    bestilling = Brevbestilling.objects.create(
        sag=sag,
        brevtype=Brevtype(brevtype),
        sprog=sprog,
        afgoerelse=afgoerelse,
        indberetning=indberetning,
        correlation_id=get_correlation_id(),
    )
    queue_after_commit("backend_core.brev_send", bestilling.pk, hvad="letter")
    return bestilling


def _ydelse_titel(ydelse: str, sprog: str = "da") -> tuple[str, str]:
    try:
        import beregning

        y = beregning.YDELSER[ydelse]
        return (y.titel_en if sprog == "en" else y.titel), getattr(y, "hjemmel", "")
    except (ImportError, KeyError):
        return str(Ydelsestype(ydelse).label), ""


def _emne(brevtype: str, ydelse_titel: str, art: str = AfgoerelseArt.YDELSE) -> str:
    titel = ydelse_titel[:1].lower() + ydelse_titel[1:]
    if brevtype == Brevtype.KVITTERING:
        return _("Receipt for your application for %(ydelse)s") % {"ydelse": titel}
    if art == AfgoerelseArt.EFTERBETALING:
        return _("Decision on an extra payment of %(ydelse)s") % {"ydelse": titel}
    if art == AfgoerelseArt.TILBAGEBETALING:
        return _("Decision on repayment of %(ydelse)s") % {"ydelse": titel}
    return _("Decision on %(ydelse)s") % {"ydelse": titel}


def periode_tekst(*, fra: dt.date | None, til: dt.date | None, sprog: str, loebende: bool) -> str:
    """The decision's period in words: "1. januar 2027 – 31. januar 2027",
    "from 1 January 2027" (open-ended), or "" for a one-off payment."""
    if fra is None:
        return ""
    if til is not None:
        return f"{formater_dato(fra, sprog)} – {formater_dato(til, sprog)}"
    if not loebende:
        return ""
    return _("from %(dato)s, until further notice") % {"dato": formater_dato(fra, sprog)}


def _udbetaling_tekst(afgoerelse, sprog: str) -> str:
    linje = afgoerelse.udbetalinger.exclude(udbetalingsdato=None).order_by("udbetalingsdato").first()
    if linje is None:
        return ""
    if linje.beloeb < 0:
        return ""
    return _("The money is paid to your NemKonto on %(dato)s.") % {"dato": formater_dato(linje.udbetalingsdato, sprog)}


def _naeste_skridt_afgoerelse(sag: Sag, afgoerelse) -> str:
    if afgoerelse.art == AfgoerelseArt.TILBAGEBETALING:
        return _(
            "You do not have to do anything now. The municipality will write to you about how "
            "the amount can be paid back. If you cannot afford it, tell us."
        )
    if sag.ydelse == Ydelsestype.KONTANTHJAELP and afgoerelse.udfald in (Udfald.BEVILGET, Udfald.DELVIST_BEVILGET):
        return "\n\n".join(
            [
                _(
                    "You must tell us at once about anything that can matter for your help: income, "
                    "work or education, moving, marriage or living with a partner, children moving in "
                    "or out, travel abroad and changes in your assets (duty to inform, "
                    'Retssikkerhedsloven § 11). Report it on My page under "Report a change", and '
                    "report your income every month."
                ),
                _(
                    "You must be registered as a job seeker at the jobcenter (jobnet.dk) and be "
                    "available for work, unless the jobcenter has told you otherwise."
                ),
                _("If you do not tell us about a change, you may have to pay back help you were not entitled to."),
            ]
        )
    return ""


def _linje_tekst(linje: dict, sprog: str) -> str:
    if sprog == "en":
        return linje.get("tekst_en") or linje.get("tekst", "")
    return linje.get("tekst", "")


def brev_kontekst(*, bestilling: Brevbestilling) -> dict:
    """The context for ``render_brev_pdf`` (its contract is in
    ``backend_core.breve``), built from the models, in the letter's language."""
    sprog = bestilling.sprog if bestilling.sprog in ("da", "en") else "da"
    with translation.override(sprog):
        return _brev_kontekst(bestilling, sprog)


def _brev_kontekst(bestilling: Brevbestilling, sprog: str) -> dict:
    sag = Sag.objects.select_related("borger", "kommune").get(pk=bestilling.sag_id)
    borger, kommune = sag.borger, sag.kommune
    tekster: dict[str, str] = {}
    for b in Brevtekst.objects.filter(
        Q(kommune=kommune) | Q(kommune__isnull=True),
        brevtype=bestilling.brevtype,
        sprog=sprog,
    ).order_by("kommune_id"):
        # Standard blocks (no municipality) first, the municipality's own override.
        if b.kommune_id is None:
            tekster.setdefault(b.noegle, b.tekst)
        else:
            tekster[b.noegle] = b.tekst
    ydelse_titel, hjemmel = _ydelse_titel(sag.ydelse, sprog)
    indstillinger = kommune.indstillinger if kommune else {}
    kontekst: dict = {
        "kommune": {
            "navn": kommune.navn if kommune else str(_("The municipality")),
            "adresse": indstillinger.get("adresse", ""),
            "telefon": indstillinger.get("telefon", ""),
        },
        "modtager": {
            "navn": borger.navn or str(_("Citizen")),
            "adresse_linjer": [x for x in (borger.adresse, f"{borger.postnummer} {borger.by}".strip()) if x],
        },
        "dato": timezone.localdate(),
        "reference": sag.reference,
        "emne": _emne(bestilling.brevtype, ydelse_titel),
        "brevtekster": tekster,
        # In running text: "Udbetalingen af kontanthjælp er ændret", "your application for dental care".
        "ydelse_titel": ydelse_titel[:1].lower() + ydelse_titel[1:],
    }
    if bestilling.brevtype == Brevtype.KVITTERING and bestilling.indberetning_id is not None:
        kontekst.update(_aendring_kvittering(bestilling.indberetning, ydelse_titel, sprog))
    elif bestilling.brevtype == Brevtype.KVITTERING:
        ansoegning = getattr(sag, "ansoegning", None)
        kontekst.update(
            {
                "indsendelse": "ansoegning",
                "modtaget_tidspunkt": ansoegning.indsendt if ansoegning else sag.oprettet,
                "svar": svar_opsummering(ansoegning.svar if ansoegning else {}),
                "dokumenter": list(
                    sag.dokumenter.exclude(kategori=DokumentKategori.BREV).values_list("filnavn", flat=True)
                ),
                "naeste_skridt": str(
                    _(
                        "We will process your application as soon as possible. You can follow the "
                        "case on My page, and you will be told in Digital Post when there is a "
                        "decision."
                    )
                ),
            }
        )
    else:
        afgoerelse = bestilling.afgoerelse or sag.afgoerelser.order_by("-afgjort_tid", "-id").first()
        if afgoerelse is None:
            raise ValueError("A decision letter needs a decision on the case.")
        loebende = sag.ydelse in LOEBENDE_YDELSER
        if afgoerelse.art != AfgoerelseArt.YDELSE:
            linjer: list[dict] = []
        else:
            linjer = [
                {
                    "tekst": _linje_tekst(linje, sprog),
                    "beloeb": linje.get("beloeb"),
                    "hjemmel": linje.get("hjemmel", ""),
                }
                for linje in afgoerelse.linjer
            ]
        begrundelse = afgoerelse.begrundelse or ""
        if sprog == "en" and afgoerelse.begrundelse_en:
            begrundelse = afgoerelse.begrundelse_en
        elif sprog == "en" and begrundelse:
            begrundelse = str(_("The caseworker's reasons, in Danish:")) + "\n\n" + begrundelse
        klagevejledning = afgoerelse.klagevejledning if sprog == "da" else tekster.get("klagevejledning", "")
        foerste = (
            not sag.afgoerelser.filter(art=AfgoerelseArt.YDELSE)
            .exclude(pk=afgoerelse.pk)
            .filter(afgjort_tid__lte=afgoerelse.afgjort_tid)
            .exists()
        )
        kontekst.update(
            {
                "emne": _emne(Brevtype.AFGOERELSE, ydelse_titel, afgoerelse.art),
                "udfald": afgoerelse.udfald,
                "art": afgoerelse.art,
                "aendring": not foerste and afgoerelse.art == AfgoerelseArt.YDELSE,
                "beloeb": afgoerelse.beloeb if afgoerelse.udfald not in (Udfald.AFSLAG, Udfald.STOPPET) else None,
                "beloeb_enhed": "per måned" if loebende and afgoerelse.art == AfgoerelseArt.YDELSE else "engangsbeløb",
                "periode": periode_tekst(
                    fra=afgoerelse.virkning_fra,
                    til=afgoerelse.virkning_til,
                    sprog=sprog,
                    loebende=loebende,
                ),
                "udbetaling": _udbetaling_tekst(afgoerelse, sprog),
                "linjer": linjer,
                "begrundelse": begrundelse,
                "hjemmel": hjemmel,
                "straks": afgoerelse.afgjort_af_straks,
                "klagevejledning": klagevejledning,
                "naeste_skridt": _naeste_skridt_afgoerelse(sag, afgoerelse),
            }
        )
    return kontekst


def _aendring_kvittering(indberetning, ydelse_titel: str, sprog: str) -> dict:
    """The receipt for a reported change of circumstances: what was chosen
    and written, the documents, and what happens next."""
    data = indberetning.aendringer or {}
    valgt = [str(AendringType(v).label) for v in data.get("valgt", []) if v in AendringType.values]
    svar = [{"spoergsmaal": str(_("What has changed")), "svar": valgt}]
    try:
        svar.append({"spoergsmaal": str(_("When it changed")), "svar": dt.date.fromisoformat(data.get("dato", ""))})
    except (TypeError, ValueError):
        pass
    if data.get("beskrivelse"):
        svar.append({"spoergsmaal": str(_("What you wrote")), "svar": str(data["beskrivelse"])})
    dokumenter = list(
        Dokument.objects.filter(sag=indberetning.sag, uuid__in=data.get("dokumenter") or [])
        .exclude(kategori=DokumentKategori.BREV)
        .values_list("filnavn", flat=True)
    )
    naeste = [
        str(
            _(
                "Your caseworker looks at the change. Your payment does not change until the "
                "caseworker has decided, and you get a decision letter with the reasons and how to "
                "appeal if it changes."
            )
        ),
        str(
            _(
                "If the caseworker needs more information or documents, we will write to you on Min "
                "Side and in Digital Post. Remember to report any other change at once."
            )
        ),
    ]
    return {
        "emne": _("Receipt for your report of a change: %(ydelse)s") % {"ydelse": ydelse_titel},
        "indsendelse": "indberetning",
        "modtaget_tidspunkt": indberetning.indsendt,
        "svar": svar,
        "dokumenter": dokumenter,
        "naeste_skridt": "\n\n".join(naeste),
    }


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
    system = Aktoer.system()
    sag = Sag.objects.select_related("borger").get(pk=bestilling.sag_id)
    if bestilling.dokument_id is None:
        pdf = render_brev_pdf(
            brevtype=bestilling.brevtype,
            kontekst=brev_kontekst(bestilling=bestilling),
            sprog=bestilling.sprog,
        )
        dokument_uuid = uuid.uuid4()
        noegle = storages["dokumenter"].save(f"breve/{sag.borger.uuid}/{dokument_uuid}.pdf", ContentFile(pdf))
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
    Brevbestilling.objects.filter(pk=bestilling_id).update(forsoeg=F("forsoeg") + 1, sidste_fejl=fejl[:2000])
