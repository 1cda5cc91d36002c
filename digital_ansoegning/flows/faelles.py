"""Steps every application starts with: the data fetched from CPR, and a
step to correct it (also shown when CPR could not be reached)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .base import DATO, HELTAL, JA_NEJ, TEKST, VALG, Spoergsmaal, Trin, ret_oplysninger

CIVILSTANDE = (
    ("ugift", _("Unmarried")),
    ("gift", _("Married or in a registered partnership")),
    ("skilt", _("Divorced")),
    ("enke", _("Widowed")),
)


def personoplysninger(*, med_boern: bool = False) -> tuple[Trin, Trin]:
    """``om_dig`` shows what CPR says and asks whether it is right;
    ``ret_oplysninger`` lets the citizen correct it."""
    rettelser = [
        Spoergsmaal(
            "adresse",
            _("Your address"),
            TEKST,
            hjaelp=_("Street, number, postcode and town."),
            fejl_mangler=_("Write your address."),
        ),
        Spoergsmaal(
            "civilstand",
            _("Your civil status"),
            VALG,
            valg=CIVILSTANDE,
            fejl_mangler=_("Choose your civil status."),
        ),
        Spoergsmaal(
            "foedselsdato",
            _("Your date of birth"),
            DATO,
            hjaelp=_("For example 24-12-1990."),
            fejl_mangler=_("Write your date of birth."),
            vis_hvis=lambda svar, prefill: not prefill.get("foedselsdato"),
        ),
    ]
    if med_boern:
        rettelser.append(
            Spoergsmaal(
                "antal_boern",
                _("How many children under 18 live with you?"),
                HELTAL,
                min=0,
                max=20,
                hjaelp=_("Write 0 if no children live with you."),
                fejl_mangler=_("Write how many children live with you. Write 0 if none do."),
            )
        )
    rettelser.append(
        Spoergsmaal(
            "rettelse_bemaerkning",
            _("Anything else your caseworker should know"),
            TEKST,
            required=False,
            lang=True,
        )
    )
    return (
        Trin(
            "om-dig",
            _("About you"),
            (
                Spoergsmaal(
                    "oplysninger_korrekte",
                    _("Is this information correct?"),
                    JA_NEJ,
                    fejl_mangler=_("Choose yes if the information is correct, or no to correct it."),
                ),
            ),
            vis_hvis=lambda svar, prefill: bool(prefill.get("hentet")),
            intro=_("This is what the CPR register says about you."),
            viser_prefill=True,
        ),
        Trin(
            "ret-oplysninger",
            _("Your details"),
            tuple(rettelser),
            vis_hvis=ret_oplysninger,
        ),
    )
