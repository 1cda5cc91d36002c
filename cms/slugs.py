"""ASCII page addresses the Danish way: æ → ae, ø → oe, å → aa."""

from __future__ import annotations

from urllib.parse import unquote

from django.utils.text import slugify

_DANSK = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "é": "e", "ü": "u"})


def dansk_slug(value: str) -> str:
    """``Kontanthjælp`` → ``kontanthjaelp``; an address pasted
    percent-encoded (``kontanthj%C3%A6lp``) is decoded first."""
    return slugify(unquote(value).translate(_DANSK))
