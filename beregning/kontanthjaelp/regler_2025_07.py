"""Kontanthjælp from 1 July 2025 (LAS §§ 16-20, LBK 1004/2025; lov nr. 1655 af 30.12.2024).

Rule set ``las_2025_07``. One kontanthjælp per person, at one of four rates
(§ 16):

- **mindstesats** when the opholdskrav (§ 11, stk. 3) or the
  beskæftigelseskrav is not met;
- **hjemmeboende sats** under 30, living with a parent, not supporting a child;
- **forhøjet sats** from 30, or at 25-29 with 2½ years' full-time work in
  the last 10 years;
- **grundsats** otherwise (under 30).

Supplements: børnetillæg to every forsørger (§ 17); tillæg til enlige
forsørgere on mindstesats or grundsats and tillæg til enlige ikke-forsørgere
on grundsats or forhøjet sats (§ 18); særligt ungetillæg to aktivitetsparate
under 30 on grundsats (§ 19, stk. 3).

Spouses keep mutual maintenance: the couple's help is the sum of both
spouses' help, less both spouses' income. Work income above a monthly
fribeløb (5.000 kr. on grundsats and mindstesats, 2.500 kr. on forhøjet sats,
none on hjemmeboende sats) is deducted at 65 %; other income krone for krone.
Assets above 15.500 kr. (31.000 kr. for spouses) must be used first (§ 14).

Fritidstillæg (municipal sources, see the rate files): per child under 18 at
home, at most three, from the fourth month on kontanthjælp; without
``maaneder_paa_kontanthjaelp`` it is not included and a caseworker decides.

Not modelled (see the README): midlertidigt tilpasningstillæg
(flagged, and blocks an instant decision), the boligstøtteloft (a boligstøtte
rule), and the rule that work income is deducted krone for krone once
earnings plus help reach 85 %/100 % of the maximum dagpenge rate (its final
wording was not found; any work income therefore blocks an instant decision).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from beregning.kerne.beloeb import HUNDREDE, NUL, afrund, dansk, engelsk
from beregning.kerne.fejl import Fejl, InputFejl
from beregning.kerne.periode import alder
from beregning.kerne.resultat import Linje, Resultat, straks_vurdering
from beregning.kerne.satser import Opslag, Sats, Satsfil
from beregning.kontanthjaelp.input import KontanthjaelpInput, Person

REGELSAET = "las_2025_07"
SOCIAL_BEGIVENHED = "LAS § 11, stk. 2"
TILPASNINGSTILLAEG_SLUT = dt.date(2027, 6, 30)

_SATS_TEKST = {
    "mindstesats": ("Kontanthjælp, mindstesats", "Social assistance, minimum rate"),
    "grundsats": ("Kontanthjælp, grundsats", "Social assistance, basic rate"),
    "forhoejet_sats": ("Kontanthjælp, forhøjet sats", "Social assistance, increased rate"),
    "hjemmeboende_sats": (
        "Kontanthjælp, sats for hjemmeboende",
        "Social assistance, rate for people living with parents",
    ),
}


def _sats(p: Person, aar: int, forsoerger: bool, felt: str) -> str:
    """Which § 16 rate the person gets."""
    if not (p.opfylder_opholdskrav and p.opfylder_beskaeftigelseskrav):
        return "mindstesats"
    if aar < 30 and p.bor_hos_foraeldre and not forsoerger:
        return "hjemmeboende_sats"
    if aar >= 30:
        return "forhoejet_sats"
    if aar >= 25:
        if p.har_2_5_aars_fuldtidsbeskaeftigelse is None:
            raise InputFejl(
                f"{felt}.har_2_5_aars_fuldtidsbeskaeftigelse",
                "Skal oplyses for personer på 25-29 år fra 1. juli 2025 (forhøjet sats kræver "
                "2½ års fuldtidsbeskæftigelse inden for de seneste 10 år).",
                "Must be given for people aged 25-29 from 1 July 2025 (the increased rate "
                "requires 2½ years' full-time work within the last 10 years).",
            )
        if p.har_2_5_aars_fuldtidsbeskaeftigelse:
            return "forhoejet_sats"
    return "grundsats"


def beregn(inp: KontanthjaelpInput, fil: Satsfil) -> Resultat:
    """Calculate one month under the rules from 1 July 2025."""
    dag = inp.maaned.foerste_dag
    opslag = Opslag(fil, dag)
    linjer: list[Linje] = []
    mangler: list[str] = []
    andre: list[tuple[str, str]] = []
    forsoerger = any(b <= dag and alder(b, dag) < 18 for b in inp.boern)
    enlig = inp.aegtefaelle is None and not inp.samlevende

    personer: list[tuple[str, str, Person]] = [("ansoeger", "", inp.ansoeger)]
    if inp.aegtefaelle is not None:
        personer.append(("aegtefaelle", "Ægtefælle: ", inp.aegtefaelle))

    norm = NUL
    satser: list[str] = []
    for felt, forled, p in personer:
        en = "Spouse: " if forled else ""
        aar = alder(p.foedselsdato, dag)
        if aar < 18:
            raise Fejl(
                f"{felt}.foedselsdato",
                "Personen er under 18 år; beregningen omfatter ikke hjælp til børn.",
                "The person is under 18; the calculation does not cover help for children.",
            )
        sats_navn = _sats(p, aar, forsoerger, felt)
        satser.append(sats_navn)
        sats = opslag.sats(sats_navn)
        norm += sats.vaerdi
        tekst, tekst_en = _SATS_TEKST[sats_navn]
        linjer.append(Linje(forled + tekst, en + tekst_en, sats.vaerdi, sats.hjemmel))
        if sats_navn == "mindstesats":
            linjer.append(
                Linje(
                    forled + "Mindstesats, da opholds- eller beskæftigelseskravet ikke er opfyldt",
                    en + "Minimum rate, as the residence or employment requirement is not met",
                    None,
                    "LAS § 11, stk. 3",
                )
            )

        if forsoerger:
            t = opslag.sats("boernetillaeg")
            norm += t.vaerdi
            linjer.append(
                Linje(
                    forled + "Børnetillæg (ét pr. forsørger)",
                    en + "Child supplement (one per parent)",
                    t.vaerdi,
                    t.hjemmel,
                )
            )
        if enlig and forsoerger and sats_navn in ("mindstesats", "grundsats"):
            t = opslag.sats("tillaeg_enlig_forsoerger")
            norm += t.vaerdi
            linjer.append(Linje("Tillæg til enlige forsørgere", "Single-parent supplement", t.vaerdi, t.hjemmel))
        if enlig and not forsoerger and sats_navn in ("grundsats", "forhoejet_sats"):
            t = opslag.sats("tillaeg_enlig_ikke_forsoerger")
            norm += t.vaerdi
            linjer.append(
                Linje(
                    "Tillæg til enlige uden børn", "Supplement for single people without children", t.vaerdi, t.hjemmel
                )
            )
        if aar < 30 and sats_navn == "grundsats":
            if forsoerger:
                unge_navn = "ungetillaeg_forsoerger"
            elif aar < 25:
                unge_navn = "ungetillaeg_u25"
            else:
                unge_navn = "ungetillaeg_25_29"
            if p.aktivitetsparat is None:
                mangler.append(f"{felt}.aktivitetsparat")
                linjer.append(
                    Linje(
                        forled + "Særligt ungetillæg er ikke medregnet, da det ikke er oplyst, om "
                        "personen er aktivitetsparat",
                        en + "Special youth supplement not included: it is not stated whether the "
                        "person is ready for activity",
                        None,
                        "LAS § 19, stk. 3",
                    )
                )
            elif p.aktivitetsparat:
                t = opslag.sats(unge_navn)
                norm += t.vaerdi
                linjer.append(
                    Linje(forled + "Særligt ungetillæg", en + "Special youth supplement", t.vaerdi, t.hjemmel)
                )
            if dag <= TILPASNINGSTILLAEG_SLUT:
                andre.append(
                    (
                        "ret til midlertidigt tilpasningstillæg (1. juli 2025 - 30. juni 2027) "
                        "beregnes ikke automatisk",
                        "entitlement to the temporary adjustment supplement (1 July 2025 - "
                        "30 June 2027) is not calculated automatically",
                    )
                )
                linjer.append(
                    Linje(
                        forled + "Et eventuelt midlertidigt tilpasningstillæg er ikke medregnet",
                        en + "A possible temporary adjustment supplement is not included",
                        None,
                        "LAS §§ 16-20 (lov nr. 1655 af 30. december 2024)",
                    )
                )

    # Fritidstillæg (from 1 July 2025): per child under 18 at home, at most three, once per
    # household; couples and single parents have their own rate; paid from the fourth month.
    boern_u18 = sum(1 for b in inp.boern if b <= dag and alder(b, dag) < 18)
    if boern_u18:
        navn = "fritidstillaeg_enlig_forsoerger" if enlig else "fritidstillaeg_par"
        if navn in fil.satser:
            antal = min(boern_u18, 3)
            if inp.maaneder_paa_kontanthjaelp is None:
                andre.append(
                    (
                        "fritidstillæg afhænger af, om der er modtaget kontanthjælp i 3 måneder, "
                        "hvilket ikke er oplyst",
                        "the leisure supplement depends on whether kontanthjælp has been received for "
                        "3 months, which is not stated",
                    )
                )
                linjer.append(
                    Linje(
                        "Fritidstillæg er ikke medregnet: det gives efter 3 måneder på kontanthjælp",
                        "Leisure supplement not included: it is paid after 3 months on social assistance",
                        None,
                        opslag.sats(navn).hjemmel,
                    )
                )
            elif inp.maaneder_paa_kontanthjaelp >= 3:
                t = opslag.sats(navn)
                beloeb_fritid = t.vaerdi * antal
                norm += beloeb_fritid
                linjer.append(
                    Linje(
                        f"Fritidstillæg for {antal} barn/børn ({dansk(t.vaerdi)} pr. barn)",
                        f"Leisure supplement for {antal} child(ren) ({engelsk(t.vaerdi)} per child)",
                        beloeb_fritid,
                        t.hjemmel,
                    )
                )

    # § 14: assets
    formue = sum((p.formue for _, _, p in personer), NUL)
    graense = opslag.sats("formue_enlig" if inp.aegtefaelle is None else "formue_aegtepar")
    linjer.append(_formue_linje(formue, graense))
    if formue > graense.vaerdi:
        return _resultat(inp, fil, opslag, False, NUL, linjer, mangler, andre)

    # Income
    fradrag_i_alt = NUL
    nogen_arbejdsindtaegt = False
    for (_felt, forled, p), sats_navn in zip(personer, satser, strict=True):
        en = "Spouse: " if forled else ""
        if p.arbejdsindtaegt > 0:
            nogen_arbejdsindtaegt = True
            procent = opslag.sats("fradragsprocent")
            if sats_navn == "forhoejet_sats":
                fribeloeb = opslag.sats("fribeloeb_forhoejet").vaerdi
            elif sats_navn == "hjemmeboende_sats":
                fribeloeb = NUL
            else:
                fribeloeb = opslag.sats("fribeloeb_grundsats").vaerdi
            over = max(p.arbejdsindtaegt - fribeloeb, NUL)
            fradrag = afrund(over * procent.vaerdi / HUNDREDE)
            fradrag_i_alt += fradrag
            linjer.append(
                Linje(
                    f"{forled}Arbejdsindtægt {dansk(p.arbejdsindtaegt)}: fribeløb "
                    f"{dansk(fribeloeb)}, {procent.vaerdi} % af resten fratrækkes",
                    f"{en}Work income {engelsk(p.arbejdsindtaegt)}: allowance "
                    f"{engelsk(fribeloeb)}, {procent.vaerdi} % of the rest is deducted",
                    -fradrag,
                    procent.hjemmel,
                )
            )
        if p.anden_indtaegt > 0:
            fradrag_i_alt += p.anden_indtaegt
            linjer.append(
                Linje(
                    f"{forled}Anden indtægt fratrækkes krone for krone",
                    f"{en}Other income is deducted krone for krone",
                    -p.anden_indtaegt,
                    "LAS § 30",
                )
            )
    if nogen_arbejdsindtaegt:
        andre.append(
            (
                "reglen om fuldt fradrag, når løn og hjælp når 85 %/100 % af den maksimale "
                "dagpengesats, er ikke bekræftet og ikke anvendt",
                "the rule of full deduction once pay and help reach 85 %/100 % of the maximum "
                "unemployment benefit is not confirmed and not applied",
            )
        )

    beloeb = norm - fradrag_i_alt
    if beloeb <= 0:
        linjer.append(
            Linje(
                "Indtægterne er mindst lige så store som hjælpen; der kan ikke udbetales hjælp",
                "Income is at least as large as the help; no help can be paid",
                NUL,
                "LAS § 30",
            )
        )
        return _resultat(inp, fil, opslag, False, NUL, linjer, mangler, andre)
    linjer.append(Linje("Hjælp i alt pr. måned", "Total help per month", beloeb, "LAS §§ 16-20"))
    return _resultat(inp, fil, opslag, True, beloeb, linjer, mangler, andre)


_FORMUE_LINJER: dict[tuple[Decimal, Decimal, str], Linje] = {}


def _formue_linje(formue: Decimal, graense: Sats) -> Linje:
    """The reason line for the asset test (LAS § 14); cached, as assets repeat across cases."""
    noegle = (formue, graense.vaerdi, graense.hjemmel)
    linje = _FORMUE_LINJER.get(noegle)
    if linje is not None:
        return linje
    if formue > graense.vaerdi:
        linje = Linje(
            f"Formuen på {dansk(formue)} overstiger grænsen på {dansk(graense.vaerdi)} og skal "
            "bruges, før der kan ydes hjælp",
            f"Assets of {engelsk(formue)} exceed the limit of {engelsk(graense.vaerdi)} and must "
            "be used before help can be paid",
            None,
            graense.hjemmel,
        )
    else:
        linje = Linje(
            f"Formuen på {dansk(formue)} er ikke over grænsen på {dansk(graense.vaerdi)}",
            f"Assets of {engelsk(formue)} do not exceed the limit of {engelsk(graense.vaerdi)}",
            None,
            graense.hjemmel,
        )
    if len(_FORMUE_LINJER) >= 10_000:
        _FORMUE_LINJER.clear()
    _FORMUE_LINJER[noegle] = linje
    return linje


def _resultat(
    inp: KontanthjaelpInput,
    fil: Satsfil,
    opslag: Opslag,
    berettiget: bool,
    beloeb: Decimal,
    linjer: list[Linje],
    mangler: list[str],
    andre: list[tuple[str, str]],
) -> Resultat:
    if not inp.allerede_bevilget:
        andre.insert(
            0,
            (
                f"den første bevilling kræver en vurdering af betingelserne i {SOCIAL_BEGIVENHED} "
                "(social begivenhed, rådighed)",
                f"the first grant requires an assessment of the conditions in {SOCIAL_BEGIVENHED} "
                "(change of circumstances, availability for work)",
            ),
        )
    ubekraeftede = opslag.ubekraeftede()
    return Resultat(
        ydelse="kontanthjaelp",
        berettiget=berettiget,
        beloeb=beloeb if berettiget else NUL,
        linjer=linjer,
        versioner=fil.versioner,
        straks_afgoerelse=straks_vurdering(
            skoensmaessig=False,
            berettiget=berettiget,
            manglende_input=mangler,
            ubekraeftede=ubekraeftede,
            andre_grunde=_unikke(andre),
        ),
        ubekraeftede_satser=ubekraeftede,
    )


def _unikke(grunde: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(grunde))
