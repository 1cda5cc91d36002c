"""The result of a calculation: amount, eligibility, reason lines, versions, verdict."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from beregning.kerne.beloeb import NUL, tekst
from beregning.kerne.satser import Sats
from beregning.kerne.satsnavne import satsnavn

_koder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_streng = json.encoder.encode_basestring  # what the encoder above uses for a str (C)


class Linje(NamedTuple):
    """One reason line: what, how much, and the law it rests on.

    ``tekst`` is Danish (the letter language), ``tekst_en`` English for the UI.
    ``beloeb`` is ``None`` for lines that explain without an amount.
    (A named tuple rather than a frozen dataclass: immutable, and several
    times cheaper to create, which matters at 150,000 cases.)
    """

    tekst: str
    tekst_en: str
    beloeb: Decimal | None
    hjemmel: str

    def som_dict(self) -> dict[str, Any]:
        return {
            "tekst": self.tekst,
            "tekst_en": self.tekst_en,
            "beloeb": None if self.beloeb is None else tekst(self.beloeb),
            "hjemmel": self.hjemmel,
        }


@dataclass(frozen=True, slots=True)
class Straksafgoerelse:
    """Whether the result may be issued as an instant decision, and why."""

    tilladt: bool
    begrundelse: str
    begrundelse_en: str
    json_utf8: bytes = field(init=False, repr=False, compare=False)
    """``som_dict()`` as compact UTF-8 JSON, made once (verdicts repeat across cases)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "json_utf8", _koder(self.som_dict()).encode())

    def som_dict(self) -> dict[str, Any]:
        return {
            "tilladt": self.tilladt,
            "begrundelse": self.begrundelse,
            "begrundelse_en": self.begrundelse_en,
        }


@dataclass(slots=True)
class Resultat:
    """What every benefit returns. ``som_dict`` gives the JSON contract."""

    ydelse: str
    berettiget: bool
    beloeb: Decimal
    linjer: list[Linje]
    versioner: dict[str, str]
    straks_afgoerelse: Straksafgoerelse
    ubekraeftede_satser: list[Sats] = field(default_factory=list)
    procent: int | None = None

    def som_dict(self) -> dict[str, Any]:
        ud: dict[str, Any] = {
            "ydelse": self.ydelse,
            "berettiget": self.berettiget,
            "beloeb": tekst(self.beloeb if self.berettiget else NUL),
        }
        if self.procent is not None:
            ud["procent"] = self.procent
        ud["linjer"] = [
            {
                "tekst": linje.tekst,
                "tekst_en": linje.tekst_en,
                "beloeb": None if linje.beloeb is None else tekst(linje.beloeb),
                "hjemmel": linje.hjemmel,
            }
            for linje in self.linjer
        ]
        ud["versioner"] = dict(self.versioner)
        ud["ubekraeftede_satser"] = [s.som_dict() for s in self.ubekraeftede_satser]
        ud["straks_afgoerelse"] = self.straks_afgoerelse.som_dict()
        return ud

    def som_utf8(self) -> bytes:
        """Exactly ``json.dumps(self.som_dict(), ensure_ascii=False, separators=(",", ":")).encode()``.

        Built from cached UTF-8 encodings of the parts that repeat across cases
        (reason lines, versions, rates, verdicts): no dict is built and no long
        string is encoded per case, which makes writing 150,000 results several
        times faster than encoding each dict. Used by ``--jsonl``.
        """
        # ydelse is one of the catalogue's fixed ASCII names: no escaping needed.
        dele = [
            b'{"ydelse":"',
            self.ydelse.encode(),
            b'","berettiget":true,"beloeb":"' if self.berettiget else b'","berettiget":false,"beloeb":"',
            tekst(self.beloeb if self.berettiget else NUL).encode(),
            b'"',
        ]
        if self.procent is not None:
            dele.append(b',"procent":%d' % self.procent)
        dele.append(b',"linjer":[')
        dele.append(b",".join([_linje_json(linje) for linje in self.linjer]))
        dele.append(b'],"versioner":')
        dele.append(_versioner_json(self.versioner))
        dele.append(b',"ubekraeftede_satser":[')
        dele.append(b",".join([s.json_utf8 for s in self.ubekraeftede_satser]))
        dele.append(b'],"straks_afgoerelse":')
        dele.append(self.straks_afgoerelse.json_utf8)
        dele.append(b"}")
        return b"".join(dele)


_LINJE_CACHE_MAKS = 4_096
_LINJE_JSON: dict[Linje, bytes] = {}
_VERSIONER_JSON: dict[tuple[tuple[str, str], ...], bytes] = {}


