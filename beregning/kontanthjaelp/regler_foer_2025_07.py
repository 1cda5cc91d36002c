"""Kontanthjælp and uddannelseshjælp before 1 July 2025 (LAS §§ 23-26, 30-31, old numbering).

Rule set ``las_foer_2025_07``: LBK 241/2021, LBK 1031/2023 and LBK 808/2024.

- People aged 30 or more get kontanthjælp at the § 25, stk. 2 rate (forsørger / andre).
- People under 30 *with* a vocational education (erhvervskompetencegivende
  uddannelse) get kontanthjælp at a § 25, stk. 3 rate, with aktivitetstillæg
  (§ 25, stk. 9) when aktivitetsparat.
- People under 30 *without* one get uddannelseshjælp (§ 23, stk. 2), with
  aktivitetstillæg (§ 24, stk. 3) when aktivitetsparat.
- Spouses: the couple's help is the sum of each spouse's rate (§ 26), and
  both spouses' incomes are deducted (§ 30).
- Work income is deducted after an hourly disregard, at most 160 hours per
  person per month (§ 31); other income krone for krone (§ 30).
- Assets above 10.000 kr. (20.000 kr. for spouses together) must be used
  first (§ 14, stk. 1).

Not modelled (documented in the README): the 225-timersregel (§ 13 f-g), the
kontanthjælpsloft (§ 25 b, which caps særlig støtte and boligstøtte, not the
help itself), § 25, stk. 4 (bidragspligt), § 26, stk. 3 (a spouse who is not
entitled), selvforsørgelses- og hjemrejseydelse and overgangsydelse.
"""

from __future__ import annotations

from decimal import Decimal

from beregning.kerne.beloeb import NUL, afrund, dansk, engelsk
from beregning.kerne.fejl import Fejl
from beregning.kerne.periode import alder
from beregning.kerne.resultat import Linje, Resultat, straks_vurdering
from beregning.kerne.satser import Opslag, Sats, Satsfil
from beregning.kontanthjaelp.input import KontanthjaelpInput, Person

REGELSAET = "las_foer_2025_07"
SOCIAL_BEGIVENHED = "LAS § 11, stk. 2"

# (sats key, aktivitetstillæg key or None, Danish text, English text)
_Kategori = tuple[str, str | None, str, str]


def _kategori(p: Person, aar: int, forsoerger: bool, enlig: bool) -> _Kategori:
    """The rate category (§ 25, stk. 2 and 3; § 23, stk. 2) and its aktivitetstillæg."""
    if aar >= 30:
        if forsoerger:
            return (
                "kh_30_forsoerger",
                None,
                "Kontanthjælp, fyldt 30 år, forsørger",
                "Social assistance, aged 30 or over, supporting children",
            )
        return ("kh_30_andre", None, "Kontanthjælp, fyldt 30 år", "Social assistance, aged 30 or over")
    if p.erhvervskompetencegivende_uddannelse:
        pre, akt_pre = "kh_u30_", "kh_akt_"
        navn, navn_en = "Kontanthjælp under 30 år", "Social assistance under 30"
    else:
        pre, akt_pre = "uh_", "uh_akt_"
        navn, navn_en = "Uddannelseshjælp", "Education assistance"
    if p.psykisk_syg and forsoerger:
        return (
            pre + "psykisk_syg_forsoerger",
            None,
            f"{navn}, psykisk syg, forsørger",
            f"{navn_en}, mental illness, supporting children",
        )
    if p.psykisk_syg and not p.bor_hos_foraeldre:
        return (
            pre + "psykisk_syg_udeboende",
            None,
            f"{navn}, psykisk syg, udeboende",
            f"{navn_en}, mental illness, living away from parents",
        )
    if forsoerger and enlig:
        return (
            pre + "enlig_forsoerger",
            akt_pre + "enlig_forsoerger",
            f"{navn}, enlig forsørger",
            f"{navn_en}, single parent",
        )
    if forsoerger:
        return (
            pre + "forsoerger",
            akt_pre + "forsoerger",
            f"{navn}, forsørger uden ret til ekstra børnetilskud",
            f"{navn_en}, parent without extra child benefit",
        )
    if p.gravid_efter_12_uge:
        return (pre + "gravid", None, f"{navn}, gravid efter 12. svangerskabsuge", f"{navn_en}, pregnant past week 12")
    bolig = "hjemmeboende" if p.bor_hos_foraeldre else "udeboende"
    bolig_en = "living with parents" if p.bor_hos_foraeldre else "living away from parents"
    if aar >= 25:
        akt = f"{akt_pre}25_29_{bolig}"
    elif pre == "uh_":
        akt = f"uh_akt_u25_{bolig}"
    else:
        akt = None  # § 25, stk. 9 gives no aktivitetstillæg under 25
    return (pre + bolig, akt, f"{navn}, {bolig}", f"{navn_en}, {bolig_en}")


def _hjemmel(opslag: Opslag, navn: str) -> str:
    return opslag.sats(navn).hjemmel


