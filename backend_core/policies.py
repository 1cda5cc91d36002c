"""Permission policies: one object per protected model, asked by every surface.

In the style of Wagtail's ``permission_policies``: each policy answers two
questions for an actor (``Aktoer``) and an action (``SE`` read, ``AENDRE``
write, and the model's own actions):

- ``instances(aktoer, handling)``: the queryset of the rows the actor may act
  on (lists, search, choosers);
- ``tillader(aktoer, obj, handling)``: may the actor act on this one row.

``kraev(...)`` turns a "no" into ``AdgangNaegtet`` after auditing the attempt.
The selectors, the services, the back office's Wagtail views (through the
adapter in ``portal.backoffice.policies``) and the API all ask these objects;
nothing else decides who may see what.

The rules:

- Citizens see and act on their own data only.
- Caseworkers, team leads and administrators see the cases of their own
  municipality only; communicators see no personal data (they edit texts).
- Letter texts (``Brevtekst``): staff read their municipality's and the
  standard ones; communicators and administrators write their
  municipality's; nobody but the system writes a standard text.
- Help texts (``Hjaelpetekst``): per municipality, written by its
  communicators and administrators.
- The system (tasks, instant decisions) may do everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Q, QuerySet

from .audit import audit_denied
from .constants import DokumentKategori, Rolle
from .exceptions import AdgangNaegtet
from .models import Ansoegning, Besked, Borger, Brevtekst, Dokument, Hjaelpetekst, Indberetning, Sag, Udbetaling

if TYPE_CHECKING:
    from .aktoer import Aktoer

SE = "se"
"""Read the row."""
AENDRE = "aendre"
"""Change the row (or, for a citizen, add to it)."""
BEHANDLE = "behandle"
"""Work on a case: take it, ask the citizen, decide."""
TILDELE = "tildele"
"""Distribute cases (sagsfordeling)."""

SAGSADGANG = frozenset({Rolle.SAGSBEHANDLER, Rolle.KOORDINATOR, Rolle.ADMINISTRATOR})
"""Staff roles that may read and work on cases (in their own municipality)."""
FORDELING = frozenset({Rolle.KOORDINATOR, Rolle.ADMINISTRATOR})
"""Staff roles that distribute cases (team lead, municipal administrator)."""
SAGSFORDELING = FORDELING
SAGSBEHANDLING = frozenset({Rolle.SAGSBEHANDLER, Rolle.KOORDINATOR})
"""Staff roles that work on cases: take them, ask the citizen, write notes, decide."""
LEDELSESINFORMATION = frozenset({Rolle.KOORDINATOR, Rolle.ADMINISTRATOR})
"""Staff roles that see their municipality's management information."""
TEKSTREDAKTION = frozenset({Rolle.KOMMUNIKATOR, Rolle.ADMINISTRATOR})
"""Staff roles that edit their municipality's letter texts."""


def _rolle_i(aktoer: Aktoer, roller: frozenset) -> bool:
    return aktoer.medarbejder is not None and aktoer.medarbejder.rolle in roller


def har_sagsadgang(aktoer: Aktoer) -> bool:
    return _rolle_i(aktoer, SAGSADGANG)


def kan_fordele_sager(aktoer: Aktoer) -> bool:
    """May distribute the municipality's cases (``sager``'s ``TILDELE``)."""
    return _rolle_i(aktoer, FORDELING)


def kan_behandle_sager(aktoer: Aktoer) -> bool:
    """May work on the municipality's cases (``sager``'s ``BEHANDLE``)."""
    return _rolle_i(aktoer, SAGSBEHANDLING)


def kan_se_ledelsesinformation(aktoer: Aktoer) -> bool:
    """May see the municipality's management information (aggregates only)."""
    return _rolle_i(aktoer, LEDELSESINFORMATION)


