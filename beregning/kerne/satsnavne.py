"""Names people read for the rates (the rate files' keys), Danish and
English. Reasons shown to a citizen name a rate this way, never by its key
(``formue_enlig``)."""

from __future__ import annotations

import re

NAVNE: dict[str, tuple[str, str]] = {
    "grundsats": ("grundsatsen", "the basic rate"),
    "forhoejet_sats": ("den forhøjede sats", "the higher rate"),
    "mindstesats": ("mindstesatsen", "the minimum rate"),
    "boernetillaeg": ("børnetillægget", "the child supplement"),
    "formue_enlig": ("formuegrænsen for enlige", "the asset limit for a single person"),
    "formue_aegtepar": ("formuegrænsen for ægtepar", "the asset limit for a married couple"),
    "formuegraense": ("formuegrænsen", "the asset limit"),
    "tillaeg_enlig_forsoerger": ("tillægget til enlige forsørgere", "the supplement for single providers"),
    "tillaeg_enlig_ikke_forsoerger": (
        "tillægget til enlige uden børn",
        "the supplement for single people without children",
    ),
    "fribeloeb_grundsats": ("fribeløbet", "the earnings allowance"),
    "fribeloeb_forhoejet": ("det forhøjede fribeløb", "the higher earnings allowance"),
    "fradragsprocent": ("fradragsprocenten", "the deduction percentage"),
    "fradrag_enlig": ("fradragsbeløbet for enlige", "the deduction for a single person"),
    "fradrag_par": ("fradragsbeløbet for par", "the deduction for a couple"),
    "timefradrag": ("fradraget pr. arbejdstime", "the deduction per hour worked"),
    "timefradrag_max_timer": (
        "det højeste antal timer med timefradrag",
        "the maximum hours for the hourly deduction",
    ),
    "trin_enlig": ("indtægtstrinnet for enlige", "the income step for a single person"),
    "trin_par": ("indtægtstrinnet for par", "the income step for a couple"),
    "daekningsprocent": ("dækningsprocenten", "the coverage percentage"),
    "egenbetaling_aar": ("den årlige egenbetaling", "the yearly own payment"),
    "forhaandsgodkendelse_over": (
        "beløbsgrænsen for forhåndsgodkendelse",
        "the amount above which prior approval is needed",
    ),
    "tilskud_fra_25": ("tilskudsprocenten fra 25 år", "the subsidy percentage from age 25"),
    "tilskud_under_25": ("tilskudsprocenten under 25 år", "the subsidy percentage under 25"),
    "tilskud_25_29_uddannelseshjaelp": (
        "tilskudsprocenten for 25-29-årige på uddannelseshjælp",
        "the subsidy percentage for 25-29-year-olds on education benefit",
    ),
    "ungetillaeg_25_29": ("det særlige ungetillæg for 25-29-årige", "the special youth supplement, ages 25-29"),
    "ungetillaeg_forsoerger": ("det særlige ungetillæg for forsørgere", "the special youth supplement for providers"),
    "ungetillaeg_u25": ("det særlige ungetillæg under 25 år", "the special youth supplement under 25"),
    "fritidstillaeg_enlig_forsoerger": (
        "fritidstillægget for enlige forsørgere",
        "the leisure supplement for single providers",
    ),
    "fritidstillaeg_par": ("fritidstillægget for par", "the leisure supplement for couples"),
    "boligstoetteloft_par_forhoejet": (
        "boligstøtteloftet for par på forhøjet sats",
        "the housing benefit ceiling for couples on the higher rate",
    ),
    "afrundingsregel": ("afrundingsreglen", "the rounding rule"),
}

_ORD: dict[str, tuple[str, str]] = {
    "akt": ("med aktivitetstillæg", "with activity supplement"),
    "u30": ("under 30 år", "under 30"),
    "u25": ("under 25 år", "under 25"),
    "30": ("fra 30 år", "from 30"),
    "25_29": ("25-29 år", "ages 25-29"),
    "hjemmeboende": ("hjemmeboende", "living with parents"),
    "udeboende": ("udeboende", "living away from home"),
    "enlig_forsoerger": ("enlig forsørger", "single provider"),
    "forsoerger": ("forsørger", "provider"),
    "gravid": ("gravid", "pregnant"),
    "psykisk_syg_forsoerger": ("psykisk syg forsørger", "mentally ill provider"),
    "psykisk_syg_udeboende": ("psykisk syg, udeboende", "mentally ill, living away from home"),
    "andre": ("andre", "others"),
}
_GRUPPE = re.compile(r"(kh|uh)_(.+)")
_DELE = re.compile("|".join(sorted((re.escape(k) for k in _ORD), key=len, reverse=True)))


def satsnavn(noegle: str) -> tuple[str, str]:
    """The rate's name (Danish, English) for a reason a person reads."""
    if noegle in NAVNE:
        return NAVNE[noegle]
    m = _GRUPPE.fullmatch(noegle)
    if m:
        rest = m.group(2)
        dele = _DELE.findall(rest)
        if dele and "_".join(dele) == rest:
            da = "satsen for " + ("kontanthjælp" if m.group(1) == "kh" else "uddannelseshjælp")
            en = "the rate of " + ("social assistance" if m.group(1) == "kh" else "education benefit")
            return (
                f"{da} ({', '.join(_ORD[d][0] for d in dele)})",
                f"{en} ({', '.join(_ORD[d][1] for d in dele)})",
            )
    return ("en sats", "a rate")


__all__ = ["NAVNE", "satsnavn"]
