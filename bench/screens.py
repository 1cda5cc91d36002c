"""Screens and questions a citizen goes through, counted from the flow
definitions (the same definitions the pages are built from).

The case of the target: a single kontanthjælp applicant with no income and no
children whose CPR data is right. Target: at most 12 screens.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/screens.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from digital_ansoegning.flows import FLOWS  # noqa: E402

PREFILL = {"hentet": "2026-11-01T00:00:00", "civilstand": "ugift", "foedselsdato": "1982-09-19", "boern": []}
CASES = {
    "kontanthjaelp": {
        "oplysninger_korrekte": True,
        "bor_hos_foraeldre": False,
        "samlevende": False,
        "uddannelse": True,
        "fuldtidsarbejde_2_5_aar": True,
        "aktivitetsparat": "ja",
        "opfylder_opholdskrav": True,
        "kommet_til_danmark": False,
        "har_arbejdsindtaegt": False,
        "har_anden_indtaegt": False,
        "formue": "0.00",
    },
    "tandpleje": {
        "oplysninger_korrekte": True,
        "modtager_kontanthjaelp": True,
        "tandlaege": "Klinik",
        "behandling": "Fyldning",
        "udgift": "3000.00",
        "behandlingsdato": "2025-12-10",
        "betalt_egenbetaling_i_aar": "0.00",
    },
    "helbredstillaeg": None,
}
AFTER_STEPS = ["documents", "check answers", "receipt"]


def main() -> None:
    print(f"{'benefit':<18}{'question screens':>17}{'questions':>11}{'screens in all':>16}   (target <= 12)")
    for ydelse, flow in FLOWS.items():
        svar = CASES.get(ydelse)
        if svar is None:
            svar = {}
            for trin in flow.trin:  # answer yes/first choice to everything asked
                for s in trin.spoergsmaal:
                    svar.setdefault(s.key, s.valg[0][0] if s.valg else True)
            svar["oplysninger_korrekte"] = True
        trin = flow.aktive_trin(svar, PREFILL)
        questions = sum(len(t.aktive_spoergsmaal(svar, PREFILL)) for t in trin)
        total = len(trin) + len(AFTER_STEPS)
        print(f"{ydelse:<18}{len(trin):>17}{questions:>11}{total:>16}")
        print("    " + " → ".join([t.slug for t in trin] + AFTER_STEPS))


if __name__ == "__main__":
    main()
