"""Checks of an upload's content before it is stored: active content in a PDF
and the virus scan. Used by ``dokument_add``; each raises
``DomaeneValideringsfejl`` with a message for the person."""

from __future__ import annotations

import io
import logging
import re

from django.utils.translation import gettext as _
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from ..exceptions import DomaeneValideringsfejl
from ..registre.base import RegisterUtilgaengelig
from ..registre.virusscan import get_virusscan_client

logger = logging.getLogger(__name__)

AKTIVE_NOEGLER = frozenset({"/JS", "/JavaScript", "/AA", "/Launch", "/XFA", "/RichMedia"})
"""Dictionary keys that carry scripts or actions run when a PDF is opened."""
AKTIVE_HANDLINGER = frozenset({"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToE", "/Rendition"})
"""Action types (``/S``) a PDF may not carry."""
MAX_OBJEKTER = 200_000
"""A PDF with more objects than this is not walked to the end: it is refused."""

_RAA_MARKOER = re.compile(rb"/(?:JavaScript|JS|OpenAction|Launch|AA|XFA)(?=[\s/<>\[\]()%]|$)")
_NAVNE_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


class AktivtIndhold(Exception):
    def __init__(self, hvad: str) -> None:
        super().__init__(hvad)
        self.hvad = hvad


def _gaa_igennem(rod) -> None:
    """Walk every object reachable from ``rod``; raise ``AktivtIndhold`` on a
    script or an action that runs something."""
    set_: set[tuple[int, int]] = set()
    stak = [rod]
    besoegt = 0
    while stak:
        obj = stak.pop()
        if isinstance(obj, IndirectObject):
            noegle = (obj.idnum, obj.generation)
            if noegle in set_:
                continue
            set_.add(noegle)
            obj = obj.get_object()
        besoegt += 1
        if besoegt > MAX_OBJEKTER:
            raise AktivtIndhold("too many objects")
        if isinstance(obj, DictionaryObject):
            for key in obj:
                if key in AKTIVE_NOEGLER:
                    raise AktivtIndhold(str(key))
            handling = obj.get("/S")
            if handling is not None and str(handling) in AKTIVE_HANDLINGER:
                raise AktivtIndhold(str(handling))
            aabning = obj.get("/OpenAction")
            if aabning is not None:
                aabning = aabning.get_object()
                # A destination array (open at page 1, fit width) is harmless; an action is not.
                if isinstance(aabning, DictionaryObject):
                    raise AktivtIndhold("/OpenAction")
            stak.extend(v for k, v in obj.items() if k not in {"/Parent", "/P"})
        elif isinstance(obj, ArrayObject):
            stak.extend(obj)


def pdf_aktivt_indhold(indhold: bytes) -> str | None:
    """What makes the PDF ``indhold`` active (``/JavaScript``, ``/OpenAction``
    with an action, ``/Launch`` …), or ``None`` for a passive document.

    The PDF is parsed with pypdf and every reachable object is inspected
    (names decoded, object streams opened). A PDF pypdf cannot parse is
    searched as raw bytes for the same markers instead.
    """
    try:
        reader = PdfReader(io.BytesIO(indhold), strict=False)
        _gaa_igennem(reader.trailer)
        return None
    except AktivtIndhold as exc:
        return exc.hvad
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OSError) as exc:
        logger.info("PDF not parsed (%s); checking the raw bytes", type(exc).__name__)
    raa = _NAVNE_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), indhold)
    fund = _RAA_MARKOER.search(raa)
    return fund.group(0).decode("ascii") if fund else None


def virusscan(indhold: bytes) -> str | None:
    """The signature found in ``indhold``, or ``None`` when it is clean.

    A scanner that cannot be reached refuses the upload (fail closed): the
    person is told to try again, nothing they entered is lost.
    """
    try:
        resultat = get_virusscan_client().scan(indhold)
    except RegisterUtilgaengelig as exc:
        logger.warning("virus scanner unavailable: %s", exc)
        raise DomaeneValideringsfejl(
            _(
                "We cannot check files for viruses right now, so the file was not saved. "
                "Nothing else you have entered is lost. Please try again in a few minutes."
            ),
            felt="fil",
            code="scanner_utilgaengelig",
        ) from exc
    return None if resultat.ren else (resultat.signatur or "ukendt")
