"""The back office as a caseworker works from it: amounts written the
Danish or English way in the decision form, a timeline in sentences, the
message read state, the queue's export and the management information's
default period."""

from __future__ import annotations

from decimal import Decimal

import pytest

from backend_core.constants import SagStatus
from backend_core.tests.factories import BeregningFactory, SagFactory
from portal.backoffice.widgets import BeloebField, beloeb_som_tekst
from portal.tests.test_backoffice import caseworker_client  # noqa: F401 - the login fixture

pytestmark = pytest.mark.django_db


def _beloeb_felt(html: str) -> str:
    import re

    m = re.search(r'<input[^>]*name="beloeb"[^>]*>', html)
    assert m, "no amount field"
    v = re.search(r'value="([^"]*)"', m.group(0))
    return v.group(1) if v else ""


@pytest.mark.parametrize(("sprog", "forventet"), [("da", "1.690,00"), ("en", "1,690.00")])
def test_the_prefilled_amount_is_written_the_way_of_the_staff_members_language(
    client,
    caseworker_client,  # noqa: F811
    sprog,
    forventet,
):
    sag = SagFactory(under_behandling=True)
    BeregningFactory(sag=sag, berettiget=True, beloeb=Decimal("1690.00"))
    caseworker_client(sag.kommune)
    client.cookies["django_language"] = sprog
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert _beloeb_felt(html) == forventet


@pytest.mark.parametrize("tekst", ["1690.00", "1.690,00", "1690,00", "1,690.00", "1.690", "1690 kr."])
def test_the_amount_is_read_the_danish_and_the_english_way(tekst):
    assert BeloebField(required=False).clean(tekst) == Decimal("1690.00")


@pytest.mark.parametrize("tekst", ["1.690.00", "1,690,00", "16,9.0", "1.6.9", "1,69.000", "12.34,5"])
def test_an_amount_that_can_be_read_two_ways_is_refused_with_a_message(tekst):
    from django import forms
    from django.utils import translation

    for sprog, tekst_ud in (("da", "kan læses på mere end én måde"), ("en", "can be read in more than one way")):
        with translation.override(sprog):
            with pytest.raises(forms.ValidationError) as fejl:
                BeloebField(required=False).clean(tekst)
            assert tekst_ud in str(fejl.value)


def test_a_decision_with_a_danish_amount_after_the_prefill_round_trips(client, caseworker_client):  # noqa: F811
    sag = SagFactory(under_behandling=True)
    BeregningFactory(sag=sag, berettiget=True, beloeb=Decimal("1690.00"))
    caseworker_client(sag.kommune)
    client.cookies["django_language"] = "da"
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    response = client.post(
        f"/admin/sager/{sag.uuid}/",
        {
            "handling": "afgoer",
            "udfald": "bevilget",
            "beloeb": _beloeb_felt(html),
            "begrundelse": "Du opfylder betingelserne.",
            "virkning_fra": "2026-12-01",
        },
    )
    # The unchanged prefilled amount is the calculated one: no reason for a change is asked.
    assert response.status_code == 302 and response.url.endswith("/afgoerelse/")
    bekraeft = client.get(response.url).content.decode()
    assert "1.690,00" in bekraeft
    client.post(response.url, {"send": "1"})
    sag.refresh_from_db()
    assert sag.status == SagStatus.AFGJORT and sag.afgoerelser.get().beloeb == Decimal("1690.00")


def test_an_ambiguous_amount_in_the_decision_form_is_shown_at_the_field(client, caseworker_client):  # noqa: F811
    sag = SagFactory(under_behandling=True)
    caseworker_client(sag.kommune)
    client.cookies["django_language"] = "da"
    response = client.post(
        f"/admin/sager/{sag.uuid}/",
        {"handling": "afgoer", "udfald": "bevilget", "beloeb": "1.690.00", "begrundelse": "Ok."},
    )
    assert response.status_code == 200
    assert "kan læses på mere end én måde" in response.content.decode()
    assert not sag.afgoerelser.exists()


def test_beloeb_som_tekst_groups_thousands_and_keeps_the_sign():
    assert beloeb_som_tekst(Decimal("1234567.5"), "da") == "1.234.567,50"
    assert beloeb_som_tekst(Decimal("-12"), "en") == "-12.00"


# --- The timeline in sentences ------------------------------------------------


def _tidslinje_tekst(html: str) -> str:
    import re

    m = re.search(r'<ol class="tidslinje">(.*?)</ol>', html, re.S)
    assert m, "no timeline"
    return re.sub(r"<[^>]+>", " ", m.group(1))


