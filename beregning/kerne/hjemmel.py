"""Law references (hjemmel) that resolve to a real paragraph.

Every reference the system shows a person (a reason line, a rate's
``hjemmel``, a letter) must name a law in ``LOVE`` and paragraphs that law
has. ``loes("LAS § 19, stk. 3")`` gives the law and the paragraphs, or
``None``; ``uloeste(tekster)`` lists the references that do not resolve, for
the tests that scan rendered pages and letters.

The paragraph lists are the paragraphs this system cites, each checked
against the law text (sources in ``KILDER``): adding a rule that cites a new
paragraph means adding it here, with its source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lov:
    forkortelse: str
    navn: str
    navn_en: str
    url: str
    paragraffer: frozenset[str]


LOVE: dict[str, Lov] = {
    "LAS": Lov(
        "LAS",
        "Lov om aktiv socialpolitik (aktivloven)",
        "Active Social Policy Act",
        "https://www.retsinformation.dk/eli/lta/2025/1004",
        frozenset(
            {
                "11",
                "12",
                "13",
                "14",
                "16",
                "17",
                "18",
                "19",
                "20",
                "23",
                "24",
                "25",
                "30",
                "31",
                "81",
                "82",
                "82 a",
                "88",
                "89",
                "91",
                "92",
                "95",
            }
        ),
    ),
    "Pensionsloven": Lov(
        "Pensionsloven",
        "Lov om social pension (pensionsloven)",
        "Social Pensions Act",
        "https://www.retsinformation.dk/eli/lta/2024/1123",
        frozenset({"14 a", "31"}),
    ),
    "Retssikkerhedsloven": Lov(
        "Retssikkerhedsloven",
        "Lov om retssikkerhed og administration på det sociale område",
        "Act on Legal Protection and Administration in Social Matters",
        "https://www.retsinformation.dk/eli/lta/2022/983",
        frozenset({"5", "10", "11", "12", "66", "67"}),
    ),
    "Forvaltningsloven": Lov(
        "Forvaltningsloven",
        "Forvaltningsloven",
        "Public Administration Act",
        "https://www.retsinformation.dk/eli/lta/2014/433",
        frozenset({"19", "22", "23", "24", "25"}),
    ),
}
"""The laws the system cites, by the name used in references."""

KILDER = {
    "LAS": "LBK nr. 1004 af 2025 (aktivloven); §§ 88-89 read at elov.dk/aktivloven/kapitel/11, "
    "§ 19 at admin.elov.dk/aktivloven/paragraf/19, §§ 31-33 at danskelove.dk/aktivloven/31-33",
}

_HENVISNING = re.compile(r"^(?P<lov>[A-ZÆØÅ][A-Za-zæøåÆØÅ]*)?\s*(?P<tegn>§§?)\s*(?P<rest>.+)$")
_PARAGRAF = re.compile(r"(\d+)(?:\s?([a-z])(?![a-z]))?")


def _paragraffer(rest: str) -> list[str]:
    """``"16-20"`` → 16..20; ``"82 a, stk. 2"`` → ["82 a"]; ``"30 og 31"`` → both."""
    rest = re.sub(r"\(.*?\)", "", rest)
    hoved = re.split(r",\s*stk\.", rest, maxsplit=1)[0]
    ud: list[str] = []
    for del_ in re.split(r"\s+og\s+|,\s*", hoved.strip()):
        del_ = del_.strip()
        if not del_:
            continue
        interval = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", del_)
        if interval:
            fra, til = int(interval.group(1)), int(interval.group(2))
            if til < fra or til - fra > 50:
                return []
            ud.extend(str(n) for n in range(fra, til + 1))
            continue
        m = _PARAGRAF.fullmatch(del_)
        if not m:
            return []
        ud.append(f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1))
    return ud


def loes(hjemmel: str) -> list[tuple[Lov, str]] | None:
    """The (law, paragraph) pairs of a reference, or ``None`` if any part
    does not resolve. Parts are separated by ``;``; a part without a law
    name belongs to the law before it ("Pensionsloven § 14 a; § 31, stk. 3")."""
    if not isinstance(hjemmel, str) or not hjemmel.strip():
        return None
    ud: list[tuple[Lov, str]] = []
    lov: Lov | None = None
    for del_ in hjemmel.split(";"):
        m = _HENVISNING.match(del_.strip())
        if not m:
            return None
        if m.group("lov"):
            lov = LOVE.get(m.group("lov"))
        if lov is None:
            return None
        paragraffer = _paragraffer(m.group("rest"))
        if not paragraffer or any(p not in lov.paragraffer for p in paragraffer):
            return None
        ud.extend((lov, p) for p in paragraffer)
    return ud


def uloeste(hjemler: Iterable[str]) -> list[str]:
    """The references in ``hjemler`` that do not resolve (empty ones are skipped)."""
    return [h for h in hjemler if h and h.strip() and loes(h.strip()) is None]


__all__ = ["KILDER", "LOVE", "Lov", "loes", "uloeste"]
