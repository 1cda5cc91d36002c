"""``get_FOO_display`` without Django's per-call cost.

Django's ``Model._get_FIELD_display`` runs ``make_hashable`` over the whole
choices list on every call, which hashes every lazy label, and hashing a lazy
string translates it: a list of 50 cases asked for two labels each did about
a thousand translations. Here the choices become a dict once per field and
one label is translated per call. Same result, same fallback for values that
are not among the choices.
"""

from __future__ import annotations

from django.utils.encoding import force_str


class HurtigVisning:
    def _get_FIELD_display(self, field):  # noqa: N802 - Django's name
        valg = field.__dict__.get("_hurtig_valg")
        if valg is None:
            valg = field.__dict__["_hurtig_valg"] = dict(field.flatchoices)
        value = getattr(self, field.attname)
        try:
            label = valg.get(value, value)
        except TypeError:  # an unhashable value: Django's own way
            return super()._get_FIELD_display(field)
        return force_str(label, strings_only=True)