def kraev(betingelse: bool, *, aktoer: Aktoer, handling: str, objekt: Any = None, borger: Any = None) -> None:
    """Raise ``AdgangNaegtet`` (after auditing the attempt) unless ``betingelse``."""
    if not betingelse:
        audit_denied(aktoer=aktoer, handling=handling, objekt=objekt, borger=borger)
        raise AdgangNaegtet()


class Policy:
    """The base: a model, its actions, and the two questions."""

    model: type
    handlinger: frozenset[str] = frozenset({SE, AENDRE})

    def _tjek_handling(self, handling: str) -> None:
        if handling not in self.handlinger:
            raise ValueError(f"{type(self).__name__} has no action {handling!r}")

    def instances(self, aktoer: Aktoer, handling: str = SE) -> QuerySet:
        self._tjek_handling(handling)
        if aktoer.er_system:
            return self.model.objects.all()
        return self._instances(aktoer, handling)

    def tillader(self, aktoer: Aktoer, obj: Any, handling: str = SE) -> bool:
        self._tjek_handling(handling)
        if aktoer.er_system:
            return True
        return self._tillader(aktoer, obj, handling)

    def kraev(self, aktoer: Aktoer, obj: Any, handling: str = SE, *, audit_handling: str, borger: Any = None) -> None:
        """Raise ``AdgangNaegtet`` (audited as ``audit_handling``) unless allowed."""
        kraev(
            self.tillader(aktoer, obj, handling),
            aktoer=aktoer,
            handling=audit_handling,
            objekt=obj,
            borger=borger if borger is not None else _borger_af(obj),
        )

    def _instances(self, aktoer: Aktoer, handling: str) -> QuerySet:  # pragma: no cover - abstract
        raise NotImplementedError

    def _tillader(self, aktoer: Aktoer, obj: Any, handling: str) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError


def _borger_af(obj: Any) -> Any:
    if isinstance(obj, Borger):
        return obj
    return getattr(obj, "borger", None) if obj is not None else None


class SagPolicy(Policy):
    """Cases. ``BEHANDLE``: a caseworker or team lead of the case's
    municipality; ``TILDELE``: a team lead or administrator of it."""

    model = Sag
    handlinger = frozenset({SE, AENDRE, BEHANDLE, TILDELE})

    def _instances(self, aktoer: Aktoer, handling: str) -> QuerySet:
        if aktoer.er_borger:
            if aktoer.borger is None or handling in (BEHANDLE, TILDELE):
                return Sag.objects.none()
            return Sag.objects.filter(borger=aktoer.borger)
        if self._rolle_ok(aktoer, handling):
            return Sag.objects.filter(kommune_id=aktoer.kommune_id)
        return Sag.objects.none()

    def _tillader(self, aktoer: Aktoer, sag: Any, handling: str) -> bool:
        if aktoer.er_borger:
            return handling in (SE, AENDRE) and aktoer.borger is not None and sag.borger_id == aktoer.borger.pk
        return self._rolle_ok(aktoer, handling) and sag.kommune_id is not None and sag.kommune_id == aktoer.kommune_id

    @staticmethod
    def _rolle_ok(aktoer: Aktoer, handling: str) -> bool:
        if aktoer.medarbejder is None:
            return False
        rolle = aktoer.medarbejder.rolle
        if handling == TILDELE:
            return rolle in FORDELING
        if handling == BEHANDLE:
            return rolle in SAGSBEHANDLING
        return rolle in SAGSADGANG


