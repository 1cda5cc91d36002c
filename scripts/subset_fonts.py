#!/usr/bin/env python3
"""Make the Latin-1 IBM Plex Sans subsets used by Ydelsesportalen.

dkfds (Det Fælles Designsystem) ships the complete IBM Plex Sans fonts,
~60 kB of woff2 per style. Danish and English text needs only Latin-1 plus a
few typographic characters, so we subset the styles the dkfds CSS actually
uses and commit the results to ``portal/static/portal/fonts/``.
``portal/static/portal/css/portal.css`` declares them with @font-face (the
dkfds build in ``portal/static/portal/css/dkfds-borgerdk.css`` leaves out its
own @font-face rules; see ``portal/static/portal/scss/dkfds-borgerdk.scss``).

Styles kept (from the font-weight/font-style values in dkfds' CSS), three
files where dkfds has five, so a page fetches two fonts:
  400 regular  - body text; also drawn for 500 (h6, checkbox/radio labels)
  400 italic   - <em>, .italic, form placeholders
  600 semibold - h2-h5, labels, links, buttons; also drawn for 700 (h1,
                 <strong>, accordions, active menu items)
Bold/semibold italics are left to the browser's synthesis.

Usage (from the repository root, after ``npm install``)::

    .venv/bin/python scripts/subset_fonts.py          # (re)write the subsets
    .venv/bin/python scripts/subset_fonts.py --check  # exit 1 if out of date

Source: node_modules/dkfds/dist/fonts/IBMPlexSans/complete/ttf/*.ttf (the
hinted originals; the subsets drop hinting). Needs fontTools with brotli
(``fonttools[woff]``, in the project's dev extras). The output is
deterministic for a given fontTools version and source fonts.

Licence: IBM Plex is under the SIL Open Font License 1.1 (copyright 2017 IBM
Corp., Reserved Font Name "Plex"). The OFL allows modified versions; the
subsets keep the font's name and licence tables and the licence text is copied
beside them as ``OFL.txt``.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "node_modules" / "dkfds" / "dist" / "fonts" / "IBMPlexSans" / "complete" / "ttf"
OUT_DIR = ROOT / "portal" / "static" / "portal" / "fonts"

# Latin-1 (Basic Latin + Latin-1 Supplement), en/em dash, curly quotes
# (incl. Danish „low-9“ quotes), bullet, ellipsis, euro sign.
# Keep in sync with the unicode-range in portal.css.
UNICODES = "U+0000-00FF,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC"

# source file stem -> output file name
STYLES = {
    "IBMPlexSans-Regular": "IBMPlexSans-Regular-Latin1.woff2",
    "IBMPlexSans-Italic": "IBMPlexSans-Italic-Latin1.woff2",
    "IBMPlexSans-SemiBold": "IBMPlexSans-SemiBold-Latin1.woff2",
}

LICENSE_SRC = SRC_DIR / "license.txt"
LICENSE_OUT = OUT_DIR / "OFL.txt"


def make_subset(src: Path) -> bytes:
    options = subset.Options()
    options.flavor = "woff2"
    # fontTools' default layout features (kerning, ligatures, marks ...); the
    # CSS asks for no others (no font-feature-settings or font-variant).
    # Hinting is dropped: current browsers render Plex well without it, and it
    # is about a third of each file (page weight target: 100 kB).
    options.hinting = False
    # The default name records plus copyright (0), licence (13) and its URL (14).
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    options.drop_tables += ["meta"]  # fontTools cannot subset it; it only holds design-language tags
    options.recalc_timestamp = False  # deterministic output
    font = TTFont(src, recalcTimestamp=False)
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    buf = io.BytesIO()
    subset.save_font(font, buf, options)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only verify the committed files are up to date")
    args = parser.parse_args(argv)

    if not SRC_DIR.is_dir():
        print(f"missing {SRC_DIR.relative_to(ROOT)}: run `npm install` first", file=sys.stderr)
        return 2

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    stale = []
    for stem, out_name in STYLES.items():
        data = make_subset(SRC_DIR / f"{stem}.ttf")
        out = OUT_DIR / out_name
        if args.check:
            if not out.exists() or out.read_bytes() != data:
                stale.append(out_name)
            continue
        out.write_bytes(data)
        print(f"{out.relative_to(ROOT)}: {len(data)} bytes")

    if args.check:
        if not LICENSE_OUT.exists() or LICENSE_OUT.read_bytes() != LICENSE_SRC.read_bytes():
            stale.append(LICENSE_OUT.name)
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("fonts up to date")
        return 0

    shutil.copyfile(LICENSE_SRC, LICENSE_OUT)
    print(f"{LICENSE_OUT.relative_to(ROOT)}: copied from {LICENSE_SRC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
