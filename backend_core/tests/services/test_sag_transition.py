import ast
from pathlib import Path

import pytest

from backend_core import sagsflow
from backend_core.aktoer import Aktoer
from backend_core.constants import Rolle, SagStatus
from backend_core.exceptions import AdgangNaegtet, UgyldigOvergang
from backend_core.models import AuditEntry, Brevbestilling, OutboxEvent, Sag, StatusSkrivningNaegtet
from backend_core.services import sag_transition
from backend_core.tests.factories import (
    MedarbejderFactory,
    SagFactory,
    borger_aktoer,
    medarbejder_aktoer,
)

pytestmark = pytest.mark.django_db

TRAIT = {
    SagStatus.MODTAGET: "modtaget",
    SagStatus.UNDER_BEHANDLING: "under_behandling",
    SagStatus.AFVENTER_BORGER: "afventer_borger",
    SagStatus.AFGJORT: "afgjort",
    SagStatus.LUKKET: "lukket",
}


def _aktoer_for(rolle, sag):
    if rolle == "system":
        return Aktoer.system()
    if rolle == "borger":
        return borger_aktoer(sag.borger)
    return medarbejder_aktoer(MedarbejderFactory(kommune=sag.kommune, rolle=rolle))


@pytest.mark.parametrize("overgang", sagsflow.OVERGANGE, ids=lambda o: f"{o.fra}->{o.til}")
def test_each_transition_writes_status_audit_and_event(overgang):
    sag = SagFactory(**{TRAIT[overgang.fra]: True})
    rolle = sorted(overgang.roller)[0]
    sag_transition(aktoer=_aktoer_for(rolle, sag), sag=sag, til=overgang.til, begrundelse="test")
    sag.refresh_from_db()
    assert sag.status == overgang.til
    entry = AuditEntry.objects.get(handling="sag_transitioned", objekt_uuid=sag.uuid)
    assert entry.detaljer == {"fra": overgang.fra, "til": overgang.til, "begrundelse": "test"}
    assert entry.borger_uuid == sag.borger.uuid
    event = OutboxEvent.objects.get(sag=sag)
    assert event.type == overgang.haendelse
    assert event.correlation_id == entry.correlation_id
    assert event.data["status"] == overgang.til
    breve = list(Brevbestilling.objects.filter(sag=sag).values_list("brevtype", flat=True))
    assert breve == ([overgang.brev] if overgang.brev else [])


@pytest.mark.parametrize("overgang", sagsflow.OVERGANGE, ids=lambda o: f"{o.fra}->{o.til}")
def test_roles_outside_the_table_are_refused_and_audited(overgang):
    for rolle in {*Rolle.values, "borger", "system"} - overgang.roller:
        sag = SagFactory(**{TRAIT[overgang.fra]: True})
        with pytest.raises(AdgangNaegtet):
            sag_transition(aktoer=_aktoer_for(rolle, sag), sag=sag, til=overgang.til)
        sag.refresh_from_db()
        assert sag.status == overgang.fra
        assert AuditEntry.objects.filter(handling="access_denied", objekt_uuid=sag.uuid).exists()
        assert not OutboxEvent.objects.filter(sag=sag).exists()


def test_caseworker_of_another_municipality_is_refused():
    sag = SagFactory()
    fremmed = medarbejder_aktoer(MedarbejderFactory())
    with pytest.raises(AdgangNaegtet):
        sag_transition(aktoer=fremmed, sag=sag, til=SagStatus.UNDER_BEHANDLING)


def test_a_transition_not_in_the_table_is_invalid():
    sag = SagFactory(modtaget=True)
    with pytest.raises(UgyldigOvergang):
        sag_transition(aktoer=Aktoer.system(), sag=sag, til=SagStatus.LUKKET)


