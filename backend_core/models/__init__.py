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
from .hjaelpetekst import Hjaelpetekst
from .indberetning import Indberetning
from .journalnotat import Journalnotat
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
    "Hjaelpetekst",
    "Indberetning",
    "Journalnotat",
    "Kommune",
    "Kontaktvalg",
    "Medarbejder",
    "Notifikation",
    "OutboxEvent",
    "Sag",
    "StatusSkrivningNaegtet",
    "Udbetaling",
]
