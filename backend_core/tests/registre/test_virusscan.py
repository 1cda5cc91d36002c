"""The virus scan: the clamd client against a real ClamAV daemon (with the
shipped EICAR signature), the fake, and what an upload does with each answer."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from backend_core.exceptions import DomaeneValideringsfejl
from backend_core.models import AuditEntry, Dokument
from backend_core.registre.base import RegisterUtilgaengelig
from backend_core.registre.virusscan import EICAR, ClamdClient, FakeVirusscanClient
from backend_core.tests.factories import BorgerFactory, borger_aktoer
from tests.services import missing

ROOT = Path(settings.BASE_DIR)
PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


@pytest.fixture(scope="session")
def clamd_socket():
    """A running clamd: the one ``CLAMAV_SOCKET`` names (``.ci/run`` starts
    it), or one started here for the session with ``scripts/clamd.sh``."""
    given = os.environ.get("CLAMAV_SOCKET", "")
    if given and Path(given).is_socket():
        yield given
        return
    env = {**os.environ, "CLAMD_DIR": str(ROOT / "var" / "test" / "clamav")}
    result = subprocess.run(
        [str(ROOT / "scripts" / "clamd.sh"), "start"], env=env, capture_output=True, text=True, timeout=120
    )
    if result.returncode != 0:
        missing(f"clamd could not be started: {result.stderr.strip()}")
    try:
        yield result.stdout.strip()
    finally:
        subprocess.run([str(ROOT / "scripts" / "clamd.sh"), "stop"], env=env, timeout=60)


def test_clamd_finds_the_eicar_test_file_and_passes_a_clean_one(clamd_socket):
    client = ClamdClient(socket_path=clamd_socket, timeout=10)
    assert client.ping()
    assert client.scan(PDF).ren
    funnet = client.scan(EICAR)
    assert not funnet.ren and "Eicar" in funnet.signatur
    # Also inside another file, and past the first chunk of the stream.
    assert not client.scan(b"%PDF-1.4\n" + b"x" * 70_000 + EICAR + b"\n%%EOF").ren


def test_a_scanner_that_is_not_there_is_an_outage_not_a_clean_answer(tmp_path):
    with pytest.raises(RegisterUtilgaengelig):
        ClamdClient(socket_path=str(tmp_path / "none.sock"), timeout=1).scan(PDF)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(RegisterUtilgaengelig):
        ClamdClient(socket_path="", host="127.0.0.1", port=port, timeout=1).scan(PDF)


def test_a_scanner_that_hangs_times_out(tmp_path):
    server = socket.socket(socket.AF_UNIX)
    path = str(tmp_path / "slow.sock")
    server.bind(path)
    server.listen(1)
    try:
        with pytest.raises(RegisterUtilgaengelig):
            ClamdClient(socket_path=path, timeout=0.5).scan(PDF)
    finally:
        server.close()


@pytest.mark.django_db
def test_an_infected_upload_is_refused_with_a_message_and_audited():
    from backend_core.services import dokument_add

    borger = BorgerFactory()
    aktoer = borger_aktoer(borger)
    with pytest.raises(DomaeneValideringsfejl) as fejl:
        dokument_add(
            aktoer=aktoer, borger=borger, fil=b"%PDF-1.4\n" + EICAR, filnavn="bilag.pdf", kategori="loenseddel"
        )
    assert fejl.value.code == "virus" and fejl.value.felt == "fil"
    assert "virus" in fejl.value.messages[0]
    assert not Dokument.objects.filter(borger=borger).exists()
    assert AuditEntry.objects.filter(handling="dokument_rejected", detaljer__virus="Eicar-Test-Signature").exists()


@pytest.mark.django_db
def test_an_upload_is_refused_kindly_while_the_scanner_is_down(monkeypatch):
    from backend_core.services import dokument_add

    borger = BorgerFactory()
    aktoer = borger_aktoer(borger)
    monkeypatch.setattr(FakeVirusscanClient, "down", True)
    with translation.override("en"), pytest.raises(DomaeneValideringsfejl) as fejl:
        dokument_add(aktoer=aktoer, borger=borger, fil=PDF, filnavn="bilag.pdf", kategori="loenseddel")
    assert fejl.value.code == "scanner_utilgaengelig"
    assert "try again" in fejl.value.messages[0]
    assert not Dokument.objects.filter(borger=borger).exists()


@pytest.mark.django_db
def test_with_clamav_configured_the_upload_goes_through_the_real_daemon(clamd_socket, settings):
    from backend_core.services import dokument_add

    settings.VIRUSSCAN_CLIENT = "backend_core.registre.virusscan.ClamdClient"
    settings.CLAMAV_SOCKET = clamd_socket
    borger = BorgerFactory()
    aktoer = borger_aktoer(borger)
    assert dokument_add(aktoer=aktoer, borger=borger, fil=PDF, filnavn="ren.pdf", kategori="loenseddel")
    with pytest.raises(DomaeneValideringsfejl):
        dokument_add(aktoer=aktoer, borger=borger, fil=b"%PDF-1.4\n" + EICAR, filnavn="x.pdf", kategori="loenseddel")
    assert Dokument.objects.filter(borger=borger).count() == 1
