"""Danish strings for the letters until they are merged into ``locale/da``.

``MSGIDS_da.txt`` beside this file holds ``msgid<TAB>Danish`` lines for every
msgid the letters use. The project catalogue always wins: these are only
added as a *fallback* to Django's Danish translation object, consulted for a
msgid that the compiled catalogue lacks. Once the lines are merged into
``locale/da/LC_MESSAGES/django.po`` and compiled, this fallback answers
nothing any more and can be removed.
"""

from __future__ import annotations

import gettext
import threading
from functools import cache
from pathlib import Path

from django.utils.translation import trans_real

MSGIDS_FIL = Path(__file__).with_name("MSGIDS_da.txt")
_laas = threading.Lock()


@cache
def danske_msgids() -> dict[str, str]:
    """The msgid → Danish mapping from ``MSGIDS_da.txt``."""
    katalog = {}
    for nummer, linje in enumerate(MSGIDS_FIL.read_text(encoding="utf-8").splitlines(), 1):
        if not linje.strip() or linje.startswith("#"):
            continue
        msgid, sep, dansk = linje.partition("\t")
        if not sep or not dansk.strip():
            raise ValueError(f"{MSGIDS_FIL.name}:{nummer}: expected 'msgid<TAB>Danish'")
        katalog[msgid] = dansk
    return katalog


class _BreveFallback(gettext.NullTranslations):
    def gettext(self, message):
        return danske_msgids().get(message, message)

    def ngettext(self, msgid1, msgid2, n):
        if n == 1:
            return danske_msgids().get(msgid1, msgid1)
        return danske_msgids().get(msgid2, msgid2)

    def pgettext(self, context, message):  # pragma: no cover - unused
        return message


def sikr_dansk_fallback() -> None:
    """Hang the letter strings behind Django's Danish catalogue (once per object).

    Django rebuilds its translation objects when translation settings change
    (in tests), so this is checked on every render; the check is cheap.
    """
    oversaettelse = trans_real.translation("da")
    if getattr(oversaettelse, "_breve_fallback", False):
        return
    with _laas:
        if getattr(oversaettelse, "_breve_fallback", False):
            return
        oversaettelse.add_fallback(_BreveFallback())
        oversaettelse._breve_fallback = True
