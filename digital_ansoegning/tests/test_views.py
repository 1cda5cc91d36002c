"""The application journey through the web pages, tandpleje end to end."""

from __future__ import annotations

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from backend_core.models import Ansoegning
from digital_ansoegning.models import Kladde

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

SVAR_TANDPLEJE = [
    ("om-dig", {"oplysninger_korrekte": "ja"}),
    ("forsoergelse", {"modtager_kontanthjaelp": "ja"}),
    (
        "behandling",
        {
            "tandlaege": "Tandklinikken",
            "behandling": "To fyldninger",
            "udgift": "2.000",
            "behandlingsdato": "10-02-2026",
        },
    ),
    ("egenbetaling", {"akut": "nej", "betalt_egenbetaling_i_aar": "0"}),
]


def _trin_url(slug, ydelse="tandpleje"):
    return reverse("ansoegning:trin", args=[ydelse, slug])


def _udfyld(client, svar=SVAR_TANDPLEJE):
    client.get(reverse("ansoegning:start", args=["tandpleje"]))
    for slug, data in svar:
        response = client.post(_trin_url(slug), data)
        assert response.status_code == 302, (slug, response.content.decode()[:2000])
    return Kladde.objects.get(ydelse="tandpleje", indsendt_ansoegning__isnull=True)


class TestStart:
    def test_start_makes_a_draft_with_the_cpr_data_and_shows_it(self, logget_ind, borger):
        response = logget_ind.get(reverse("ansoegning:start", args=["tandpleje"]), follow=True)
        kladde = Kladde.objects.get(borger=borger)
        assert kladde.prefill["navn"] == "Yasmin Ali"
        assert response.redirect_chain[-1][0] == _trin_url("om-dig")
        assert "Gudrunsvej 8" in response.content.decode()

    def test_cpr_unavailable_gives_the_empty_correction_form_with_a_calm_message(self, logget_ind, cpr_nede):
        response = logget_ind.get(reverse("ansoegning:start", args=["tandpleje"]), follow=True)
        assert response.status_code == 200
        assert response.redirect_chain[-1][0] == _trin_url("ret-oplysninger")
        assert 'id="cpr-utilgaengelig"' in response.content.decode()

    def test_login_is_required_and_returns_to_the_step(self, client):
        url = _trin_url("behandling")
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].endswith("?next=" + url)


class TestSteps:
    @time_machine.travel("2022-03-01 10:00 +0100")
    def test_an_answer_that_calls_for_a_follow_up_question_shows_it_on_the_same_screen(self, logget_ind):
        """Yasmin is 26 in 2022: receiving kontanthjælp calls for the question about
        education assistance, on the same screen, before she goes on."""
        logget_ind.get(reverse("ansoegning:start", args=["tandpleje"]))
        logget_ind.post(_trin_url("om-dig"), {"oplysninger_korrekte": "ja"})
        response = logget_ind.post(_trin_url("forsoergelse"), {"modtager_kontanthjaelp": "ja"})
        assert (
            response["Location"] == _trin_url("forsoergelse") + "#id_modtager_uddannelseshjaelp_uden_aktivitetstillaeg"
        )
        html = logget_ind.get(_trin_url("forsoergelse")).content.decode()
        assert 'name="modtager_uddannelseshjaelp_uden_aktivitetstillaeg"' in html
        assert Kladde.objects.get(ydelse="tandpleje").svar["modtager_kontanthjaelp"] is True  # the answer is kept
        response = logget_ind.post(
            _trin_url("forsoergelse"),
            {"modtager_kontanthjaelp": "ja", "modtager_uddannelseshjaelp_uden_aktivitetstillaeg": "nej"},
        )
        assert response["Location"] == _trin_url("behandling")
        kladde = Kladde.objects.get(ydelse="tandpleje")
        assert kladde.svar["modtager_uddannelseshjaelp_uden_aktivitetstillaeg"] is False

    def test_a_step_post_saves_the_answers_to_the_draft(self, logget_ind):
        kladde = _udfyld(logget_ind, SVAR_TANDPLEJE[:3])
        assert kladde.svar["udgift"] == "2000.00"
        assert kladde.svar["oplysninger_korrekte"] is True
        assert kladde.trin == "egenbetaling"

    def test_invalid_input_shows_the_message_and_keeps_the_other_answers(self, logget_ind):
        _udfyld(logget_ind, SVAR_TANDPLEJE[:2])
        response = logget_ind.post(
            _trin_url("behandling"),
            {
                "tandlaege": "Tandklinikken",
                "behandling": "En krone",
                "udgift": "mange penge",
            },
        )
        html = response.content.decode()
        assert response.status_code == 200
        assert "Write the amount in kroner" in html
        assert 'href="#id_udgift"' in html
        assert 'value="Tandklinikken"' in html
        kladde = Kladde.objects.get(ydelse="tandpleje")
        assert kladde.svar["tandlaege"] == "Tandklinikken"
        assert "udgift" not in kladde.svar

    def test_a_missing_answer_names_what_to_do(self, logget_ind):
        _udfyld(logget_ind, SVAR_TANDPLEJE[:1])
        response = logget_ind.post(_trin_url("forsoergelse"), {})
        assert "Choose yes if you receive social assistance" in response.content.decode()

    def test_resume_after_leaving_returns_to_the_current_step_with_the_answers(self, client, borger):
        client.force_login(borger.user)
        _udfyld(client, SVAR_TANDPLEJE[:2])
        client.logout()
        client.force_login(borger.user)  # another device, a new session
        response = client.get(reverse("ansoegning:start", args=["tandpleje"]), follow=True)
        assert response.redirect_chain[-1][0] == _trin_url("behandling")
        back = client.get(_trin_url("forsoergelse")).content.decode()
        assert 'value="ja" checked' in back

    def test_step_indicator_counts_only_the_steps_shown(self, logget_ind):
        _udfyld(logget_ind, SVAR_TANDPLEJE[:1])
        html = logget_ind.get(_trin_url("forsoergelse")).content.decode()
        # om-dig, forsoergelse, behandling, egenbetaling, dokumenter, tjek
        assert "Step 2 of 6" in html
        assert "Your details" not in html

    def test_change_link_from_check_answers_returns_to_check_answers(self, logget_ind):
        _udfyld(logget_ind)
        response = logget_ind.post(
            _trin_url("behandling") + "?tilbage=tjek",
            {
                "tandlaege": "Tandklinikken",
                "behandling": "En krone",
                "udgift": "3000",
                "behandlingsdato": "01-02-2026",
            },
        )
        assert response["Location"] == reverse("ansoegning:tjek", args=["tandpleje"])