def _sag_med_historie(kommune, mig):
    import datetime as dt

    from django.utils import timezone

    from backend_core import audit, services
    from backend_core.constants import DokumentKategori
    from backend_core.models import Dokument
    from backend_core.tests.factories import BorgerFactory, borger_aktoer, medarbejder_aktoer

    sag = SagFactory(borger=BorgerFactory(kommune=kommune))
    BeregningFactory(sag=sag)
    sara = medarbejder_aktoer(mig)
    borger = borger_aktoer(sag.borger)
    services.sag_assign(aktoer=sara, sag=sag, sagsbehandler=mig.user)
    services.sag_transition(aktoer=sara, sag=sag, til=SagStatus.UNDER_BEHANDLING)
    services.journalnotat_create(aktoer=sara, sag=sag, tekst="Ringede til borgeren.")
    services.sag_anmod_borger(
        aktoer=sara, sag=sag, tekst="Send lønsedler.", frist=timezone.localdate() + dt.timedelta(days=7)
    )
    services.besked_send(aktoer=borger, sag=sag, tekst="Her er de.")
    services.aendring_submit(
        aktoer=borger,
        borger=sag.borger,
        sag=sag,
        aendringer=["flyttet"],
        beskrivelse="Ny adresse.",
        idempotency_key="t-aendring",
    )
    # An upload as dokument_add writes it (its file checks need ClamAV, which this test does not).
    dok = Dokument.objects.create(
        borger=sag.borger,
        sag=sag,
        kategori=DokumentKategori.LOENSEDDEL,
        filnavn="loen.pdf",
        mimetype="application/pdf",
        stoerrelse=10,
        sha256="0" * 64,
        lagernoegle=f"test/{sag.uuid}.pdf",
        oprettet_af="borger",
    )
    audit.audit_log(
        aktoer=borger,
        handling=audit.DOKUMENT_ADDED,
        objekt=dok,
        borger=sag.borger,
        detaljer={"kategori": "loenseddel", "stoerrelse": 10},
    )
    return sag


def test_every_timeline_entry_is_a_sentence_without_internal_names(client, caseworker_client):  # noqa: F811
    import re

    from backend_core.tests.factories import KommuneFactory

    kommune = KommuneFactory()
    mig = caseworker_client(kommune)
    mig.user.first_name, mig.user.last_name = "Sara", "Test"
    mig.user.save()
    sag = _sag_med_historie(kommune, mig)
    client.cookies["django_language"] = "da"
    client.get(f"/admin/sager/{sag.uuid}/")
    tekst = _tidslinje_tekst(client.get(f"/admin/sager/{sag.uuid}/").content.decode())

    assert not re.search(r"\w+_\w+", tekst), tekst
    assert "viewed" not in tekst and "None" not in tekst
    assert "Sagen blev åbnet af Sara Test" in tekst
    assert tekst.count("Sagen blev åbnet af Sara Test") == 1  # opened twice in a row: one entry
    assert "Sagen blev tildelt Sara Test af Sara Test" in tekst
    assert "Status blev ændret fra “Modtaget” til “Under behandling” af Sara Test" in tekst
    assert "Et journalnotat blev skrevet af Sara Test" in tekst
    assert "Borgeren sendte en besked" in tekst
    assert "En ændring i forholdene blev meldt af borgeren" in tekst
    assert "Et dokument (lønseddel) blev tilføjet af borgeren" in tekst
    assert "Borgerens beskeder blev læst af Sara Test" in tekst

    client.cookies["django_language"] = "en"
    tekst = _tidslinje_tekst(client.get(f"/admin/sager/{sag.uuid}/").content.decode())
    assert not re.search(r"\w+_\w+", tekst) and "viewed" not in tekst
    assert "The case was opened by Sara Test" in tekst
    assert "A change of circumstances was reported by the citizen" in tekst


