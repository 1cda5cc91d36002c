"""Fill empty Danish translations in locale/da from tab-separated files.

Usage: .venv/bin/python scripts/po_fill.py FILE.tsv [FILE.tsv ...]

Each line of a file is ``msgid<TAB>Danish``; lines starting with ``#`` are
comments. Entries already translated are kept. Prints what is still missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "locale" / "da" / "LC_MESSAGES" / "django.po"


def read_tsv(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        msgid, msgstr = line.split("\t", 1)
        pairs[msgid.replace("\\n", "\n")] = msgstr.replace("\\n", "\n")
    return pairs


def main(paths: list[str]) -> int:
    translations: dict[str, str] = {}
    for path in paths:
        translations.update(read_tsv(Path(path)))
    po = polib.pofile(str(PO))
    filled = 0
    for entry in po:
        if entry.obsolete:
            continue
        if (not entry.msgstr or entry.fuzzy) and entry.msgid in translations and not entry.msgid_plural:
            entry.msgstr = translations[entry.msgid]
            if entry.fuzzy:
                entry.flags.remove("fuzzy")
            filled += 1
    po.save()
    missing = [e.msgid for e in po if not e.obsolete and not e.translated()]
    print(f"filled {filled}; still untranslated {len(missing)}")
    for msgid in missing:
        print("  " + msgid.replace("\n", "\\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
