"""The public write API of ``backend_core``.

Every change to domain state is one of these keyword-only functions
(``<noun>_<verb>(*, ...)``): it checks permission (auditing a refusal), writes
in one transaction with its audit entry and outbox event, and queues side
effects (letters, publishing, payment orders) with ``transaction.on_commit``.
Views, the API, Celery tasks, management commands and the back office call
these, never the models' write methods. Dependencies point down: services use
``beregning`` and the register clients, never views.
"""

from ..aktoer import Aktoer, aktoer_for_user
from ..exceptions import AdgangNaegtet, DomaeneValideringsfejl, UgyldigOvergang
from .ansoegning import aaben_sag_for, ansoegning_submit
from .besked import besked_mark_read, besked_send, beskeder_mark_read
from .betaling import udbetaling_order, udbetaling_plan, udbetaling_udbetalt
from .borger import borger_login, cpr_foedselsdato
from .brev import brev_kontekst, brev_produce_and_send, brev_queue
from .dokument import dokument_add, dokument_indhold, dokumenter_slet_uden_sag
from .indberetning import aendring_submit, indberetning_submit
from .kommune import kommune_kontakt_opdater
from .notifikation import indberetning_paamind, kontaktvalg_set, notifikation_send
from .outbox import outbox_publish_pending
from .sag import (
    afgoerelse_beloeb_valider,
    afgoerelse_create,
    afgoerelse_valider,
    sag_assign,
    sag_bulk_create,
    sag_ny_aktivitet,
    sag_ny_aktivitet_clear,
    sag_registre_refresh,
    sag_transition,
)
from .sagsbehandling import (
    afgoerelse_preview,
    journalnotat_create,
    sag_anmod_borger,
    sag_assign_bulk,
    sag_frist_paamind,
    sager_med_overskredet_frist,
)

__all__ = [
    "afgoerelse_preview",
    "afgoerelse_valider",
    "journalnotat_create",
    "kommune_kontakt_opdater",
    "sag_anmod_borger",
    "sag_assign_bulk",
    "sag_frist_paamind",
    "sager_med_overskredet_frist",
    "AdgangNaegtet",
    "aaben_sag_for",
    "aendring_submit",
    "Aktoer",
    "DomaeneValideringsfejl",
    "UgyldigOvergang",
    "afgoerelse_beloeb_valider",
    "afgoerelse_create",
    "aktoer_for_user",
    "ansoegning_submit",
    "besked_mark_read",
    "besked_send",
    "beskeder_mark_read",
    "borger_login",
    "brev_kontekst",
    "brev_produce_and_send",
    "brev_queue",
    "cpr_foedselsdato",
    "dokument_add",
    "dokument_indhold",
    "dokumenter_slet_uden_sag",
    "indberetning_paamind",
    "indberetning_submit",
    "kontaktvalg_set",
    "notifikation_send",
    "outbox_publish_pending",
    "sag_anmod_borger",
    "sag_assign",
    "sag_bulk_create",
    "sag_ny_aktivitet",
    "sag_ny_aktivitet_clear",
    "sag_registre_refresh",
    "sag_transition",
    "udbetaling_order",
    "udbetaling_plan",
    "udbetaling_udbetalt",
]