class TestDocuments:
    def test_a_text_file_named_pdf_is_rejected_with_a_message(self, logget_ind):
        kladde = _udfyld(logget_ind)
        fil = SimpleUploadedFile("regning.pdf", b"just some text, not a PDF", content_type="application/pdf")
        response = logget_ind.post(
            reverse("ansoegning:dokumenter", args=["tandpleje"]),
            {"handling": "upload", "kategori": "regning", "fil": fil},
        )
        assert response.status_code == 200
        assert "The file is not a PDF or a photo" in response.content.decode()
        kladde.refresh_from_db()
        assert kladde.dokument_uuids == []

    def test_the_documents_the_answers_call_for_are_listed(self, logget_ind):
        _udfyld(logget_ind)
        html = logget_ind.get(reverse("ansoegning:dokumenter", args=["tandpleje"])).content.decode()
        assert "estimate or invoice showing the treatment" in html

    def test_a_photo_is_added_to_the_draft(self, logget_ind):
        kladde = _udfyld(logget_ind)
        fil = SimpleUploadedFile("foto.png", PNG, content_type="image/png")
        response = logget_ind.post(
            reverse("ansoegning:dokumenter", args=["tandpleje"]),
            {"handling": "upload", "kategori": "regning", "fil": fil},
        )
        assert response.status_code == 302
        kladde.refresh_from_db()
        assert len(kladde.dokument_uuids) == 1

    def test_continue_with_a_chosen_file_adds_it_instead_of_dropping_it(self, logget_ind):
        kladde = _udfyld(logget_ind)
        url = reverse("ansoegning:dokumenter", args=["tandpleje"])
        html = logget_ind.get(url).content.decode()
        # The file and "Continue" are in one form, so the browser sends the chosen file along.
        form = html.split('enctype="multipart/form-data"', 1)[1].split("</form>", 1)[0]
        assert 'name="fil"' in form and 'name="handling" value="fortsaet"' in form
        fil = SimpleUploadedFile("foto.png", PNG, content_type="image/png")
        response = logget_ind.post(url, {"handling": "fortsaet", "kategori": "regning", "fil": fil})
        assert response["Location"] == reverse("ansoegning:tjek", args=["tandpleje"])
        kladde.refresh_from_db()
        assert len(kladde.dokument_uuids) == 1

    def test_continue_with_a_bad_file_stays_and_says_why(self, logget_ind):
        kladde = _udfyld(logget_ind)
        fil = SimpleUploadedFile("regning.pdf", b"not a PDF", content_type="application/pdf")
        response = logget_ind.post(
            reverse("ansoegning:dokumenter", args=["tandpleje"]),
            {"handling": "fortsaet", "kategori": "regning", "fil": fil},
        )
        assert response.status_code == 200
        assert "The file is not a PDF or a photo" in response.content.decode()
        kladde.refresh_from_db()
        assert kladde.dokument_uuids == []


