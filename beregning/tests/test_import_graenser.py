"""The package stays pure: no framework imports, and benefits share only the kernel."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PAKKE = Path(__file__).parent.parent
YDELSER = ["kontanthjaelp", "personlig_tillaegsprocent", "helbredstillaeg", "tandpleje"]
FORBUDTE = {"django", "rest_framework", "wagtail", "celery"}


def _imports(sti: Path) -> set[str]:
    ud: set[str] = set()
    for node in ast.walk(ast.parse(sti.read_text())):
        if isinstance(node, ast.Import):
            ud.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            ud.add(node.module)
    return ud


KILDEFILER = [p for p in PAKKE.rglob("*.py") if "tests" not in p.parts]


@pytest.mark.parametrize("sti", KILDEFILER, ids=lambda p: str(p.relative_to(PAKKE)))
def test_the_module_imports_no_framework(sti: Path) -> None:
    assert not {m.split(".")[0] for m in _imports(sti)} & FORBUDTE


@pytest.mark.parametrize("ydelse", YDELSER)
def test_the_benefit_imports_no_other_benefit(ydelse: str) -> None:
    andre = {f"beregning.{y}" for y in YDELSER if y != ydelse}
    for sti in (PAKKE / ydelse).rglob("*.py"):
        for modul in _imports(sti):
            assert not any(modul == a or modul.startswith(a + ".") for a in andre), (sti, modul)


def test_the_kernel_imports_no_benefit() -> None:
    for sti in (PAKKE / "kerne").rglob("*.py"):
        for modul in _imports(sti):
            assert not any(modul.startswith(f"beregning.{y}") for y in YDELSER), (sti, modul)
