"""Page types, site settings and snippets that communicators edit in Wagtail.

Each municipality has its own Wagtail site whose root is a ``HomePage``
(Danish) with an English translation (Wagtail's simple translation); benefit
pages, guidance, questions and answers, contact, the accessibility statement
and the about page sit beneath it.
"""

from .pages import (
    FaqPage,
    HomePage,
    KontaktPage,
    OmPage,
    PortalPage,
    PrivatlivPage,
    TilgaengelighedPage,
    VejledningPage,
    YdelsePage,
)
from .settings import KommuneIndstillinger

__all__ = [
    "FaqPage",
    "HomePage",
    "KommuneIndstillinger",
    "KontaktPage",
    "OmPage",
    "PrivatlivPage",
    "PortalPage",
    "TilgaengelighedPage",
    "VejledningPage",
    "YdelsePage",
]
