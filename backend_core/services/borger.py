"""Citizens logging in."""

from __future__ import annotations

import logging
import re
from datetime import date

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit
from ..aktoer import Aktoer
from ..constants import AktoerType
from ..exceptions import DomaeneValideringsfejl
from ..models import Borger
from ..registre import RegisterUtilgaengelig, get_cpr_client
from .sag import borger_opdater_fra_person

logger = logging.getLogger(__name__)
_CPR = re.compile(r"^(\d{2})(\d{2})(\d{2})-?(\d{4})$")


def cpr_foedselsdato(cpr: str) -> date:
    """The birth date in a CPR number (century from the 7th digit, per the
    CPR office's rules). Raises ``DomaeneValideringsfejl`` for a bad number."""
    m = _CPR.match((cpr or "").strip())
    if not m:
        raise DomaeneValideringsfejl(_("Enter a CPR number with 10 digits."), felt="cpr")
    dag, maaned, aar, loebenr = int(m[1]), int(m[2]), int(m[3]), m[4]
    syvende = int(loebenr[0])
    if syvende <= 3:
        aarhundrede = 1900
    elif syvende in (4, 9):
        aarhundrede = 2000 if aar <= 36 else 1900
    else:
        aarhundrede = 2000 if aar <= 57 else 1800
    try:
        foedt = date(aarhundrede + aar, maaned, dag)
    except ValueError as exc:
        raise DomaeneValideringsfejl(_("The CPR number does not start with a valid date."), felt="cpr") from exc
    if foedt > timezone.localdate():
        raise DomaeneValideringsfejl(_("The CPR number does not start with a valid date."), felt="cpr")
    return foedt


def cpr_normaliser(cpr: str) -> str:
    cpr_foedselsdato(cpr)
    return (cpr or "").strip().replace("-", "")


def borger_login(*, cpr: str, fornavn: str, efternavn: str, ip: str | None = None) -> Borger:
    """Find or create the citizen with this CPR number and their login user
    (username ``borger-<uuid>``, never the CPR number), refresh name, address
    and municipality from CPR when it answers, and audit the login."""
    cpr = cpr_normaliser(cpr)
    foedt = cpr_foedselsdato(cpr)
    try:
        person = get_cpr_client().hent_person(cpr)
    except RegisterUtilgaengelig:
        logger.warning("cpr unavailable at login; using stored data")
        person = None
    with transaction.atomic():
        borger = Borger.objects.select_for_update().filter(cpr=cpr).first()
        if borger is None:
            try:
                with transaction.atomic():
                    borger = Borger.objects.create(
                        cpr=cpr,
                        fornavn=fornavn or "",
                        efternavn=efternavn or "",
                        foedselsdato=foedt,
                    )
            except IntegrityError:
                borger = Borger.objects.select_for_update().get(cpr=cpr)
        felter = []
        if person is not None:
            felter = borger_opdater_fra_person(borger, person)
        else:
            for navn, vaerdi in (("fornavn", fornavn), ("efternavn", efternavn)):
                if vaerdi and getattr(borger, navn) != vaerdi:
                    setattr(borger, navn, vaerdi)
                    felter.append(navn)
        if borger.user_id is None:
            user = get_user_model().objects.create(
                username=f"borger-{borger.uuid}",
                first_name=borger.fornavn[:150],
                last_name=borger.efternavn[:150],
            )
            user.set_unusable_password()
            user.save(update_fields=["password"])
            borger.user = user
            felter.append("user")
        if felter:
            borger.save(update_fields=sorted(set(felter)))
        aktoer = Aktoer(type=AktoerType.BORGER, user=borger.user, borger=borger, ip=ip)
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.BORGER_LOGGED_IN,
            objekt=borger,
            detaljer={"cpr_opdateret": person is not None},
        )
    return borger