def test_each_kind_of_audit_entry_on_a_case_has_its_own_sentence():
    """Every audit handling that can reach the timeline reads as its own
    sentence (not the catch-all), with no internal name, in both languages."""
    import re

    from django.utils import translation

    from backend_core import audit
    from backend_core.selectors.sagsbehandling import _LAESNINGER
    from portal.backoffice.templatetags.backoffice import tidslinje_tekst

    handlinger = {
        v for k, v in vars(audit).items() if k.isupper() and isinstance(v, str) and re.fullmatch(r"[a-z_]+", v)
    }
    handlinger -= set(_LAESNINGER)
    assert "sag_viewed" in handlinger and "besked_read" in handlinger
    for sprog, fangnet in (("da", "Der blev registreret noget"), ("en", "Something was recorded")):
        with translation.override(sprog):
            for h in sorted(handlinger):
                for aktoer_type in ("borger", "medarbejder", "system"):
                    post = {"handling": h, "aktoer_type": aktoer_type, "hvem": "Sara Test", "detaljer": {}}
                    tekst = str(tidslinje_tekst(post))
                    assert fangnet not in tekst, h
                    assert not re.search(r"\w+_\w+", tekst), (h, tekst)


# --- Message read state ---------------------------------------------------------


def test_opening_the_case_marks_the_citizens_messages_read_and_shows_what_the_citizen_read(
    client,
    caseworker_client,  # noqa: F811
):
    from backend_core import services
    from backend_core.models import AuditEntry, Besked
    from backend_core.tests.factories import BorgerFactory, KommuneFactory, borger_aktoer, medarbejder_aktoer

    kommune = KommuneFactory()
    mig = caseworker_client(kommune)
    sag = SagFactory(borger=BorgerFactory(kommune=kommune), under_behandling=True)
    services.besked_send(aktoer=medarbejder_aktoer(mig), sag=sag, tekst="Send lønsedler.")
    svar = services.besked_send(aktoer=borger_aktoer(sag.borger), sag=sag, tekst="Her er de.")
    sag.refresh_from_db()
    assert sag.ny_aktivitet == "besked"
    assert client.get("/admin/sager/?ny_aktivitet=alle").content.decode().count(sag.reference) == 1

    client.cookies["django_language"] = "da"
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert "besked-ny" in html  # the reply is shown as new on the visit that reads it
    assert "ikke læst af borgeren endnu" in html
    svar.refresh_from_db()
    assert svar.laest is not None
    assert (
        AuditEntry.objects.filter(handling="besked_read", objekt_uuid=sag.uuid, aktoer_user_id=mig.user.pk).count() == 1
    )
    sag.refresh_from_db()
    assert sag.ny_aktivitet == ""
    assert sag.reference not in client.get("/admin/sager/?ny_aktivitet=alle").content.decode()

    # The citizen reads the caseworker's message on Min Side: the case page says so.
    services.beskeder_mark_read(aktoer=borger_aktoer(sag.borger), sag=sag)
    html = client.get(f"/admin/sager/{sag.uuid}/").content.decode()
    assert "læst af borgeren" in html and "ikke læst af borgeren endnu" not in html
    assert "læst af en medarbejder" in html and "besked-ny" not in html
    # Reading again writes nothing more.
    assert (
        AuditEntry.objects.filter(handling="besked_read", objekt_uuid=sag.uuid, aktoer_user_id=mig.user.pk).count() == 1
    )
    assert Besked.objects.filter(sag=sag, laest__isnull=True).count() == 0


def test_a_municipal_admin_opening_the_case_leaves_the_messages_unread(client, caseworker_client):  # noqa: F811
    from backend_core import services
    from backend_core.constants import Rolle
    from backend_core.tests.factories import BorgerFactory, KommuneFactory, borger_aktoer

    kommune = KommuneFactory()
    caseworker_client(kommune, rolle=Rolle.ADMINISTRATOR)
    sag = SagFactory(borger=BorgerFactory(kommune=kommune), under_behandling=True)
    besked = services.besked_send(aktoer=borger_aktoer(sag.borger), sag=sag, tekst="Hej.")
    client.get(f"/admin/sager/{sag.uuid}/")
    besked.refresh_from_db()
    sag.refresh_from_db()
    assert besked.laest is None and sag.ny_aktivitet == "besked"


# --- Management information: the default period in the fields ------------------


def _eksport_total(client, url: str, format_: str) -> int:
    import io

    from openpyxl import load_workbook

    response = client.get(url)
    assert response.status_code == 200
    if format_ == "csv":
        linjer = response.content.decode("utf-8-sig").splitlines()[2:]
        return sum(int(r.split(";")[-1]) for r in linjer if r)
    wb = load_workbook(io.BytesIO(response.content))
    (ark,) = wb.worksheets
    return sum(r[-1] for r in ark.iter_rows(min_row=3, values_only=True))