class BorgerPolicy(Policy):
    """Citizens' own records. Staff see a citizen who lives in, or has a case
    in, their municipality; only the citizen (or the system) acts for them."""

    model = Borger

    def _instances(self, aktoer: Aktoer, handling: str) -> QuerySet:
        if aktoer.er_borger:
            return Borger.objects.filter(pk=aktoer.borger.pk) if aktoer.borger is not None else Borger.objects.none()
        if handling == SE and har_sagsadgang(aktoer):
            return Borger.objects.filter(
                Q(kommune_id=aktoer.kommune_id) | Q(sager__kommune_id=aktoer.kommune_id)
            ).distinct()
        return Borger.objects.none()

    def _tillader(self, aktoer: Aktoer, borger: Any, handling: str) -> bool:
        if aktoer.er_borger:
            return aktoer.borger is not None and aktoer.borger.pk == borger.pk
        if handling != SE or not har_sagsadgang(aktoer):
            return False
        return borger.kommune_id == aktoer.kommune_id or borger.sager.filter(kommune_id=aktoer.kommune_id).exists()


class DokumentPolicy(Policy):
    """Documents (uploads and letters). A citizen sees their own documents
    that are visible to them; staff those of their municipality's cases, and a
    citizen's loose uploads when the citizen lives there."""

    model = Dokument
    kategori: str | None = None

    def _base(self) -> QuerySet:
        qs = Dokument.objects.all()
        return qs.filter(kategori=self.kategori) if self.kategori else qs

    def instances(self, aktoer: Aktoer, handling: str = SE) -> QuerySet:
        self._tjek_handling(handling)
        if aktoer.er_system:
            return self._base()
        return self._instances(aktoer, handling)

    def _instances(self, aktoer: Aktoer, handling: str) -> QuerySet:
        qs = self._base()
        if aktoer.er_borger and aktoer.borger is not None:
            return qs.filter(borger=aktoer.borger, synlig_for_borger=True)
        if har_sagsadgang(aktoer):
            return qs.filter(
                Q(sag__kommune_id=aktoer.kommune_id) | Q(sag__isnull=True, borger__kommune_id=aktoer.kommune_id)
            )
        return qs.none()

    def _tillader(self, aktoer: Aktoer, dokument: Any, handling: str) -> bool:
        if self.kategori and dokument.kategori != self.kategori:
            return False
        if aktoer.er_borger:
            return aktoer.borger is not None and dokument.borger_id == aktoer.borger.pk and dokument.synlig_for_borger
        if not har_sagsadgang(aktoer):
            return False
        if dokument.sag_id is not None:
            return dokument.sag.kommune_id == aktoer.kommune_id
        return dokument.borger.kommune_id == aktoer.kommune_id


class BrevPolicy(DokumentPolicy):
    """Letters: the documents the system wrote (receipts, decisions)."""

    kategori = DokumentKategori.BREV


class _GennemSag(Policy):
    """Rows that belong to a case: allowed exactly when the case is."""

    sag_felt = "sag"

    def _instances(self, aktoer: Aktoer, handling: str) -> QuerySet:
        return self.model.objects.filter(**{f"{self.sag_felt}__in": sager.instances(aktoer, SE)})

    def _tillader(self, aktoer: Aktoer, obj: Any, handling: str) -> bool:
        sag = getattr(obj, self.sag_felt)
        return sag is not None and sager.tillader(aktoer, sag, SE)


class UdbetalingPolicy(_GennemSag):
    """Payment plan lines: read-only outside the services."""

    model = Udbetaling
    handlinger = frozenset({SE})

    def _instances(self, aktoer: Aktoer, handling: str) -> QuerySet:
        if aktoer.er_borger:
            if aktoer.borger is None:
                return Udbetaling.objects.none()
            return Udbetaling.objects.filter(borger=aktoer.borger)
        if har_sagsadgang(aktoer):
            return Udbetaling.objects.filter(sag__kommune_id=aktoer.kommune_id)
        return Udbetaling.objects.none()


class BeskedPolicy(_GennemSag):
    """Messages on a case. ``AENDRE`` (write one): the citizen on their own
    case, a caseworker on a case of their municipality."""

    model = Besked


class IndberetningPolicy(_GennemSag):
    """Income reports and changes of circumstances."""

    model = Indberetning


class AnsoegningPolicy(_GennemSag):
    """Submitted applications (the answers as sent)."""

    model = Ansoegning
    handlinger = frozenset({SE})


