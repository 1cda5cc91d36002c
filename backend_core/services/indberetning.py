"""Income reports and changes of circumstances (ændringer).

An income report recalculates its month. When that changes what is paid,
the change is a decision (``afgoerelse_create``) with a letter and appeal
guidance: made by the system when the new amount is lower (the citizen's
own report against their interest) or the income is confirmed by
eIndkomst; otherwise it waits for a caseworker, who sees the proposed
amount. A month reported twice keeps the first report; the second is a
correction of it.

A change of circumstances (``aendring_submit``) never changes a payment by
itself: it is a task in the caseworker's queue with everything the citizen
wrote and sent, and a proposed recalculation on the facts the registers
confirm (CPR), which the caseworker decides on.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .. import audit, events
from ..aktoer import Aktoer
from ..breve.formatering import MAANEDER, formater_beloeb, formater_dato
from ..constants import (
    AendringType,
    AfgoerelseArt,
    Anledning,
    BorgerAktivitet,
    Brevtype,
    DokumentKategori,
    IndberetningType,
    SagStatus,
    UdbetalingStatus,
    Udfald,
    Ydelsestype,
)
from ..exceptions import DomaeneValideringsfejl
from ..models import Afgoerelse, Borger, Dokument, Indberetning, Sag, Udbetaling
from ..policies import kan_handle_for_borger, kraev
from ..registre import RegisterUtilgaengelig, get_cpr_client, get_eindkomst_client
from ._beregning import beloeb as _beloeb
from ._beregning import beregn, beregning_gem
from .betaling import udbetaling_plan
from .brev import brev_queue
from .sag import afgoerelse_create, sag_ny_aktivitet

logger = logging.getLogger(__name__)

_MAANED = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
TOPNIVEAU_AENDRINGER = frozenset({"aegtefaelle", "boern"})
"""Changes that replace a whole part of the input; other keys change ``ansoeger``."""
MAKS_TEKST = 2000


def _kraev_borger(aktoer: Aktoer, borger: Borger, sag: Sag) -> None:
    kraev(
        kan_handle_for_borger(aktoer, borger) and sag.borger_id == borger.pk,
        aktoer=aktoer,
        handling=audit.INDBERETNING_SUBMITTED,
        objekt=sag,
        borger=borger,
    )
    _husk_sprog(aktoer, borger)


def _husk_sprog(aktoer: Aktoer, borger: Borger) -> None:
    """The language the citizen uses is the language of their letters."""
    sprog = "en" if (get_language() or "da")[:2] == "en" else "da"
    if aktoer.er_borger and borger.sprog != sprog:
        borger.sprog = sprog
        Borger.objects.filter(pk=borger.pk).update(sprog=sprog)


def _valgte(aendringer) -> tuple[list[str], str]:
    """``{"valgt": [...], "beskrivelse": "..."}`` (the form's shape) as the
    known change types and the citizen's text."""
    if not aendringer:
        return [], ""
    if not isinstance(aendringer, dict):
        raise DomaeneValideringsfejl(_("Choose what has changed."), felt="aendringer")
    valgt = aendringer.get("valgt") or []
    if isinstance(valgt, str):
        valgt = [valgt]
    ukendte = [v for v in valgt if v not in AendringType.values]
    if ukendte or not isinstance(valgt, list):
        raise DomaeneValideringsfejl(_("Choose what has changed."), felt="aendringer")
    beskrivelse = str(aendringer.get("beskrivelse") or "").strip()
    if len(beskrivelse) > MAKS_TEKST:
        raise DomaeneValideringsfejl(_("The description can be at most 2000 characters."), felt="beskrivelse")
    return list(dict.fromkeys(valgt)), beskrivelse


def gaeldende_afgoerelse(sag: Sag) -> Afgoerelse | None:
    """The case's latest decision about the benefit itself."""
    return sag.afgoerelser.filter(art=AfgoerelseArt.YDELSE).order_by("-afgjort_tid", "-id").first()


def _bevilget(sag: Sag) -> Afgoerelse | None:
    if sag.status not in (SagStatus.AFGJORT, SagStatus.LUKKET):
        return None
    seneste = gaeldende_afgoerelse(sag)
    if seneste is None or seneste.udfald not in (Udfald.BEVILGET, Udfald.DELVIST_BEVILGET):
        return None
    return seneste


def _grundlag(sag: Sag):
    """The calculation the next recalculation starts from: the one the
    standing decision rests on (never an undecided proposal), else the latest."""
    afgoerelse = gaeldende_afgoerelse(sag)
    if afgoerelse is not None and afgoerelse.beregning_id is not None:
        return afgoerelse.beregning
    return sag.beregninger.order_by("-oprettet", "-id").first()


def _maaned_tekst(maaned: str, sprog: str) -> str:
    aar, md = (int(x) for x in maaned.split("-"))
    return f"{MAANEDER[sprog][md - 1]} {aar}"


def indberetning_submit(
    *,
    aktoer: Aktoer,
    borger: Borger,
    sag: Sag,
    maaned: str,
    arbejdsindtaegt,
    arbejdstimer,
    anden_indtaegt,
    aendringer: dict | None = None,
    idempotency_key: str,
) -> Indberetning:
    """Report income for one month of a kontanthjælp case.

    Recalculates the month from the calculation of the standing decision
    with the reported income, stores the new ``Beregning``, flags the case
    for the caseworker (``BorgerAktivitet.INDTAEGT``), and — on a granted
    case — decides the month's new amount when it changes (see the module
    docstring), all in one transaction. Changes of circumstances ticked on
    the report (``aendringer``: ``{"valgt": [...], "beskrivelse": str}``)
    are stored and become a task (``BorgerAktivitet.AENDRING``), never applied
    by the income report. The same ``idempotency_key`` returns the first report.
    """
    _kraev_borger(aktoer, borger, sag)
    if not idempotency_key:
        raise DomaeneValideringsfejl(
            _("The submission is missing its key. Reload the page and try again."),
            code="idempotency_key",
        )
    tidligere = _tidligere(borger, idempotency_key)
    if tidligere is not None:
        return tidligere
    if sag.ydelse != Ydelsestype.KONTANTHJAELP:
        raise DomaeneValideringsfejl(_("Income can only be reported on a social assistance case."), felt="sag")
    if sag.status == SagStatus.LUKKET:
        raise DomaeneValideringsfejl(_("The case is closed, so nothing can be reported on it."), felt="sag")
    if not isinstance(maaned, str) or not _MAANED.match(maaned):
        raise DomaeneValideringsfejl(_("Choose the month you are reporting for."), felt="maaned")
    loen, timer, anden = _beloeb(arbejdsindtaegt), _beloeb(arbejdstimer), _beloeb(anden_indtaegt)
    if min(loen, timer, anden) < 0:
        raise DomaeneValideringsfejl(_("Amounts and hours cannot be negative."), felt="arbejdsindtaegt")
    if max(loen, anden) > Decimal("10000000"):
        raise DomaeneValideringsfejl(
            _("The amount is too large. Write the month's income in kroner."),
            felt="arbejdsindtaegt",
        )
    valgt, beskrivelse = _valgte(aendringer)
    grundlag = _grundlag(sag)
    if grundlag is None:
        raise DomaeneValideringsfejl(_("The case has no calculation to update yet."), felt="sag")
    data = copy.deepcopy(grundlag.input)
    data["maaned"] = maaned
    ansoeger = data.setdefault("ansoeger", {})
    ansoeger.update({"arbejdsindtaegt": str(loen), "arbejdstimer": str(timer), "anden_indtaegt": str(anden)})
    if sag.status == SagStatus.AFGJORT:
        data["allerede_bevilget"] = True
    resultat = beregn(data)
    bekraeftet = _eindkomst_bekraefter(borger=borger, maaned=maaned, loen=loen)
    try:
        with transaction.atomic():
            sag = Sag.objects.select_for_update(of=("self",)).get(pk=sag.pk)
            foerste = (
                Indberetning.objects.filter(sag=sag, maaned=maaned, type=IndberetningType.INDTAEGT, korrektion_af=None)
                .order_by("indsendt", "id")
                .first()
            )
            beregning = beregning_gem(sag=sag, data=data, resultat=resultat)
            indberetning = Indberetning.objects.create(
                sag=sag,
                borger=borger,
                type=IndberetningType.INDTAEGT,
                maaned=maaned,
                arbejdsindtaegt=loen,
                arbejdstimer=timer,
                anden_indtaegt=anden,
                aendringer={"valgt": valgt, "beskrivelse": beskrivelse, "eindkomst_bekraefter": bekraeftet},
                beregning=beregning,
                korrektion_af=foerste,
                idempotency_key=idempotency_key,
            )
            audit.audit_log(
                aktoer=aktoer,
                handling=audit.INDBERETNING_SUBMITTED,
                objekt=indberetning,
                borger=borger,
                detaljer={
                    "sag": str(sag.uuid),
                    "maaned": maaned,
                    "beloeb": str(beregning.beloeb),
                    "korrektion": foerste is not None,
                },
            )
            events.outbox_write(
                type=events.INDBERETNING_MODTAGET,
                sag=sag,
                data={"indberetning": str(indberetning.uuid), "maaned": maaned},
            )
            from .sag import sag_ny_aktivitet

            sag_ny_aktivitet(
                sag=sag,
                art=BorgerAktivitet.AENDRING if valgt or beskrivelse else BorgerAktivitet.INDTAEGT,
            )
            standing = _bevilget(sag)
            if standing is not None:
                _afgoer_maaned(sag=sag, standing=standing, indberetning=indberetning, bekraeftet=bekraeftet)
    except IntegrityError:
        tidligere = _tidligere(borger, idempotency_key)
        if tidligere is None:
            raise
        return tidligere
    return indberetning


def _eindkomst_bekraefter(*, borger: Borger, maaned: str, loen: Decimal) -> bool | None:
    """Whether eIndkomst shows the reported work income (``None``: no answer)."""
    try:
        indkomst = get_eindkomst_client().hent_maanedsindkomst(borger.cpr, maaned)
    except RegisterUtilgaengelig:
        return None
    return indkomst.arbejdsindtaegt == loen


def _nuvaerende_beloeb(sag: Sag, maaned: str, standing: Afgoerelse) -> Decimal:
    linje = (
        Udbetaling.objects.filter(sag=sag, maaned=maaned, art=AfgoerelseArt.YDELSE)
        .exclude(status=UdbetalingStatus.ANNULLERET)
        .first()
    )
    if linje is not None:
        return linje.beloeb
    return standing.beloeb or Decimal("0")


def _afgoer_maaned(*, sag: Sag, standing: Afgoerelse, indberetning: Indberetning, bekraeftet):
    """Decide the month's amount after an income report on a granted case."""
    beregning = indberetning.beregning
    maaned = indberetning.maaned
    nyt = beregning.beloeb if beregning.berettiget else Decimal("0.00")
    foer = _nuvaerende_beloeb(sag, maaned, standing)
    if nyt == foer:
        udbetaling_plan(sag=sag, beregning=beregning, maaned=maaned, beloeb=nyt, afgoerelse=standing)
        return
    if nyt > foer and not bekraeftet:
        # More money on the citizen's word alone: a caseworker checks and decides.
        return
    aar, md = (int(x) for x in maaned.split("-"))
    fra = dt.date(aar, md, 1)
    til = dt.date(aar + (md == 12), md % 12 + 1, 1) - dt.timedelta(days=1)
    da, en = _indberetning_begrundelse(indberetning, foer, nyt)
    if nyt <= 0:
        udfald = Udfald.DELVIST_BEVILGET
    elif standing.beloeb is not None and nyt < standing.beloeb:
        udfald = Udfald.DELVIST_BEVILGET
    else:
        udfald = Udfald.BEVILGET
    afgoerelse = afgoerelse_create(
        aktoer=Aktoer.system(),
        sag=sag,
        udfald=udfald,
        beloeb=nyt,
        begrundelse=da,
        begrundelse_en=en,
        beregning=beregning,
        virkning_fra=fra,
        virkning_til=til,
        anledning=Anledning.INDBERETNING,
    )
    indberetning.afgoerelse = afgoerelse
    indberetning.save(update_fields=["afgoerelse"])


def _indberetning_begrundelse(indberetning: Indberetning, foer: Decimal, nyt: Decimal):
    m_da, m_en = _maaned_tekst(indberetning.maaned, "da"), _maaned_tekst(indberetning.maaned, "en")
    dato = timezone.localtime(indberetning.indsendt).date()
    kilde_da = " Beløbet stemmer med eIndkomst." if indberetning.aendringer.get("eindkomst_bekraefter") else ""
    kilde_en = " The amount agrees with eIndkomst." if indberetning.aendringer.get("eindkomst_bekraefter") else ""
    timer = indberetning.arbejdstimer.normalize()
    timer_da, timer_en = f"{timer:f}".replace(".", ","), f"{timer:f}"
    da = (
        f"Du har den {formater_dato(dato, 'da')} oplyst, at du i {m_da} havde en arbejdsindtægt "
        f"på {formater_beloeb(indberetning.arbejdsindtaegt, 'da')} for "
        f"{timer_da} timer og anden indtægt på "
        f"{formater_beloeb(indberetning.anden_indtaegt, 'da')}{kilde_da} Indtægterne trækkes fra "
        f"i hjælpen efter aktivlovens §§ 30-31, som vist i beregningen. Din hjælp for {m_da} "
        f"ændres derfor fra {formater_beloeb(foer, 'da')} til {formater_beloeb(nyt, 'da')}"
    )
    en = (
        f"On {formater_dato(dato, 'en')} you reported work income in {m_en} of "
        f"{formater_beloeb(indberetning.arbejdsindtaegt, 'en')} for {timer_en} "
        f"hours and other income of {formater_beloeb(indberetning.anden_indtaegt, 'en')}."
        f"{kilde_en} Income is deducted from the help under sections 30-31 of the Active Social "
        f"Policy Act, as shown in the calculation. Your help for {m_en} therefore changes from "
        f"{formater_beloeb(foer, 'en')} to {formater_beloeb(nyt, 'en')}."
    )
    return da, en


def _tidligere(borger: Borger, idempotency_key: str) -> Indberetning | None:
    return (
        Indberetning.objects.select_related("beregning").filter(borger=borger, idempotency_key=idempotency_key).first()
    )


# --- changes of circumstances -------------------------------------------------


def aendring_submit(
    *,
    aktoer: Aktoer,
    borger: Borger,
    sag: Sag,
    aendringer: list[str],
    beskrivelse: str,
    dato=None,
    dokument_uuids=(),
    idempotency_key: str,
) -> Indberetning:
    """Report a change of circumstances on the citizen's case.

    Stores what the citizen chose and wrote, attaches the documents they
    uploaded to the case, asks CPR what it confirms (a new address, a spouse,
    children) and, on a kontanthjælp case with a calculation, stores a
    proposed recalculation on those facts for the caseworker — it changes no
    payment. The case is flagged ``BorgerAktivitet.AENDRING`` so the change
    is a task in the caseworker's queue, and a receipt letter is ordered in
    the citizen's language. The same ``idempotency_key`` returns the first
    report. Raises ``DomaeneValideringsfejl`` for input the citizen
    can correct.
    """
    _kraev_borger(aktoer, borger, sag)
    if not idempotency_key:
        raise DomaeneValideringsfejl(
            _("The submission is missing its key. Reload the page and try again."),
            code="idempotency_key",
        )
    tidligere = _tidligere(borger, idempotency_key)
    if tidligere is not None:
        return tidligere
    if sag.status == SagStatus.LUKKET:
        raise DomaeneValideringsfejl(_("The case is closed, so nothing can be reported on it."), felt="sag")
    valgt, beskrivelse = _valgte({"valgt": list(aendringer or []), "beskrivelse": beskrivelse})
    if not valgt:
        raise DomaeneValideringsfejl(_("Choose what has changed."), felt="aendringer")
    if isinstance(dato, str):
        try:
            dato = dt.date.fromisoformat(dato)
        except ValueError as exc:
            raise DomaeneValideringsfejl(
                _("Write the date as day-month-year, for example 01-01-2027."), felt="dato"
            ) from exc
    dato = dato or timezone.localdate()
    idag = timezone.localdate()
    if dato > idag + dt.timedelta(days=366) or dato < idag - dt.timedelta(days=3 * 366):
        raise DomaeneValideringsfejl(_("Write a date within the last three years or the coming year."), felt="dato")
    verificeret = _cpr_fakta(borger=borger, valgt=valgt)
    forslag = None
    grundlag = _grundlag(sag) if sag.ydelse == Ydelsestype.KONTANTHJAELP else None
    if grundlag is not None:
        data, noter = _forslag_input(
            grundlag.input, valgt=valgt, verificeret=verificeret, maaned=dato.strftime("%Y-%m")
        )
        data["allerede_bevilget"] = sag.status == SagStatus.AFGJORT
        verificeret["noter"] = noter
        forslag = beregn(data, uden_sats_til_sagsbehandler=True)
    dokument_uuids = [str(u) for u in dokument_uuids]
    with transaction.atomic():
        if dokument_uuids:
            Dokument.objects.filter(borger=borger, uuid__in=dokument_uuids, sag__isnull=True).exclude(
                kategori=DokumentKategori.BREV
            ).update(sag=sag)
        beregning = beregning_gem(sag=sag, data=data, resultat=forslag) if forslag else None
        indberetning = Indberetning.objects.create(
            sag=sag,
            borger=borger,
            type=IndberetningType.AENDRING,
            maaned=dato.strftime("%Y-%m"),
            aendringer={
                "valgt": valgt,
                "beskrivelse": beskrivelse,
                "dato": dato.isoformat(),
                "dokumenter": dokument_uuids,
                "verificeret": verificeret,
                "forslag": bool(forslag),
            },
            beregning=beregning,
            idempotency_key=idempotency_key,
        )
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.INDBERETNING_SUBMITTED,
            objekt=indberetning,
            borger=borger,
            detaljer={"sag": str(sag.uuid), "type": "aendring", "valgt": valgt},
        )
        events.outbox_write(
            type=events.INDBERETNING_MODTAGET,
            sag=sag,
            data={"indberetning": str(indberetning.uuid), "type": "aendring"},
        )

        sag_ny_aktivitet(sag=sag, art=BorgerAktivitet.AENDRING)
        brev_queue(sag=sag, brevtype=Brevtype.KVITTERING, sprog=borger.sprog, indberetning=indberetning)
    return indberetning