def test_management_information_shows_the_default_period_and_its_exports_agree(client, caseworker_client):  # noqa: F811
    import datetime as dt
    import html as html_
    import re

    from django.utils import timezone

    from backend_core.constants import Rolle
    from backend_core.models import Sag
    from backend_core.selectors import Periode
    from backend_core.tests.factories import BorgerFactory, KommuneFactory

    kommune = KommuneFactory()
    caseworker_client(kommune, rolle=Rolle.KOORDINATOR)
    for ydelse in ("tandpleje", "tandpleje", "kontanthjaelp"):
        SagFactory(borger=BorgerFactory(kommune=kommune), ydelse=ydelse)
    gammel = SagFactory(borger=BorgerFactory(kommune=kommune), ydelse="tandpleje")
    Sag.objects.filter(pk=gammel.pk).update(oprettet=timezone.now() - dt.timedelta(days=200))

    standard = Periode.standard()
    html = client.get("/admin/ledelsesinformation/").content.decode()
    assert re.search(rf'name="fra" value="{standard.fra.isoformat()}"', html)
    assert re.search(rf'name="til" value="{standard.til.isoformat()}"', html)

    def links(html):
        return [html_.unescape(u) for u in re.findall(r'href="(\?[^"]*eksport=(?:csv|xlsx)&amp;figur=modtaget)"', html)]

    csv_url, xlsx_url = links(html)
    assert f"fra={standard.fra.isoformat()}" in csv_url and f"til={standard.til.isoformat()}" in csv_url
    base = "/admin/ledelsesinformation/"
    assert _eksport_total(client, base + csv_url, "csv") == _eksport_total(client, base + xlsx_url, "xlsx") == 3

    # The benefit filter and a longer period reach the exports too.
    fra = (timezone.localdate() - dt.timedelta(days=250)).isoformat()
    html = client.get(base, {"fra": fra, "ydelse": "tandpleje"}).content.decode()
    assert re.search(rf'name="fra" value="{fra}"', html)
    assert re.search(rf'name="til" value="{standard.til.isoformat()}"', html)
    csv_url, xlsx_url = links(html)
    assert _eksport_total(client, base + csv_url, "csv") == _eksport_total(client, base + xlsx_url, "xlsx") == 3
    tabel = html[html.index('id="tabel-modtaget"') :]
    tabel = tabel[: tabel.index("</table>")]
    assert sum(int(r) for r in re.findall(r"<td>(\d+)</td>\s*</tr>", tabel)) == 3


# --- The queue's export -----------------------------------------------------------


def test_the_queue_exports_as_filtered_to_csv_and_xlsx_without_cpr_numbers_and_audited(
    client,
    caseworker_client,  # noqa: F811
):
    import io

    from openpyxl import load_workbook

    from backend_core.models import AuditEntry
    from backend_core.tests.factories import BorgerFactory, KommuneFactory

    kommune = KommuneFactory()
    mig = caseworker_client(kommune)
    mine = [
        SagFactory(borger=BorgerFactory(kommune=kommune, fornavn="Æsa", efternavn=f"Øster{i}"), sagsbehandler=mig.user)
        for i in range(30)
    ]
    andre = SagFactory(borger=BorgerFactory(kommune=kommune), ydelse="tandpleje")
    fremmed = SagFactory()
    client.cookies["django_language"] = "da"

    html = client.get("/admin/sager/?tildelt=mine").content.decode()
    assert "export=csv" in html and "export=xlsx" in html and "tildelt=mine" in html
    foer = AuditEntry.objects.count()
    csv_ = client.get("/admin/sager/?tildelt=mine&ordering=reference&export=csv")
    assert csv_.status_code == 200 and csv_["Content-Type"].startswith("text/csv")
    assert "attachment" in csv_["Content-Disposition"]
    tekst = b"".join(csv_.streaming_content).decode("utf-8-sig")
    linjer = tekst.splitlines()
    assert linjer[0].split(";")[:4] == ["Sagsnummer", "Ydelse", "Borger", "Status"]
    assert len(linjer) == 31  # every case, not one page of 25
    assert [r.split(";")[0] for r in linjer[1:]] == sorted(s.reference for s in mine)
    assert "Æsa Øster0" in tekst and andre.reference not in tekst and fremmed.reference not in tekst
    for s in [*mine, andre]:
        assert s.borger.cpr not in tekst and s.borger.cpr[:6] not in tekst
    eksporter = AuditEntry.objects.filter(pk__gt=0).order_by("id")[foer:]
    assert [e.handling for e in eksporter] == ["sag_exported"]
    assert eksporter[0].detaljer["format"] == "csv" and eksporter[0].detaljer["filtre"]["tildelt"] == "mine"
    assert eksporter[0].aktoer_user_id == mig.user.pk

    xlsx = client.get("/admin/sager/?ydelse=tandpleje&export=xlsx")
    assert xlsx.status_code == 200
    wb = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    raekker = list(wb.active.iter_rows(values_only=True))
    assert raekker[0][0] == "Sagsnummer" and [r[0] for r in raekker[1:]] == [andre.reference]
    assert all(andre.borger.cpr not in str(v) for r in raekker for v in r)
    assert AuditEntry.objects.filter(handling="sag_exported", detaljer__format="xlsx").count() == 1


