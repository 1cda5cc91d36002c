import pytest
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from backend_core.constants import SagStatus
from backend_core.models import AuditEntry, Borger, Kommune, Medarbejder, OutboxEvent, Sag
from portal.demo import seed_demo

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_everything_once():
    foerste = seed_demo()
    assert sorted(foerste["kommuner"]) == ["0101", "0751", "0851"]
    assert len(foerste["borgere"]) == 8
    assert "sagsbehandler-aarhus" in foerste["medarbejdere"]
    assert Medarbejder.objects.count() == 12
    assert TOTPDevice.objects.filter(confirmed=True).count() == 12
    statusser = set(Sag.objects.values_list("status", flat=True))
    assert {SagStatus.MODTAGET, SagStatus.UNDER_BEHANDLING, SagStatus.AFVENTER_BORGER} <= statusser
    antal = (
        Kommune.objects.count(),
        Borger.objects.count(),
        Sag.objects.count(),
        OutboxEvent.objects.count(),
        AuditEntry.objects.count(),
    )
    anden = seed_demo()
    assert anden["kommuner"] == anden["borgere"] == anden["medarbejdere"] == anden["sager"] == []
    assert (
        Kommune.objects.count(),
        Borger.objects.count(),
        Sag.objects.count(),
        OutboxEvent.objects.count(),
        AuditEntry.objects.count(),
    ) == antal


def test_demo_scale_creates_citizens_and_cases_in_bulk():
    call_command("demo_scale", borgere=300, batch=100)
    assert Borger.objects.count() == 300
    sager = Sag.objects.count()
    assert 300 <= sager <= 600
    assert Sag.objects.filter(status=SagStatus.AFGJORT).exists()
    assert Sag.objects.filter(status=SagStatus.MODTAGET).exists()
    call_command("demo_scale", borgere=10, batch=100)
    assert Borger.objects.count() == 310


def test_the_demo_citizen_on_kontanthjaelp_has_paid_and_sent_payments_with_dates_and_reasons():
    from django.utils import timezone

    from backend_core.constants import UdbetalingStatus
    from backend_core.models import Indberetning, Udbetaling
    from backend_core.udbetalingskalender import udbetalingsdato

    seed_demo()
    sag = Sag.objects.get(borger__cpr="1909821315", ydelse="kontanthjaelp")
    assert sag.status == SagStatus.AFGJORT
    assert sag.sagsbehandler.get_full_name() == "Line Bach"
    linjer = list(Udbetaling.objects.filter(sag=sag, art="ydelse").order_by("maaned"))
    assert len(linjer) == 4
    idag = timezone.localdate()
    assert linjer[-1].maaned == f"{idag:%Y-%m}"
    for linje in linjer:
        # Each month on its payout day from the payment calendar (planned on the month's 1st).
        assert linje.udbetalingsdato == udbetalingsdato(
            ydelse="kontanthjaelp", maaned=linje.maaned, afgjort=linje.udbetalingsdato.replace(day=1)
        )
        assert linje.begrundelse and all("tekst" in r and "hjemmel" in r for r in linje.begrundelse)
        if linje.udbetalingsdato < idag:
            assert linje.status == UdbetalingStatus.UDBETALT
        else:
            assert linje.status in (UdbetalingStatus.PLANLAGT, UdbetalingStatus.BESTILT)
    assert [linje.status for linje in linjer[:3]] == [UdbetalingStatus.UDBETALT] * 3
    assert sorted(Indberetning.objects.filter(sag=sag).values_list("maaned", flat=True)) == [
        linjer[0].maaned,
        linjer[1].maaned,
    ]
    assert seed_demo()["sager"] == []  # once
    assert Udbetaling.objects.filter(sag=sag).count() == len(linjer)