def beregn(inp: KontanthjaelpInput, fil: Satsfil) -> Resultat:
    """Calculate one month under the rules before 1 July 2025."""
    dag = inp.maaned.foerste_dag
    opslag = Opslag(fil, dag)
    linjer: list[Linje] = []
    mangler: list[str] = []
    andre: list[tuple[str, str]] = []
    forsoerger = _har_boern(inp)
    enlig = inp.aegtefaelle is None and not inp.samlevende

    personer: list[tuple[str, str, Person]] = [("ansoeger", "", inp.ansoeger)]
    if inp.aegtefaelle is not None:
        personer.append(("aegtefaelle", "Ægtefælle: ", inp.aegtefaelle))

    norm = NUL
    for felt, forled, p in personer:
        if not p.opfylder_opholdskrav:
            raise Fejl(
                f"{felt}.opfylder_opholdskrav",
                "Opholdskravet er ikke opfyldt; hjælpen ydes da som selvforsørgelses- og "
                "hjemrejseydelse eller overgangsydelse, som denne beregning ikke omfatter.",
                "The residence requirement is not met; help is then paid as self-support and "
                "repatriation benefit or transition benefit, which this calculation does not "
                "cover.",
            )
        aar = alder(p.foedselsdato, dag)
        if aar < 18:
            raise Fejl(
                f"{felt}.foedselsdato",
                "Personen er under 18 år; beregningen omfatter ikke hjælp til børn.",
                "The person is under 18; the calculation does not cover help for children.",
            )
        sats_navn, akt_navn, tekst, tekst_en = _kategori(p, aar, forsoerger, enlig)
        sats = opslag.sats(sats_navn)
        norm += sats.vaerdi
        linjer.append(Linje(forled + tekst, _en(forled) + tekst_en, sats.vaerdi, sats.hjemmel))
        if akt_navn is not None:
            if p.aktivitetsparat is None:
                mangler.append(f"{felt}.aktivitetsparat")
                linjer.append(
                    Linje(
                        forled + "Aktivitetstillæg er ikke medregnet, da det ikke er oplyst, om "
                        "personen er aktivitetsparat",
                        _en(forled) + "Activity supplement not included: it is not stated whether "
                        "the person is ready for activity",
                        None,
                        _hjemmel(opslag, akt_navn),
                    )
                )
            elif p.aktivitetsparat:
                akt = opslag.sats(akt_navn)
                norm += akt.vaerdi
                linjer.append(
                    Linje(forled + "Aktivitetstillæg", _en(forled) + "Activity supplement", akt.vaerdi, akt.hjemmel)
                )

    # § 14: assets
    formue = sum((p.formue for _, _, p in personer), NUL)
    graense_navn = "formue_enlig" if inp.aegtefaelle is None else "formue_aegtepar"
    graense = opslag.sats(graense_navn)
    linjer.append(_formue_linje(formue, graense))
    if formue > graense.vaerdi:
        return _resultat(inp, fil, opslag, False, NUL, linjer, mangler, andre)

    # §§ 30-31: income
    fradrag_i_alt = NUL
    for _felt, forled, p in personer:
        if p.arbejdsindtaegt > 0:
            pr_time = opslag.sats("timefradrag")
            maks = opslag.v("timefradrag_max_timer")
            timer = min(p.arbejdstimer, maks)
            bortses = min(afrund(timer * pr_time.vaerdi), p.arbejdsindtaegt)
            fradrag = p.arbejdsindtaegt - bortses
            fradrag_i_alt += fradrag
            linjer.append(
                Linje(
                    f"{forled}Arbejdsindtægt {dansk(p.arbejdsindtaegt)} fratrukket; der ses bort fra "
                    f"{dansk(bortses)} ({_timer(timer)} timer à {dansk(pr_time.vaerdi)})",
                    f"{_en(forled)}Work income {engelsk(p.arbejdsindtaegt)} deducted; "
                    f"{engelsk(bortses)} is disregarded ({_timer(timer)} hours at "
                    f"{engelsk(pr_time.vaerdi)})",
                    -fradrag,
                    "LAS § 30 og § 31",
                )
            )
        if p.anden_indtaegt > 0:
            fradrag_i_alt += p.anden_indtaegt
            linjer.append(
                Linje(
                    f"{forled}Anden indtægt fratrækkes krone for krone",
                    f"{_en(forled)}Other income is deducted krone for krone",
                    -p.anden_indtaegt,
                    "LAS § 30",
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
    hjemmel = "LAS § 26 og § 30" if inp.aegtefaelle is not None else "LAS § 30"
    linjer.append(Linje("Hjælp i alt pr. måned", "Total help per month", beloeb, hjemmel))
    return _resultat(inp, fil, opslag, True, beloeb, linjer, mangler, andre)


def _en(forled: str) -> str:
    return "Spouse: " if forled else ""


def _timer(timer: Decimal) -> str:
    return f"{timer.normalize():f}".replace(".", ",")


def _har_boern(inp: KontanthjaelpInput) -> bool:
    dag = inp.maaned.foerste_dag
    return any(b <= dag and alder(b, dag) < 18 for b in inp.boern)


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
        andre.append(
            (
                f"den første bevilling kræver en vurdering af betingelserne i {SOCIAL_BEGIVENHED} "
                "(social begivenhed, rådighed)",
                f"the first grant requires an assessment of the conditions in {SOCIAL_BEGIVENHED} "
                "(change of circumstances, availability for work)",
            )
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
            andre_grunde=andre,
        ),
        ubekraeftede_satser=ubekraeftede,
    )