class BrevtekstPolicy(Policy):
    """Letter text blocks, per municipality (``kommune`` empty: the standard)."""

    model = Brevtekst

    def _instances(self, aktoer: Aktoer, handling: str) -> QuerySet:
        m = aktoer.medarbejder
        if m is None:
            return Brevtekst.objects.none()
        if handling == SE:
            return Brevtekst.objects.filter(Q(kommune_id=m.kommune_id) | Q(kommune__isnull=True))
        if m.rolle in TEKSTREDAKTION:
            return Brevtekst.objects.filter(kommune_id=m.kommune_id)
        return Brevtekst.objects.none()

    def _tillader(self, aktoer: Aktoer, tekst: Any, handling: str) -> bool:
        m = aktoer.medarbejder
        if m is None:
            return False
        if handling == SE:
            return tekst.kommune_id in (None, m.kommune_id)
        return m.rolle in TEKSTREDAKTION and tekst.kommune_id is not None and tekst.kommune_id == m.kommune_id


class HjaelpetekstPolicy(Policy):
    """Help texts of the application flows, per municipality: its staff read
    them, its communicators and administrators write them (the texts
    citizens read are the published result, not personal data)."""

    model = Hjaelpetekst

    def _instances(self, aktoer: Aktoer, handling: str) -> QuerySet:
        m = aktoer.medarbejder
        if m is None or (handling != SE and m.rolle not in TEKSTREDAKTION):
            return Hjaelpetekst.objects.none()
        return Hjaelpetekst.objects.filter(kommune_id=m.kommune_id)

    def _tillader(self, aktoer: Aktoer, tekst: Any, handling: str) -> bool:
        m = aktoer.medarbejder
        if m is None or (handling != SE and m.rolle not in TEKSTREDAKTION):
            return False
        return tekst.kommune_id == m.kommune_id


sager = SagPolicy()
borgere = BorgerPolicy()
dokumenter = DokumentPolicy()
breve = BrevPolicy()
udbetalinger = UdbetalingPolicy()
beskeder = BeskedPolicy()
indberetninger = IndberetningPolicy()
ansoegninger = AnsoegningPolicy()
brevtekster = BrevtekstPolicy()
hjaelpetekster = HjaelpetekstPolicy()

ALLE: dict[type, Policy] = {
    Sag: sager,
    Borger: borgere,
    Dokument: dokumenter,
    Udbetaling: udbetalinger,
    Besked: beskeder,
    Indberetning: indberetninger,
    Ansoegning: ansoegninger,
    Brevtekst: brevtekster,
    Hjaelpetekst: hjaelpetekster,
}
"""The policy of each protected model (letters are ``Dokument`` rows: ``breve``)."""


def policy_for(model: type) -> Policy:
    return ALLE[model]


# The names the services and selectors have used since the first wave; each is
# one of the policies above, so there is still one rule per question.


def sager_synlige(aktoer: Aktoer) -> QuerySet:
    return sager.instances(aktoer, SE)


def dokumenter_synlige(aktoer: Aktoer) -> QuerySet:
    return dokumenter.instances(aktoer, SE)


def udbetalinger_synlige(aktoer: Aktoer) -> QuerySet:
    return udbetalinger.instances(aktoer, SE)


def kan_se_sag(aktoer: Aktoer, sag: Any) -> bool:
    return sager.tillader(aktoer, sag, SE)


def kan_se_borger(aktoer: Aktoer, borger: Any) -> bool:
    return borgere.tillader(aktoer, borger, SE)


def kan_handle_for_borger(aktoer: Aktoer, borger: Any) -> bool:
    """Submit applications, reports and uploads on the citizen's behalf."""
    return borgere.tillader(aktoer, borger, AENDRE)


def kan_se_dokument(aktoer: Aktoer, dokument: Any) -> bool:
    return dokumenter.tillader(aktoer, dokument, SE)