def _cpr_fakta(*, borger: Borger, valgt: list[str]) -> dict:
    """What CPR confirms about the reported changes (``{}`` when CPR is down:
    the caseworker then checks by hand)."""
    if not set(valgt) & {
        AendringType.FLYTTET,
        AendringType.GIFT,
        AendringType.SEPARERET,
        AendringType.BARN_FOEDT,
        AendringType.BARN_FLYTTET,
    }:
        return {}
    try:
        klient = get_cpr_client()
        person = klient.hent_person(borger.cpr)
        aegtefaelle = (
            klient.hent_person(person.aegtefaelle_cpr) if person is not None and person.aegtefaelle_cpr else None
        )
    except RegisterUtilgaengelig:
        return {"cpr_svarede": False}
    if person is None:
        return {"cpr_svarede": False}
    return {
        "cpr_svarede": True,
        "adresse": f"{person.adresse}, {person.postnummer} {person.by}".strip(", "),
        "civilstand": person.civilstand,
        "aegtefaelle_foedselsdato": aegtefaelle.foedselsdato.isoformat() if aegtefaelle else None,
        "boern": [b.foedselsdato.isoformat() for b in person.boern],
    }


def _forslag_input(grundlag: dict, *, valgt: list[str], verificeret: dict, maaned: str):
    """The calculation input with the changes applied as far as they can be:
    facts confirmed by CPR, else the citizen's word (noted, for the
    caseworker to check). Returns the input and notes (da, en) per change."""
    data = copy.deepcopy(grundlag)
    data["maaned"] = maaned
    noter: list[dict] = []
    cpr = verificeret.get("cpr_svarede")
    if AendringType.GIFT in valgt:
        if cpr and verificeret.get("civilstand") == "gift" and verificeret.get("aegtefaelle_foedselsdato"):
            ansoeger = data.get("ansoeger") or {}
            data["aegtefaelle"] = {
                **{k: v for k, v in ansoeger.items()},
                "foedselsdato": verificeret["aegtefaelle_foedselsdato"],
                "arbejdsindtaegt": "0.00",
                "arbejdstimer": "0",
                "anden_indtaegt": "0.00",
                "formue": "0.00",
            }
            data["samlevende"] = False
            noter.append(
                {
                    "tekst": "Ægteskabet er bekræftet i CPR. Ægtefællens indtægt og formue er ikke "
                    "kendt og er sat til 0 kr. i forslaget.",
                    "tekst_en": "The marriage is confirmed in CPR. The spouse's income and assets are "
                    "not known and are set to 0 kr. in the proposal.",
                }
            )
        else:
            data["aegtefaelle"] = None
            data["samlevende"] = True
            noter.append(
                {
                    "tekst": "Borgeren oplyser ægteskab eller samliv; CPR bekræfter ikke et ægteskab. "
                    "Forslaget regner med samlivet (intet tillæg til enlige).",
                    "tekst_en": "The citizen reports marriage or living together; CPR does not confirm "
                    "a marriage. The proposal counts the couple as living together (no single "
                    "supplement).",
                }
            )
    if AendringType.SEPARERET in valgt:
        data["aegtefaelle"] = None
        data["samlevende"] = False
        noter.append(
            {
                "tekst": "Borgeren oplyser, at samlivet er ophørt; forslaget regner med en enlig.",
                "tekst_en": "The citizen reports that the couple has separated; the proposal counts a single person.",
            }
        )
    if (AendringType.BARN_FOEDT in valgt or AendringType.BARN_FLYTTET in valgt) and cpr:
        data["boern"] = [{"foedselsdato": d} for d in verificeret.get("boern", [])]
        noter.append(
            {
                "tekst": "Børnene er taget fra CPR.",
                "tekst_en": "The children are taken from CPR.",
            }
        )
    if AendringType.FLYTTET in valgt and cpr:
        noter.append(
            {
                "tekst": f"Ny adresse i CPR: {verificeret.get('adresse', '')}.",
                "tekst_en": f"New address in CPR: {verificeret.get('adresse', '')}.",
            }
        )
    for art in (AendringType.ARBEJDE, AendringType.UDLANDET, AendringType.FORMUE):
        if art in valgt:
            with translation.override("da"):
                navn_da = str(AendringType(art).label)
            with translation.override("en"):
                navn_en = str(AendringType(art).label)
            noter.append(
                {
                    "tekst": f"{navn_da}: oplyst af borgeren; indgår ikke i forslaget, "
                    "sagsbehandleren vurderer betydningen.",
                    "tekst_en": f"{navn_en}: reported by the citizen; not in the proposal, the "
                    "caseworker assesses its effect.",
                }
            )
    return data, noter


__all__ = ["aendring_submit", "gaeldende_afgoerelse", "indberetning_submit"]
