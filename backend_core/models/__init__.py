"""The domain models. Code outside ``backend_core`` imports them from here."""

from .afgoerelse import Afgoerelse
from .ansoegning import Ansoegning
from .audit import AuditEntry
from .beregning import Beregning
from .besked import Besked
from .betaling import Udbetaling
from .borger import Borger, Medarbejder
from .brev import Brevbestilling
from .brevtekst import Brevtekst
from .dokument import Dokument
from .indberetning import Indberetning
from .kommune import Kommune
from .notifikation import Kontaktvalg, Notifikation
from .outbox import OutboxEvent
from .sag import Sag, StatusSkrivningNaegtet

__all__ = [
    "Afgoerelse",
    "Ansoegning",
    "AuditEntry",
    "Beregning",
    "Besked",
    "Brevbestilling",
    "Borger",
    "Brevtekst",
    "Dokument",
    "Indberetning",
    "Kommune",
    "Kontaktvalg",
    "Medarbejder",
    "Notifikation",
    "OutboxEvent",
    "Sag",
    "StatusSkrivningNaegtet",
    "Udbetaling",
]
