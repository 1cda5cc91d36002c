"""Help texts that communicators own, read where the flows show them.

The application flows (``digital_ansoegning.flows``) keep their texts in the
code. ``hjaelpetekst(flow=..., noegle=..., standard=...)`` wraps such a text
lazily: when it is shown, a communicator's wording for the current
municipality and language (``Hjaelpetekst``, a Wagtail snippet edited in
``cms``) replaces it; with no wording, the code's text is shown.

The municipality is set per request by the web layer
(``with hjaelpetekst_kommune(kommune_id): ...``); outside it, the code's text
is used. The texts of a municipality are read once per request. These are
not personal data, so reads are not audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.db import models
from django.utils.functional import lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .. import policies
from ..aktoer import aktoer_for_user
from ..exceptions import AdgangNaegtet
from ..models import Hjaelpetekst


@dataclass
class _Scope:
    kommune_id: int
    texts: dict[tuple[str, str, str], str] | None = field(default=None)


_scope: ContextVar[_Scope | None] = ContextVar("hjaelpetekst_scope", default=None)
_kendte: dict[tuple[str, str], object] = {
    # The texts around the receipt (digital_ansoegning/kvittering.html).
    ("kvittering", "naeste"): _("What happens next, when a caseworker decides."),
    ("kvittering", "naeste_straks"): _("What happens next, when the decision was made at once."),
    ("kvittering", "dokumenter"): _("You can add documents to your case later on My page."),
}
"""Every text wrapped by ``hjaelpetekst``: (flow, key) -> the code's text."""


@contextmanager
def hjaelpetekst_kommune(kommune_id: int | None) -> Iterator[None]:
    """Within the block, help texts are the ones of ``kommune_id``."""
    token = _scope.set(_Scope(kommune_id) if kommune_id else None)
    try:
        yield
    finally:
        _scope.reset(token)


def hjaelpetekst_tekst(
    *, flow: str, noegle: str, standard: object, kommune_id: int | None = None, sprog: str | None = None
) -> str:
    """The communicator's text for this question, or ``standard`` (the code's)."""
    scope = _scope.get()
    if kommune_id is not None and (scope is None or scope.kommune_id != kommune_id):
        scope = _Scope(kommune_id)
    if scope is None:
        return str(standard)
    if scope.texts is None:
        scope.texts = {
            (h.flow, h.noegle, h.sprog): h.tekst for h in Hjaelpetekst.objects.filter(kommune_id=scope.kommune_id)
        }
    sprog = (sprog or get_language() or "da")[:2]
    edited = scope.texts.get((flow, noegle, sprog), "").strip()
    return edited or str(standard)


def _resolve(flow: str, noegle: str, standard: object) -> str:
    return hjaelpetekst_tekst(flow=flow, noegle=noegle, standard=standard)


_lazy = lazy(_resolve, str)


def hjaelpetekst(*, flow: str, noegle: str, standard: object):
    """A lazy text: the communicator's wording when it is shown, else ``standard``.

    An empty ``standard`` stays empty unless a communicator wrote a text."""
    _kendte[(flow, noegle)] = standard
    return _lazy(flow, noegle, standard)


def hjaelpetekst_kendte() -> dict[tuple[str, str], object]:
    """The texts communicators can reword: (flow, key) -> the code's text."""
    return dict(sorted(_kendte.items()))


def hjaelpetekst_list(*, user, handling: str = policies.SE) -> models.QuerySet[Hjaelpetekst]:
    """The help texts a member of staff may see (``handling`` SE) or edit
    (AENDRE), as the policy ``policies.hjaelpetekster`` decides: their own
    municipality's (a superuser: all; anyone else: none)."""
    if getattr(user, "is_superuser", False):
        return Hjaelpetekst.objects.all()
    try:
        aktoer = aktoer_for_user(user)
    except AdgangNaegtet:
        return Hjaelpetekst.objects.none()
    return policies.hjaelpetekster.instances(aktoer, handling)


def hjaelpetekst_maa_aendres(*, user, tekst: Hjaelpetekst) -> bool:
    """May ``user`` change this help text (the admin's per-object check)."""
    if getattr(user, "is_superuser", False):
        return True
    try:
        aktoer = aktoer_for_user(user)
    except AdgangNaegtet:
        return False
    return policies.hjaelpetekster.tillader(aktoer, tekst, policies.AENDRE)
