"""Uploads: checked by content, stored with a checksum."""

from __future__ import annotations

import hashlib
import os
import uuid

import filetype
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .. import audit, events
from ..aktoer import Aktoer
from ..constants import ALLOWED_UPLOAD_MIME_TYPES, BorgerAktivitet, DokumentKategori
from ..exceptions import DomaeneValideringsfejl
from ..models import Borger, Dokument, Sag
from ..policies import kan_handle_for_borger, kan_se_sag, kraev
from ._filkontrol import pdf_aktivt_indhold, virusscan
from .sag import sag_borger_har_svaret, sag_ny_aktivitet

_ENDELSE = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/heic": "heic",
    "image/heif": "heif",
}


def _laes(fil, graense: int) -> bytes:
    """Read at most ``graense + 1`` bytes from a file, an UploadedFile or bytes."""
    if isinstance(fil, bytes | bytearray):
        return bytes(fil[: graense + 1])
    if hasattr(fil, "seek"):
        fil.seek(0)
    if hasattr(fil, "chunks"):
        dele, laest = [], 0
        for chunk in fil.chunks():
            dele.append(chunk)
            laest += len(chunk)
            if laest > graense:
                break
        return b"".join(dele)[: graense + 1]
    return fil.read(graense + 1)


def dokument_add(
    *, aktoer: Aktoer, borger: Borger, fil, filnavn: str, kategori: str, sag: Sag | None = None
) -> Dokument:
    """Store an upload for the citizen, optionally on a case (also after
    submission). Checks the type by content (PDF, JPEG, PNG, HEIC/HEIF), the
    size (``settings.UPLOAD_MAX_BYTES``) and emptiness, refuses a PDF with
    active content (JavaScript, an ``/OpenAction`` action, ``/Launch``) and
    scans for viruses (ClamAV; a scanner that is down refuses the upload),
    and raises ``DomaeneValideringsfejl`` with a message for the citizen
    otherwise.

    A citizen adding to a case that waits for them moves it back to
    processing, and flags the case for the caseworker's queue ("new from the
    citizen: document", ``Sag.ny_aktivitet``). A staff upload flags nothing.
    """
    staff_ok = sag is not None and aktoer.er_medarbejder and kan_se_sag(aktoer, sag)
    kraev(
        (kan_handle_for_borger(aktoer, borger) or staff_ok) and (sag is None or sag.borger_id == borger.pk),
        aktoer=aktoer,
        handling=audit.DOKUMENT_ADDED,
        objekt=sag or borger,
        borger=borger,
    )
    if kategori not in DokumentKategori.values or kategori == DokumentKategori.BREV:
        raise DomaeneValideringsfejl(_("Choose what kind of document this is."), felt="kategori")
    graense = settings.UPLOAD_MAX_BYTES
    indhold = _laes(fil, graense)
    if not indhold:
        raise DomaeneValideringsfejl(_("The file is empty. Choose another file."), felt="fil", code="tom")
    if len(indhold) > graense:
        raise DomaeneValideringsfejl(
            _("The file is too large. The largest file you can upload is %(graense)s.")
            % {"graense": filesizeformat(graense)},
            felt="fil",
            code="for_stor",
        )
    art = filetype.guess(indhold[:8192])
    mimetype = art.mime if art is not None else ""
    if mimetype not in ALLOWED_UPLOAD_MIME_TYPES:
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.DOKUMENT_REJECTED,
            objekt=sag or borger,
            borger=borger,
            detaljer={"mimetype": mimetype or "ukendt"},
        )
        raise DomaeneValideringsfejl(
            _("The file must be a PDF or a picture (JPEG, PNG or HEIC)."), felt="fil", code="type"
        )
    aktivt = pdf_aktivt_indhold(indhold) if mimetype == "application/pdf" else None
    if aktivt is not None:
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.DOKUMENT_REJECTED,
            objekt=sag or borger,
            borger=borger,
            detaljer={"mimetype": mimetype, "aktivt_indhold": aktivt[:40]},
        )
        raise DomaeneValideringsfejl(
            _(
                "The PDF contains scripts or actions (such as JavaScript) and cannot be accepted. "
                "Save or print it as a plain PDF, or take a picture of it, and upload that instead."
            ),
            felt="fil",
            code="aktivt_indhold",
        )
    virus = virusscan(indhold)
    if virus is not None:
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.DOKUMENT_REJECTED,
            objekt=sag or borger,
            borger=borger,
            detaljer={"mimetype": mimetype, "virus": virus[:100]},
        )
        raise DomaeneValideringsfejl(
            _(
                "The file contains a virus or other harmful content and was not saved. "
                "Check your device with an antivirus program and upload a clean copy."
            ),
            felt="fil",
            code="virus",
        )
    dokument_uuid = uuid.uuid4()
    noegle = f"bilag/{borger.uuid}/{dokument_uuid}.{_ENDELSE[mimetype]}"
    gemt = storages["dokumenter"].save(noegle, ContentFile(indhold))
    navn = os.path.basename(filnavn or "")[:200] or f"{dokument_uuid}.{_ENDELSE[mimetype]}"
    with transaction.atomic():
        dokument = Dokument.objects.create(
            uuid=dokument_uuid,
            borger=borger,
            sag=sag,
            kategori=kategori,
            filnavn=navn,
            mimetype=mimetype,
            stoerrelse=len(indhold),
            sha256=hashlib.sha256(indhold).hexdigest(),
            lagernoegle=gemt,
            oprettet_af=aktoer.type,
        )
        audit.audit_log(
            aktoer=aktoer,
            handling=audit.DOKUMENT_ADDED,
            objekt=dokument,
            borger=borger,
            detaljer={"kategori": kategori, "stoerrelse": len(indhold)},
        )
        if sag is not None:
            events.outbox_write(
                type=events.DOKUMENT_TILFOEJET,
                sag=sag,
                data={"dokument": str(dokument.uuid), "kategori": kategori},
            )

            sag_borger_har_svaret(aktoer=aktoer, sag=sag, begrundelse="Borgeren har sendt dokumentation.")
            if aktoer.er_borger:
                sag_ny_aktivitet(sag=sag, art=BorgerAktivitet.DOKUMENT)
    return dokument