def _linje_json(linje: Linje) -> bytes:
    """The line as compact UTF-8 JSON, from a bounded cache (cleared when full).

    Written out by hand with the encoder's own string escaping: a line that
    misses the cache (an income line is often unique) costs a third of
    encoding its dict. ``test_egenskaber`` checks it equals ``json.dumps``.
    """
    s = _LINJE_JSON.get(linje)
    if s is None:
        tekst_da, tekst_en, beloeb, hjemmel = linje
        s = "".join(
            (
                '{"tekst":',
                _streng(tekst_da),
                ',"tekst_en":',
                _streng(tekst_en),
                ',"beloeb":null,"hjemmel":' if beloeb is None else f',"beloeb":"{tekst(beloeb)}","hjemmel":',
                _streng(hjemmel),
                "}",
            )
        ).encode()
        if len(_LINJE_JSON) >= _LINJE_CACHE_MAKS:
            _LINJE_JSON.clear()
        _LINJE_JSON[linje] = s
    return s


def _versioner_json(versioner: dict[str, str]) -> bytes:
    noegle = tuple(versioner.items())
    s = _VERSIONER_JSON.get(noegle)
    if s is None:
        s = _koder(versioner).encode()
        if len(_VERSIONER_JSON) < 1_000:
            _VERSIONER_JSON[noegle] = s
    return s


_STRAKS_CACHE: dict[tuple[object, ...], Straksafgoerelse] = {}


def straks_vurdering(
    *,
    skoensmaessig: bool,
    berettiget: bool,
    manglende_input: list[str],
    ubekraeftede: list[Sats],
    andre_grunde: list[tuple[str, str]],
) -> Straksafgoerelse:
    """The instant-decision verdict, with every reason that blocks it.

    Allowed only when the benefit involves no discretion, the result grants
    the benefit (an automatic refusal is never issued), every input the
    rules need was given, no unconfirmed rate was used, and the benefit's
    own rules name no further obstacle (``andre_grunde``: Danish, English).
    """
    noegle = (
        skoensmaessig,
        berettiget,
        tuple(manglende_input),
        tuple([s.navn for s in ubekraeftede]),
        tuple(andre_grunde),
    )
    svar = _STRAKS_CACHE.get(noegle)
    if svar is None:
        svar = _straks(skoensmaessig, berettiget, noegle[2], tuple(sorted(set(noegle[3]))), noegle[4])
        if len(_STRAKS_CACHE) < 10_000:
            _STRAKS_CACHE[noegle] = svar
    return svar


def _straks(
    skoensmaessig: bool,
    berettiget: bool,
    manglende_input: tuple[str, ...],
    ubekraeftede: tuple[str, ...],
    andre_grunde: tuple[tuple[str, str], ...],
) -> Straksafgoerelse:
    grunde: list[tuple[str, str]] = []
    if skoensmaessig:
        grunde.append(
            (
                "ydelsen beror på et skøn (konkret, individuel vurdering)",
                "the benefit rests on discretion (a concrete, individual assessment)",
            )
        )
    if not berettiget:
        grunde.append(
            (
                "et afslag træffes altid af en sagsbehandler",
                "a refusal is always made by a caseworker",
            )
        )
    if manglende_input:
        felter = ", ".join(manglende_input)
        grunde.append((f"oplysninger mangler: {felter}", f"information is missing: {felter}"))
    if ubekraeftede:
        navne = [satsnavn(n) for n in ubekraeftede]
        da_navne = ", ".join(dict.fromkeys(n[0] for n in navne))
        en_navne = ", ".join(dict.fromkeys(n[1] for n in navne))
        grunde.append(
            (
                f"beregningen bruger satser, der endnu ikke er bekræftet af en officiel eller kommunal kilde "
                f"({da_navne})",
                f"the calculation uses rates not yet confirmed by an official or municipal source ({en_navne})",
            )
        )
    grunde.extend(andre_grunde)
    if not grunde:
        return Straksafgoerelse(
            True,
            "Reglerne indebærer intet skøn, alle oplysninger er givet, og alle satser er bekræftede.",
            "The rules involve no discretion, all information is given, and every rate is confirmed.",
        )
    da = "; ".join(g[0] for g in grunde)
    en = "; ".join(g[1] for g in grunde)
    return Straksafgoerelse(
        False,
        f"Straks-afgørelse er ikke mulig: {da}.",
        f"An instant decision is not possible: {en}.",
    )
