"""Command line: ``python -m beregning [--jsonl]``.

Without options: read one JSON object on stdin, write one JSON result on
stdout; exit code 1 when the result is a ``fejl`` (bad input, no rate in
force), 0 otherwise.

``--jsonl``: read JSON Lines, write one result line per input line, in
order. Lines holding only whitespace are skipped. A bad line gives a result
line with ``fejl``; the exit code is 0 unless the options are wrong (2).
"""

from __future__ import annotations

import gc
import json
import sys
from typing import Any

from beregning import beregn, beregn_json

_BRUG = "brug: python -m beregning [--jsonl] < input\n"


def _ugyldig_json(fejl: ValueError) -> dict[str, Any]:
    return {
        "ydelse": None,
        "fejl": {
            "felt": "",
            "besked": f"Input er ikke gyldig JSON ({fejl}).",
            "besked_en": f"Input is not valid JSON ({fejl}).",
        },
    }


def _en(tekst: str | bytes) -> dict[str, Any]:
    try:
        data = json.loads(tekst)
    except ValueError as fejl:  # JSONDecodeError and UnicodeDecodeError
        return _ugyldig_json(fejl)
    return beregn(data)


_KODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # set in __init__, not in typeshed
_JSON_MELLEMRUM = " \t\n\r"


def _laes_linje(linje: bytes) -> Any:
    """``json.loads(linje)``, without its wrappers in the common case (UTF-8, no padding).

    Anything unusual (leading whitespace, another encoding, bad JSON) goes
    through ``json.loads`` itself, so errors and edge cases are exactly its.
    """
    try:
        tekst = linje.decode()
        if tekst[0] in "{[":
            data, slut = _SCAN(tekst, 0)
            if slut == len(tekst) or not tekst[slut:].strip(_JSON_MELLEMRUM):
                return data
    except (ValueError, StopIteration):
        pass
    return json.loads(linje)


def _en_linje(linje: bytes) -> bytes:
    try:
        data = _laes_linje(linje)
    except ValueError as fejl:  # JSONDecodeError and UnicodeDecodeError
        return _KODER(_ugyldig_json(fejl)).encode()
    return beregn_json(data)


def _jsonl() -> int:
    # A calculation makes no reference cycles: the cyclic collector only costs time here.
    gc.disable()
    ind = sys.stdin.buffer
    ud = sys.stdout.buffer
    buffer: list[bytes] = []
    for linje in ind:
        if not linje.strip():
            continue
        buffer.append(_en_linje(linje))
        if len(buffer) >= 2000:
            buffer.append(b"")
            ud.write(b"\n".join(buffer))
            buffer.clear()
    if buffer:
        buffer.append(b"")
        ud.write(b"\n".join(buffer))
    ud.flush()
    return 0


def main(argv: list[str]) -> int:
    if argv == ["--jsonl"]:
        return _jsonl()
    if argv:
        sys.stderr.write(_BRUG)
        return 2
    resultat = _en(sys.stdin.buffer.read())
    sys.stdout.write(json.dumps(resultat, ensure_ascii=False, indent=2) + "\n")
    return 1 if "fejl" in resultat else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