def dokumenter_slet_uden_sag(*, aktoer: Aktoer, borger: Borger, uuids: list[str], aarsag: str) -> int:
    """Delete the citizen's uploads among ``uuids`` that never reached a case
    (those of a draft that expired or was discarded): the stored file and the
    row, each with an audit entry naming ``aarsag``. A document on a case, and
    every letter, is left alone. Returns how many were deleted."""
    kraev(
        kan_handle_for_borger(aktoer, borger),
        aktoer=aktoer,
        handling=audit.DOKUMENT_DELETED,
        objekt=borger,
        borger=borger,
    )
    dokumenter = list(
        Dokument.objects.filter(borger=borger, sag__isnull=True, uuid__in=uuids).exclude(kategori=DokumentKategori.BREV)
    )
    lager = storages["dokumenter"]
    for dokument in dokumenter:
        with transaction.atomic():
            audit.audit_log(
                aktoer=aktoer,
                handling=audit.DOKUMENT_DELETED,
                objekt=dokument,
                borger=borger,
                detaljer={"aarsag": aarsag, "kategori": dokument.kategori},
            )
            noegle = dokument.lagernoegle
            dokument.delete()
            # The file goes only once the row is gone for good; a file without a row is
            # harmless, a row without its file is not.
            transaction.on_commit(lambda noegle=noegle: lager.delete(noegle))
    return len(dokumenter)


def dokument_indhold(*, dokument: Dokument) -> bytes:
    """The stored bytes. Callers fetch ``dokument`` through ``dokument_get``
    (which checks access and audits) first."""
    with storages["dokumenter"].open(dokument.lagernoegle, "rb") as f:
        return f.read()
