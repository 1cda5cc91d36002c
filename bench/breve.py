"""Benchmark: rendering letters (backend_core.breve) to tagged PDF/A.

Not part of the tests. Run from the repository root:

    .venv/bin/python bench/breve.py [--gentagelser 20] [--minut-breve 120]

Prints
* the median (and min/max) time of one decision letter, over N renders after
  one warm-up render,
* letters per minute rendered one after another in this one process (a mix of
  decision letters and receipts, Danish and English),
* whether WeasyPrint found libharfbuzz-subset (font subsetting through
  HarfBuzz; without it fontTools subsets, which is much slower).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROD = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROD))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gentagelser", type=int, default=20, help="timed decision letters")
    parser.add_argument("--minut-breve", type=int, default=120, help="letters for the rate")
    parser.add_argument(
        "--uden-hb-subset",
        action="store_true",
        help="make WeasyPrint subset fonts with fontTools, as without libharfbuzz-subset0",
    )
    args = parser.parse_args()

    import django

    django.setup()

    from weasyprint import __version__ as weasyprint_version
    from weasyprint.text import ffi

    from backend_core.breve import PDF_VARIANT, eksempler, render_brev_pdf
    from backend_core.breve.pdf import font_mappe

    if args.uden_hb_subset:
        from weasyprint.pdf import fonts

        fonts.harfbuzz_subset = None
    harfbuzz_subset = ffi.harfbuzz_subset is not None and not args.uden_hb_subset
    kontekst = eksempler.afgoerelse()

    start = time.perf_counter()
    foerste = render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog="da")
    opvarmning = time.perf_counter() - start

    tider = []
    for _ in range(args.gentagelser):
        start = time.perf_counter()
        render_brev_pdf(brevtype="afgoerelse", kontekst=kontekst, sprog="da")
        tider.append(time.perf_counter() - start)

    blanding = [
        ("afgoerelse", eksempler.afgoerelse, "da"),
        ("kvittering", eksempler.kvittering, "da"),
        ("afgoerelse", eksempler.afgoerelse, "en"),
        ("kvittering", eksempler.kvittering, "en"),
    ]
    start = time.perf_counter()
    for nummer in range(args.minut_breve):
        brevtype, lav, sprog = blanding[nummer % len(blanding)]
        render_brev_pdf(brevtype=brevtype, kontekst=lav(), sprog=sprog)
    varighed = time.perf_counter() - start

    python = platform.python_version()
    print(f"WeasyPrint {weasyprint_version}, {PDF_VARIANT} + tags, Python {python}")
    print(f"font: {'IBM Plex Sans (dkfds)' if font_mappe() else 'DejaVu Sans (fontconfig)'}")
    print(f"libharfbuzz-subset: {'found' if harfbuzz_subset else 'MISSING (fontTools subsetting)'}")
    print(f"decision letter: {len(foerste)} bytes, first render (cold) {opvarmning * 1000:.0f} ms")
    print(
        f"decision letter, median of {args.gentagelser}: {statistics.median(tider) * 1000:.1f} ms "
        f"(min {min(tider) * 1000:.1f}, max {max(tider) * 1000:.1f})"
    )
    print(
        f"letters per minute, one process ({args.minut_breve} mixed letters in "
        f"{varighed:.1f} s): {args.minut_breve / varighed * 60:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
