"""Danish first: every source string on screen has a Danish translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

PO = Path(settings.BASE_DIR) / "locale" / "da" / "LC_MESSAGES" / "django.po"
SOURCE_DIRS = ["portal", "digital_ansoegning", "min_side", "cms", "backend_core", "locale"]


def test_the_danish_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = polib.pofile(str(PO))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == [], {"untranslated": untranslated, "fuzzy": fuzzy}


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory) -> polib.POFile:
    """The catalogue as ``makemessages`` would make it from today's source,
    built in a copy of the tree so the working tree is not touched."""
    copy = tmp_path_factory.mktemp("tree")
    base = Path(settings.BASE_DIR)
    for name in [*SOURCE_DIRS, "manage.py"]:
        src = base / name
        if src.is_dir():
            shutil.copytree(src, copy / name, ignore=shutil.ignore_patterns("__pycache__", "tests", "*.mo"))
        else:
            shutil.copy(src, copy / name)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "da", "--no-obsolete", "-v0"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(copy),
            "HOME": str(copy),
        },
    )
    assert result.returncode == 0, result.stderr
    return polib.pofile(str(copy / "locale" / "da" / "LC_MESSAGES" / "django.po"))


def test_every_string_in_the_source_is_in_the_danish_catalogue(fresh_catalogue):
    missing = [e.msgid for e in fresh_catalogue.untranslated_entries()]
    assert missing == [], f"run `make messages` and translate: {missing}"