class TestSubmit:
    def test_check_answers_lists_each_answer_with_a_change_link(self, logget_ind):
        _udfyld(logget_ind)
        html = logget_ind.get(reverse("ansoegning:tjek", args=["tandpleje"])).content.decode()
        assert "Tandklinikken" in html
        assert _trin_url("behandling") + "?tilbage=tjek#id_udgift" in html

    def test_the_application_carries_the_answers_in_danish_for_the_receipt_letter(self, logget_ind, borger):
        kladde = _udfyld(logget_ind)  # the citizen answers in English
        logget_ind.post(
            reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
        )
        raekker = Ansoegning.objects.get(borger=borger).svar["opsummering"]
        assert {"spoergsmaal": "Hvad koster behandlingen?", "svar": "2.000,00\xa0kr."} in raekker
        assert {"spoergsmaal": "Navnet på din tandlæge eller klinik", "svar": "Tandklinikken"} in raekker

    def test_a_double_tap_makes_one_application(self, logget_ind, borger):
        kladde = _udfyld(logget_ind)
        url = reverse("ansoegning:indsend", args=["tandpleje"])
        data = {"idempotency_key": str(kladde.idempotency_key)}
        first = logget_ind.post(url, data)
        second = logget_ind.post(url, data)
        assert first.status_code == second.status_code == 302
        assert first["Location"] == second["Location"]
        assert Ansoegning.objects.filter(borger=borger).count() == 1

    @time_machine.travel("2025-08-20 10:00 +0200", tick=False)
    def test_receipt_shows_the_reference_and_the_instant_decision(self, client, anden_borger):
        """Peter (44) receives kontanthjælp in a granted case of this system,
        applies in August 2025 for a treatment planned in September (the § 82 a
        rates are confirmed) and uploads the dentist's estimate: every deciding
        fact is verified, so the subsidy is decided at once. No mocks."""
        from backend_core.tests.factories import AfgoerelseFactory, SagFactory

        AfgoerelseFactory(sag=SagFactory(borger=anden_borger, ydelse="kontanthjaelp", afgjort=True))
        client.force_login(anden_borger.user)
        svar = [
            (slug, {**data, "behandlingsdato": "01-09-2025"} if slug == "behandling" else data)
            for slug, data in SVAR_TANDPLEJE
        ]
        kladde = _udfyld(client, svar)
        client.post(
            reverse("ansoegning:dokumenter", args=["tandpleje"]),
            {
                "handling": "upload",
                "kategori": "regning",
                "fil": SimpleUploadedFile("overslag.png", PNG, content_type="image/png"),
            },
        )
        response = client.post(
            reverse("ansoegning:indsend", args=["tandpleje"]),
            {"idempotency_key": str(kladde.idempotency_key)},
            follow=True,
        )
        ansoegning = Ansoegning.objects.get(borger=anden_borger)
        html = response.content.decode()
        assert ansoegning.sag.reference in html
        # 2.000 kr. less the year's 600 kr., 65 % of the rest (LAS § 82 a).
        assert 'id="afgoerelse"' in html
        assert "DKK\u00a0910.00" in html
        afgoerelse = ansoegning.sag.afgoerelser.get()
        assert afgoerelse.afgjort_af_straks is True
        import re

        from beregning.kerne.hjemmel import uloeste

        hjemler = re.findall(r"<td>((?:LAS|Pensionsloven)[^<]*)</td>", html)
        assert hjemler and uloeste(hjemler) == []
        assert "ikke fundet" not in html and "not found" not in html
        assert "overslag" in afgoerelse.begrundelse or "overslag" in afgoerelse.begrundelse.lower()

    @time_machine.travel("2025-08-20 10:00 +0200", tick=False)
    def test_dental_help_without_an_invoice_is_not_decided_at_once_and_says_why(self, client, anden_borger):
        from backend_core.tests.factories import AfgoerelseFactory, SagFactory

        AfgoerelseFactory(sag=SagFactory(borger=anden_borger, ydelse="kontanthjaelp", afgjort=True))
        client.force_login(anden_borger.user)
        svar = [
            (slug, {**data, "behandlingsdato": "01-09-2025"} if slug == "behandling" else data)
            for slug, data in SVAR_TANDPLEJE
        ]
        kladde = _udfyld(client, svar)
        response = client.post(
            reverse("ansoegning:indsend", args=["tandpleje"]),
            {"idempotency_key": str(kladde.idempotency_key)},
            follow=True,
        )
        html = response.content.decode()
        ansoegning = Ansoegning.objects.get(borger=anden_borger)
        assert not ansoegning.sag.afgoerelser.exists()
        assert 'id="ikke-straks"' in html
        assert "invoice or estimate is not attached" in html
        assert "DKK\u00a0910.00" in html  # the estimated amount

    def test_a_second_application_while_one_is_open_is_refused_kindly(self, logget_ind, borger):
        kladde = _udfyld(logget_ind)
        logget_ind.post(
            reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
        )
        response = logget_ind.get(reverse("ansoegning:start", args=["tandpleje"]), follow=True)
        html = response.content.decode()
        assert 'id="aaben-sag"' in html
        assert Ansoegning.objects.filter(borger=borger).count() == 1
        assert not Kladde.objects.filter(borger=borger, indsendt_ansoegning__isnull=True).exists()

    def test_a_reload_of_the_check_page_after_submit_shows_the_receipt(self, logget_ind, borger):
        kladde = _udfyld(logget_ind)
        logget_ind.post(
            reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
        )
        response = logget_ind.get(reverse("ansoegning:tjek", args=["tandpleje"]), follow=True)
        ansoegning = Ansoegning.objects.get(borger=borger)
        assert response.redirect_chain[-1][0] == reverse("ansoegning:kvittering", args=[ansoegning.uuid])
        assert not Kladde.objects.filter(borger=borger, indsendt_ansoegning__isnull=True).exists()

    @time_machine.travel("2026-03-01 10:00 +0100", tick=False)
    def test_without_an_instant_decision_the_receipt_says_a_caseworker_will_look(self, logget_ind, borger):
        kladde = _udfyld(logget_ind)
        response = logget_ind.post(
            reverse("ansoegning:indsend", args=["tandpleje"]),
            {"idempotency_key": str(kladde.idempotency_key)},
            follow=True,
        )
        html = response.content.decode()
        assert Ansoegning.objects.get(borger=borger).sag.reference in html
        assert "A caseworker looks at your application" in html

    @time_machine.travel("2026-03-01 10:00 +0100", tick=False)
    def test_the_receipt_says_which_documents_are_still_missing_and_where_to_send_them(self, logget_ind, borger):
        kladde = _udfyld(logget_ind)  # no invoice added
        response = logget_ind.post(
            reverse("ansoegning:indsend", args=["tandpleje"]),
            {"idempotency_key": str(kladde.idempotency_key)},
            follow=True,
        )
        html = response.content.decode()
        mangler = html.split('id="mangler-dokumenter"', 1)[1].split("</div></div>", 1)[0]
        assert "estimate or invoice showing the treatment" in mangler
        sag = Ansoegning.objects.get(borger=borger).sag
        assert reverse("min_side:sag", args=[sag.uuid]) in mangler

    @time_machine.travel("2026-03-01 10:00 +0100", tick=False)
    def test_with_the_invoice_added_nothing_is_missing_on_the_receipt(self, logget_ind, borger):
        kladde = _udfyld(logget_ind)
        fil = SimpleUploadedFile("foto.png", PNG, content_type="image/png")
        logget_ind.post(
            reverse("ansoegning:dokumenter", args=["tandpleje"]),
            {"handling": "upload", "kategori": "regning", "fil": fil},
        )
        html = logget_ind.post(
            reverse("ansoegning:indsend", args=["tandpleje"]),
            {"idempotency_key": str(kladde.idempotency_key)},
            follow=True,
        ).content.decode()
        assert 'id="reference"' in html and 'id="mangler-dokumenter"' not in html

    def test_another_citizens_draft_and_receipt_are_not_found(self, client, borger, anden_borger):
        client.force_login(borger.user)
        kladde = _udfyld(client)
        client.post(reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)})
        ansoegning = Ansoegning.objects.get(borger=borger)
        client.force_login(anden_borger.user)
        assert client.get(reverse("ansoegning:kvittering", args=[ansoegning.uuid])).status_code == 404
        # Peter's own draft is separate: Yasmin's answers never show.
        client.get(reverse("ansoegning:start", args=["tandpleje"]))
        assert "Tandklinikken" not in client.get(_trin_url("behandling")).content.decode()
        response = client.post(
            reverse("ansoegning:indsend", args=["tandpleje"]), {"idempotency_key": str(kladde.idempotency_key)}
        )
        assert Ansoegning.objects.filter(borger=anden_borger).count() == 0
        assert response.status_code == 302