def test_the_queue_export_follows_the_search_kept_in_the_session(client, caseworker_client):  # noqa: F811
    from backend_core.tests.factories import BorgerFactory, KommuneFactory

    kommune = KommuneFactory()
    caseworker_client(kommune)
    emma = SagFactory(borger=BorgerFactory(kommune=kommune, fornavn="Emma", efternavn="Larsen"))
    jens = SagFactory(borger=BorgerFactory(kommune=kommune, fornavn="Jens", efternavn="Hansen"))
    client.post("/admin/sager/soeg/", {"soeg": "Emma"})
    tekst = b"".join(client.get("/admin/sager/?export=csv").streaming_content).decode("utf-8-sig")
    assert emma.reference in tekst and jens.reference not in tekst


# --- Wagtail's admin in Danish -------------------------------------------------------


def test_wagtails_own_menus_and_dialogs_are_danish_for_staff(client, caseworker_client):  # noqa: F811
    from backend_core.tests.factories import KommuneFactory

    caseworker_client(KommuneFactory())
    # No preference and an English browser: the admin is Danish first.
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '"label": "Hj\\u00e6lp"' in html or '"label": "Hjælp"' in html  # the sidebar's help menu
    assert "Søg i alle sider…" in html and "Search all pages" not in html
    assert "Redaktørvejledning til Wagtail" in html and "editor guide" not in html
    assert "Vis tastaturgenveje" in html and "Show keyboard shortcuts" not in html
    js = client.get("/admin/jsi18n/").content.decode()
    assert "Vis eller skjul sidemenuen" in js and "Hovedmenu" in js


def test_a_staff_member_who_chose_english_gets_wagtail_in_english(client, caseworker_client):  # noqa: F811
    from wagtail.users.models import UserProfile

    from backend_core.tests.factories import KommuneFactory

    mig = caseworker_client(KommuneFactory())
    UserProfile.get_for_user(mig.user).__class__.objects.filter(user=mig.user).update(preferred_language="en")
    html = client.get("/admin/").content.decode()
    assert "Search all pages" in html and "Søg i alle sider" not in html
    assert "Open cases" in html  # our own dashboard panel follows the choice too


def test_rate_keys_of_one_word_and_register_values_read_as_words():
    from django.utils import translation

    from portal.backoffice.templatetags.backoffice import registervaerdi, satsnavne

    with translation.override("en"):
        assert "boernetillaeg" not in satsnavne("satser, der ikke er bekræftet: boernetillaeg, formue_aegtepar")
        assert "child supplement" in satsnavne("boernetillaeg")
        assert registervaerdi("0.00", "arbejdsindtaegt") == "DKK\u00a00.00"
        assert registervaerdi("gift", "civilstand") == "Married"
    with translation.override("da"):
        assert registervaerdi("12500.00", "arbejdsindtaegt") == "12.500,00\u00a0kr."
        assert registervaerdi("2026-08", "maaned") == "august 2026"
        assert registervaerdi("0101", "kommunekode") == "0101"


def test_the_management_information_csv_writes_decimals_as_the_spreadsheet_reads_them():
    """With ';' between cells (Danish Excel), a Danish file has a decimal comma."""
    import datetime as dt

    from django.utils import translation

    from backend_core.selectors import Periode
    from portal.backoffice.ledelsesinformation import Figur, _eksport

    figur = Figur("tid", "Sagsbehandlingstid", "", ["Ydelse", "Median", "Antal"], [["Tandpleje", 12.194, 3]])
    periode = Periode(fra=dt.date(2026, 9, 1), til=dt.date(2026, 11, 30))
    with translation.override("da"):
        dansk = _eksport([figur], "csv", periode).content.decode("utf-8-sig")
    with translation.override("en"):
        engelsk = _eksport([figur], "csv", periode).content.decode("utf-8-sig")
    assert "Tandpleje;12,19;3" in dansk
    assert "Tandpleje;12.19;3" in engelsk