def test_the_back_office_demo_cases_are_whole_cases(client):
    import re

    from django.core.files.storage import storages
    from django_otp import DEVICE_ID_SESSION_KEY

    from backend_core.constants import Udfald
    from backend_core.models import Afgoerelse, Ansoegning, Besked, Dokument, Indberetning
    from digital_ansoegning.opsummering import ansoegning_opsummering
    from portal.demo.backoffice import seed_backoffice_demo

    seed_demo()
    assert seed_backoffice_demo(antal=60) == 180
    sager = Sag.objects.filter(ansoegning__idempotency_key__startswith="demo-bo-")
    assert sager.count() == 180
    for sag in sager.select_related("ansoegning").prefetch_related("beregninger"):
        rækker = [r for s in ansoegning_opsummering(sag.ydelse, sag.ansoegning.svar) for r in s["raekker"]]
        assert rækker and all(r["label"] != r["key"] and not r["mangler"] for r in rækker)
        (beregning,) = sag.beregninger.filter(indberetning__isnull=True)
        assert beregning.resultat.get("ydelse") == sag.ydelse and "fejl" not in beregning.resultat
        if beregning.berettiget:
            assert beregning.linjer and all(linje.get("tekst") for linje in beregning.linjer)
    for afg in Afgoerelse.objects.filter(sag__in=sager).select_related("beregning"):
        assert afg.afgjort_af_id is not None and not afg.afgjort_af_straks
        if afg.udfald == Udfald.BEVILGET:
            assert afg.beloeb == afg.beregning.beloeb
    assert Besked.objects.filter(sag__in=sager, afsender="borger").exists()
    assert Besked.objects.filter(sag__in=sager, afsender="medarbejder").exists()
    assert set(Indberetning.objects.filter(sag__in=sager).values_list("type", flat=True)) == {"indtaegt", "aendring"}
    dok = Dokument.objects.filter(sag__in=sager).first()
    with storages["dokumenter"].open(dok.lagernoegle, "rb") as f:
        assert f.read().startswith(b"%PDF-1.4")

    # Idempotent.
    antal = (Sag.objects.count(), Ansoegning.objects.count(), AuditEntry.objects.count(), Dokument.objects.count())
    assert seed_backoffice_demo(antal=60) == 0
    assert (
        Sag.objects.count(),
        Ansoegning.objects.count(),
        AuditEntry.objects.count(),
        Dokument.objects.count(),
    ) == antal

    # A caseworker opening a demo case sees the whole case, its history in sentences.
    medarbejder = Medarbejder.objects.select_related("user").get(user__username="sagsbehandler-kobenhavn")
    sag = (
        sager.filter(kommune=medarbejder.kommune, sagsbehandler=medarbejder.user, status="afgjort")
        .order_by("oprettet")
        .first()
    )
    from django.contrib.auth.models import Permission

    medarbejder.user.user_permissions.add(Permission.objects.get(codename="access_admin"))  # demo_data's group
    client.force_login(medarbejder.user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=medarbejder.user).persistent_id
    session.save()
    client.cookies["django_language"] = "da"
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert "Ingen svar på denne sag." not in html and "Ingen beregning på denne sag." not in html
    tidslinje = re.sub(r"<[^>]+>", " ", html[html.index('<ol class="tidslinje">') :].split("</ol>")[0])
    assert "Ansøgningen blev sendt af borgeren" in tidslinje and "Afgørelsen" in tidslinje
    assert not re.search(r"\w+_\w+", tidslinje)


def test_the_demo_municipalities_have_their_sites_contact_details_from_the_start():
    """Letters written while the demo is seeded (before the site settings exist) show
    the phone and address the guidance pages show, not a placeholder."""
    from cms.demo_indhold import INDSTILLINGER

    seed_demo()
    for slug, kontakt in INDSTILLINGER.items():
        kommune = Kommune.objects.get(slug=slug)
        assert kommune.indstillinger["telefon"] == kontakt["telefon"]
        assert kommune.indstillinger["adresse"] == kontakt["adresse"]


def test_the_demo_requests_deadlines_come_after_the_case_and_the_request():
    from backend_core.models import Besked
    from portal.demo.backoffice import seed_backoffice_demo

    seed_demo()
    seed_backoffice_demo(antal=60)
    venter = Sag.objects.filter(status=SagStatus.AFVENTER_BORGER, borger_frist__isnull=False)
    assert venter.exists()
    for sag in venter:
        assert sag.borger_frist > sag.oprettet.date()
        anmodning = Besked.objects.filter(sag=sag, afsender="medarbejder").order_by("sendt").first()
        assert anmodning is not None and anmodning.sendt.date() <= sag.borger_frist
        assert anmodning.sendt >= sag.oprettet
