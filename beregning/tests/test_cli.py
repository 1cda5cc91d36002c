"""``python -m beregning`` as a subprocess: the public command-line contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROD = Path(__file__).parent.parent.parent

PTP = {"ydelse": "personlig_tillaegsprocent", "aar": 2026, "gift_eller_samlevende": True, "indtaegt": "105000.00"}
TAND = {
    "ydelse": "tandpleje",
    "dato": "2024-05-01",
    "foedselsdato": "2002-01-15",
    "modtager_kontanthjaelp": True,
    "udgift": "1000.00",
    "betalt_egenbetaling_i_aar": "0.00",
}


def _koer(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "beregning", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROD,
        timeout=60,
        check=False,
    )


def test_one_json_object_in_gives_one_json_result_out_and_exit_code_0() -> None:
    svar = _koer(json.dumps(PTP))
    assert svar.returncode == 0, svar.stderr
    resultat = json.loads(svar.stdout)
    assert resultat["procent"] == 73
    assert {"ydelse", "berettiget", "beloeb", "linjer", "versioner", "straks_afgoerelse"} <= set(resultat)


def test_jsonl_gives_one_result_line_per_input_line_in_order() -> None:
    linjer = [PTP, TAND, {"ydelse": "tandpleje"}, {**PTP, "aar": 2024}]
    svar = _koer("\n".join(json.dumps(x) for x in linjer) + "\n", "--jsonl")
    assert svar.returncode == 0, svar.stderr
    ud: list[dict[str, Any]] = [json.loads(x) for x in svar.stdout.splitlines()]
    assert [r["ydelse"] for r in ud] == [x["ydelse"] for x in linjer]
    assert ud[0]["procent"] == 73
    assert ud[1]["beloeb"] == "400.00"
    assert ud[2]["fejl"]["felt"] == "dato"
    assert ud[3]["versioner"]["satser_gyldig_fra"] == "2024-01-01"


def test_a_bad_field_gives_a_fejl_naming_it_exit_code_1_and_no_traceback() -> None:
    svar = _koer(json.dumps({**TAND, "udgift": "tusind"}))
    assert svar.returncode == 1
    assert "Traceback" not in svar.stderr + svar.stdout
    fejl = json.loads(svar.stdout)["fejl"]
    assert fejl["felt"] == "udgift"
    assert fejl["besked"] and fejl["besked_en"]


def test_invalid_json_gives_a_fejl_and_exit_code_1_without_a_traceback() -> None:
    svar = _koer("{ikke json")
    assert svar.returncode == 1
    assert "Traceback" not in svar.stderr
    assert json.loads(svar.stdout)["fejl"]["besked"].startswith("Input er ikke gyldig JSON")


def test_an_invalid_line_in_jsonl_gives_a_fejl_line_and_the_rest_still_run() -> None:
    svar = _koer(json.dumps(PTP) + "\n[1, 2\n\n" + json.dumps(TAND) + "\n", "--jsonl")
    assert svar.returncode == 0
    assert "Traceback" not in svar.stderr
    ud = [json.loads(x) for x in svar.stdout.splitlines()]
    assert len(ud) == 3
    assert "fejl" in ud[1] and ud[2]["beloeb"] == "400.00"


def test_an_unknown_option_is_a_usage_error() -> None:
    svar = _koer("{}", "--ukendt")
    assert svar.returncode == 2
    assert "brug" in svar.stderr


def test_jsonl_reads_each_line_as_json_loads_would_and_answers_bad_bytes_with_a_fejl_line() -> None:
    gyldig = json.dumps(TAND).encode()
    linjer = [
        b"  \t" + gyldig + b" \r",  # JSON whitespace around the object is allowed
        gyldig + b" ekstra",  # trailing data is not
        b"\xff\xfe{}",  # not UTF-8
        json.dumps({**TAND, "udgift": "1250.00"}, ensure_ascii=False).encode(),
        b'"en streng"',  # valid JSON, but not an object
        b"[" + gyldig + b"]",  # nor is a list
    ]
    svar = subprocess.run(
        [sys.executable, "-m", "beregning", "--jsonl"],
        input=b"\n".join(linjer) + b"\n",
        capture_output=True,
        cwd=ROD,
        timeout=60,
        check=False,
    )
    assert svar.returncode == 0 and b"Traceback" not in svar.stderr
    ud = [json.loads(x) for x in svar.stdout.decode().splitlines()]
    assert len(ud) == len(linjer)
    assert ud[0]["beloeb"] == "400.00"
    assert ud[1]["fejl"]["besked"].startswith("Input er ikke gyldig JSON")
    assert ud[2]["fejl"]["besked_en"].startswith("Input is not valid JSON")
    assert ud[3]["beloeb"] == "650.00"
    assert ud[4]["fejl"] == ud[5]["fejl"]
    assert ud[4]["fejl"]["besked_en"] == "Input must be a JSON object."