def test_a_stale_case_cannot_be_moved_twice():
    sag = SagFactory(modtaget=True)
    gammel = Sag.objects.get(pk=sag.pk)
    sag_transition(aktoer=Aktoer.system(), sag=sag, til=SagStatus.UNDER_BEHANDLING)
    with pytest.raises(UgyldigOvergang):
        sag_transition(aktoer=Aktoer.system(), sag=gammel, til=SagStatus.AFGJORT)
    assert Sag.objects.get(pk=sag.pk).status == SagStatus.UNDER_BEHANDLING


def test_caseworker_taking_a_case_is_assigned_to_it():
    sag = SagFactory()
    m = MedarbejderFactory(kommune=sag.kommune)
    sag_transition(aktoer=medarbejder_aktoer(m), sag=sag, til=SagStatus.UNDER_BEHANDLING)
    sag.refresh_from_db()
    assert sag.sagsbehandler == m.user


def test_status_cannot_be_saved_outside_the_transition():
    sag = SagFactory()
    sag.status = SagStatus.AFGJORT
    with pytest.raises(StatusSkrivningNaegtet):
        sag.save()
    with pytest.raises(StatusSkrivningNaegtet):
        Sag.objects.filter(pk=sag.pk).update(status=SagStatus.AFGJORT)
    with pytest.raises(StatusSkrivningNaegtet):
        Sag.objects.create(
            borger=sag.borger,
            kommune=sag.kommune,
            ydelse="tandpleje",
            reference="YP-X",
            status=SagStatus.AFGJORT,
        )
    with pytest.raises(StatusSkrivningNaegtet):
        Sag.objects.bulk_update([sag], ["status"])
    assert Sag.objects.get(pk=sag.pk).status == SagStatus.MODTAGET


def test_other_fields_save_normally():
    sag = SagFactory(under_behandling=True)
    sag.venter_paa_register = "cpr"
    sag.save()
    assert Sag.objects.get(pk=sag.pk).venter_paa_register == "cpr"


ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("backend_core", "digital_ansoegning", "min_side", "portal", "cms")
ALLOWED = {
    Path("backend_core/services/sag.py"),
    Path("backend_core/models/sag.py"),
    Path("backend_core/query.py"),
}


def _kildefiler():
    for pakke in PACKAGES:
        for path in (ROOT / pakke).rglob("*.py"):
            rel = path.relative_to(ROOT)
            if "tests" in rel.parts or "migrations" in rel.parts:
                continue
            yield rel, path


def _scan(tree, rel) -> list[str]:
    fund = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Attribute) and t.attr == "status" and "sag" in ast.unparse(t.value).lower():
                    fund.append(f"{rel}:{node.lineno}")
        if isinstance(node, ast.Call):
            kilde = ast.unparse(node.func)
            if "statusskrivning_tilladt" in kilde:
                fund.append(f"{rel}:{node.lineno}")
            if (
                kilde.split(".")[-1] in {"update", "create", "bulk_create", "get_or_create", "update_or_create"}
                and "sag" in kilde.lower().split(".")[0]
                and any(k.arg == "status" for k in node.keywords)
            ):
                fund.append(f"{rel}:{node.lineno}")
    return fund


def test_no_other_module_writes_the_case_status():
    """Static check: outside ``services/sag.py`` no code assigns
    ``<something sag>.status``, passes ``status=`` to a Sag write, or enters
    the privileged status block."""
    fund = []
    for rel, path in _kildefiler():
        if rel not in ALLOWED:
            fund += _scan(ast.parse(path.read_text(encoding="utf-8")), rel)
    assert fund == []


def test_the_static_check_finds_status_writes():
    kilde = (
        "sag.status = 'afgjort'\n"
        "Sag.objects.filter(pk=1).update(status='x')\n"
        "with statusskrivning_tilladt():\n    pass\n"
        "udbetaling.status = 'bestilt'\n"
    )
    assert _scan(ast.parse(kilde), "x.py") == ["x.py:1", "x.py:2", "x.py:3"]
