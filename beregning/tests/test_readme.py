"""The examples in ``README.md`` are real output: each input block gives the next block."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from beregning import beregn

README = (Path(__file__).parent.parent / "README.md").read_text()


def _eksempler() -> list[Any]:
    afsnit = README.split("## Examples (real output)", 1)[1].split("\n## ", 1)[0]
    blokke = [json.loads(b) for b in re.findall(r"```json\n(.*?)\n```", afsnit, re.S)]
    assert len(blokke) % 2 == 0
    return [
        pytest.param(blokke[i], blokke[i + 1], id=blokke[i]["ydelse"] + f"-{i // 2}") for i in range(0, len(blokke), 2)
    ]


def test_the_readme_has_an_example_for_every_benefit() -> None:
    assert {p.values[0]["ydelse"] for p in _eksempler()} == {
        "kontanthjaelp",
        "personlig_tillaegsprocent",
        "helbredstillaeg",
        "tandpleje",
    }


@pytest.mark.parametrize(("ind", "ud"), _eksempler())
def test_the_readme_example_output_is_what_the_code_returns(ind: dict[str, Any], ud: dict[str, Any]) -> None:
    assert beregn(ind) == ud
