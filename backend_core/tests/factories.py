"""Test data. ``SagFactory`` has one trait per case status
(``SagFactory(afgjort=True)``); traits set the status directly, inside the
privileged block the factories share with ``services.sag`` only."""

from __future__ import annotations

import datetime
import uuid

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from backend_core.aktoer import Aktoer
from backend_core.constants import (
    AktoerType,
    DokumentKategori,
    Rolle,
    SagStatus,
    Udfald,
    Ydelsestype,
)
from backend_core.models import (
    Afgoerelse,
    Ansoegning,
    Beregning,
    Besked,
    Borger,
    Dokument,
    Kommune,
    Medarbejder,
    Sag,
    Udbetaling,
)
from backend_core.models.sag import statusskrivning_tilladt


def kontanthjaelp_input(**ansoeger) -> dict:
    return {
        "ydelse": "kontanthjaelp",
        "maaned": "2026-03",
        "ansoeger": {
            "foedselsdato": "1990-05-01",
            "bor_hos_foraeldre": False,
            "erhvervskompetencegivende_uddannelse": True,
            "opfylder_opholdskrav": True,
            "opfylder_beskaeftigelseskrav": True,
            "aktivitetsparat": True,
            "arbejdsindtaegt": "0.00",
            "arbejdstimer": "0",
            "anden_indtaegt": "0.00",
            "formue": "0.00",
            **ansoeger,
        },
        "aegtefaelle": None,
        "boern": [],
    }


def tandpleje_input() -> dict:
    return {
        "ydelse": "tandpleje",
        "dato": "2026-03-01",
        "foedselsdato": "1990-05-01",
        "modtager_kontanthjaelp": True,
        "udgift": "4000.00",
        "betalt_egenbetaling_i_aar": "0.00",
    }


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"bruger-{n}")


class KommuneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kommune
        django_get_or_create = ("kode",)

    kode = factory.Sequence(lambda n: f"{(n % 9000) + 100:04d}")
    navn = factory.Sequence(lambda n: f"Kommune {n}")
    slug = factory.Sequence(lambda n: f"kommune-{n}")


class BorgerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Borger

    cpr = factory.Sequence(lambda n: f"{n % 28 + 1:02d}{n // 28 % 12 + 1:02d}80{3000 + n % 1000:04d}")
    user = factory.SubFactory(UserFactory, username=factory.LazyFunction(lambda: f"borger-{uuid.uuid4()}"))
    fornavn = "Test"
    efternavn = factory.Sequence(lambda n: f"Borger{n}")
    adresse = "Testvej 1"
    postnummer = "1000"
    by = "København K"
    kommune = factory.SubFactory(KommuneFactory)
    cpr_opdateret = factory.LazyFunction(timezone.now)


class MedarbejderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Medarbejder

    user = factory.SubFactory(UserFactory, is_staff=True)
    kommune = factory.SubFactory(KommuneFactory)
    rolle = Rolle.SAGSBEHANDLER

    class Params:
        koordinator = factory.Trait(rolle=Rolle.KOORDINATOR)
        kommunikator = factory.Trait(rolle=Rolle.KOMMUNIKATOR)
        administrator = factory.Trait(rolle=Rolle.ADMINISTRATOR)


class SagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sag

    reference = factory.LazyFunction(lambda: f"YP-{uuid.uuid4().hex[:10].upper()}")
    borger = factory.SubFactory(BorgerFactory)
    kommune = factory.SelfAttribute("borger.kommune")
    ydelse = Ydelsestype.KONTANTHJAELP
    status = SagStatus.MODTAGET

    class Params:
        modtaget = factory.Trait(status=SagStatus.MODTAGET)
        under_behandling = factory.Trait(status=SagStatus.UNDER_BEHANDLING)
        afventer_borger = factory.Trait(status=SagStatus.AFVENTER_BORGER)
        afgjort = factory.Trait(status=SagStatus.AFGJORT, afgjort_tid=factory.LazyFunction(timezone.now))
        lukket = factory.Trait(status=SagStatus.LUKKET, lukket_tid=factory.LazyFunction(timezone.now))

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with statusskrivning_tilladt():
            return super()._create(model_class, *args, **kwargs)


class BeregningFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Beregning

    sag = factory.SubFactory(SagFactory)
    ydelse = Ydelsestype.KONTANTHJAELP
    periode = "2026-03"
    input = factory.LazyFunction(kontanthjaelp_input)
    resultat = factory.LazyAttribute(lambda o: __import__("beregning").beregn(o.input))
    berettiget = factory.LazyAttribute(lambda o: o.resultat["berettiget"])
    beloeb = factory.LazyAttribute(lambda o: o.resultat["beloeb"])
    linjer = factory.LazyAttribute(lambda o: o.resultat["linjer"])


class AnsoegningFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ansoegning

    sag = factory.SubFactory(SagFactory)
    borger = factory.SelfAttribute("sag.borger")
    ydelse = factory.SelfAttribute("sag.ydelse")
    svar = factory.LazyFunction(dict)
    beregning_input = factory.LazyFunction(kontanthjaelp_input)
    form_version = "test-1"
    idempotency_key = factory.LazyFunction(lambda: uuid.uuid4().hex)
    indsendt_af = AktoerType.BORGER


class AfgoerelseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Afgoerelse

    sag = factory.SubFactory(SagFactory, afgjort=True)
    udfald = Udfald.BEVILGET
    beloeb = "14201.00"
    begrundelse = "Du opfylder betingelserne."


class DokumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dokument

    borger = factory.SubFactory(BorgerFactory)
    sag = None
    kategori = DokumentKategori.ANDET
    filnavn = "bilag.pdf"
    mimetype = "application/pdf"
    stoerrelse = 10
    sha256 = "0" * 64
    lagernoegle = factory.LazyFunction(lambda: f"bilag/test/{uuid.uuid4()}.pdf")
    oprettet_af = AktoerType.BORGER


class BeskedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Besked

    sag = factory.SubFactory(SagFactory)
    afsender = "borger"
    tekst = "Hej"


class UdbetalingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Udbetaling

    sag = factory.SubFactory(SagFactory, afgjort=True)
    borger = factory.SelfAttribute("sag.borger")
    maaned = "2026-03"
    beloeb = "14201.00"
    udbetalingsdato = datetime.date(2026, 2, 27)
    begrundelse = factory.LazyFunction(
        lambda: [
            {
                "tekst": "Sats for enlige over 30 år",
                "tekst_en": "Rate for single people over 30",
                "beloeb": "13227.00",
                "hjemmel": "LAS § 22, stk. 1, nr. 3",
            },
            {
                "tekst": "Tillæg til enlige uden børn",
                "tekst_en": "Supplement for single people without children",
                "beloeb": "974.00",
                "hjemmel": "LAS § 25, stk. 6",
            },
        ]
    )


def borger_aktoer(borger: Borger) -> Aktoer:
    return Aktoer(type=AktoerType.BORGER, user=borger.user, borger=borger)


def medarbejder_aktoer(medarbejder: Medarbejder) -> Aktoer:
    return Aktoer(type=AktoerType.MEDARBEJDER, user=medarbejder.user, medarbejder=medarbejder)