class TestEstimat:
    def test_the_estimate_shows_the_amount_without_login(self, client, db):
        response = client.post(
            reverse("ansoegning:estimat_ydelse", args=["tandpleje"]),
            {
                "alder": "40",
                "modtager_kontanthjaelp": "ja",
                "udgift": "2000",
                "betalt_egenbetaling_i_aar": "0",
            },
        )
        html = response.content.decode()
        assert response.status_code == 200
        assert '<strong id="estimat-beloeb">DKK\u00a0910</strong>' in html  # an estimate: whole kroner
        assert "DKK\u00a0910.00" in html  # the reason lines stay exact
        assert "Subsidy: 65 %" in html  # the reason lines in English
        assert reverse("ansoegning:start", args=["tandpleje"]) in html

    def test_a_married_applicants_estimate_counts_the_spouses_income(self, client, db):
        def estimat(**svar):
            data = {"alder": "35", "bor_hos_foraeldre": "nej", "antal_boern": "0", "arbejdsindtaegt": "0"}
            data.update(formue="0", **svar)
            response = client.post(reverse("ansoegning:estimat_ydelse", args=["kontanthjaelp"]), data)
            html = response.content.decode()
            assert response.status_code == 200 and 'id="estimat-beloeb"' in html, html
            return html.split('id="estimat-beloeb">', 1)[1].split("<", 1)[0]

        enlig = estimat(gift="nej")
        gift_uden_indtaegt = estimat(gift="ja", aegtefaelle_arbejdsindtaegt="0")
        gift_med_indtaegt = estimat(gift="ja", aegtefaelle_arbejdsindtaegt="20000")
        assert enlig != gift_uden_indtaegt  # the married rate, not the single person's
        assert gift_med_indtaegt != gift_uden_indtaegt  # the spouse's income is deducted
        html = client.get(reverse("ansoegning:estimat_ydelse", args=["kontanthjaelp"])).content.decode()
        assert "Are you married?" in html and "Before tax." in html

    def test_the_estimate_rejects_bad_input_with_a_message(self, client, db):
        response = client.post(
            reverse("ansoegning:estimat_ydelse", args=["kontanthjaelp"]),
            {
                "alder": "tyve",
                "bor_hos_foraeldre": "nej",
                "antal_boern": "0",
                "arbejdsindtaegt": "0",
                "formue": "0",
            },
        )
        html = response.content.decode()
        assert "Write a whole number" in html
        assert 'id="estimat-beloeb"' not in html


class TestCprUnavailable:
    def test_the_citizen_fills_in_the_details_and_goes_on(self, logget_ind, cpr_nede):
        logget_ind.get(reverse("ansoegning:start", args=["tandpleje"]))
        data = {"adresse": "Gudrunsvej 8, 8220 Brabrand", "civilstand": "ugift", "foedselsdato": "31-02-1995"}
        response = logget_ind.post(_trin_url("ret-oplysninger"), data)
        assert response.status_code == 200
        assert "Write the date as day-month-year" in response.content.decode()
        kladde = Kladde.objects.get(ydelse="tandpleje")
        assert kladde.svar["adresse"] == "Gudrunsvej 8, 8220 Brabrand"
        response = logget_ind.post(_trin_url("ret-oplysninger"), {**data, "foedselsdato": "8.9.1995"})
        assert response["Location"] == _trin_url("forsoergelse")
        kladde.refresh_from_db()
        assert kladde.svar["foedselsdato"] == "1995-09-08"


class TestRemoveDocument:
    def test_a_document_can_be_taken_off_the_draft(self, logget_ind):
        kladde = _udfyld(logget_ind)
        kladde.dokument_uuids = ["8d1c5e0e-0000-4000-8000-000000000001"]
        kladde.save()
        logget_ind.post(
            reverse("ansoegning:dokumenter", args=["tandpleje"]),
            {"handling": "fjern", "dokument": "8d1c5e0e-0000-4000-8000-000000000001"},
        )
        kladde.refresh_from_db()
        assert kladde.dokument_uuids == []

    def test_continue_from_documents_goes_to_check_answers(self, logget_ind):
        _udfyld(logget_ind)
        response = logget_ind.post(reverse("ansoegning:dokumenter", args=["tandpleje"]), {"handling": "fortsaet"})
        assert response["Location"] == reverse("ansoegning:tjek", args=["tandpleje"])
