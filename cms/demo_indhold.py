"""The demo's guidance, in plain Danish and English, from the sourced rules in
``shared/reference/beregning-kilder*.md`` (amounts the sources mark as not
confirmed are not stated). Each page: (model, slug, {da}, {en})."""

from __future__ import annotations

import json


def tekst(overskrift, html, niveau="h2"):
    return {"type": "tekst", "value": {"overskrift": overskrift, "niveau": niveau, "tekst": html}}


def alert(variant, overskrift, html):
    return {"type": "alert", "value": {"variant": variant, "overskrift": overskrift, "tekst": html}}


def accordion(overskrift, punkter):
    return {
        "type": "accordion",
        "value": {"overskrift": overskrift, "punkter": [{"titel": t, "indhold": i} for t, i in punkter]},
    }


def trin(overskrift, punkter):
    return {"type": "trin", "value": {"overskrift": overskrift, "trin": [{"titel": t, "tekst": i} for t, i in punkter]}}


def knap(tekst_, maal, ydelse="", primaer=True):
    return {
        "type": "knap",
        "value": {"tekst": tekst_, "maal": maal, "side": None, "ydelse": ydelse, "primaer": primaer},
    }


def kontakt(titel):
    return {
        "type": "kontakt",
        "value": {
            "titel": titel,
            "tekst": "",
            "brug_indstillinger": True,
            "telefon": "",
            "email": "",
            "aabningstider": "",
        },
    }


def tjekliste(overskrift, punkter):
    return {"type": "tjekliste", "value": {"overskrift": overskrift, "punkter": punkter}}


def body(*blocks) -> str:
    return json.dumps(list(blocks))


YDELSER = {
    "kontanthjaelp": {
        "da": {
            "title": "Kontanthjælp",
            "intro": "Kontanthjælp er en økonomisk hjælp, hvis du ikke kan forsørge dig selv, fordi du for "
            "eksempel er blevet ledig, syg eller skilt.",
            "hvem": "<p>Du kan få kontanthjælp, hvis du</p><ul><li>har haft en social begivenhed, for eksempel "
            "ledighed, sygdom eller skilsmisse (aktivloven § 11)</li><li>ikke kan forsørge dig selv, og "
            "din eventuelle ægtefælle ikke kan forsørge dig</li><li>står til rådighed for arbejde og er "
            "tilmeldt Jobnet</li><li>ikke har formue over grænsen (aktivloven § 14).</li></ul>",
            "skal_bruge": "MitID\nDine lønsedler fra de seneste 3 måneder, hvis du har arbejdet\n"
            "Oplysninger om din formue, for eksempel kontoudtog",
            "tidsforbrug": "cirka 15 minutter",
            "behandlingstid": "",
            "udbetaling": "<p>Kontanthjælp udbetales bagud for en måned ad gangen til din NemKonto. Du får en "
            "afgørelse, hver gang beløbet ændrer sig.</p>",
            "body": body(
                alert(
                    "info",
                    "Tilmeld dig Jobnet først",
                    "<p>Du skal være tilmeldt som jobsøgende på Jobnet den dag, du søger. Ellers kan du tidligst "
                    "få hjælp fra den dag, du tilmelder dig.</p>",
                ),
                trin(
                    "Sådan søger du",
                    [
                        ("Tilmeld dig Jobnet", "<p>Gør det samme dag, som du søger.</p>"),
                        ("Søg her på siden", "<p>Log ind med MitID og svar på spørgsmålene. Dine svar gemmes.</p>"),
                        ("Send dokumenterne", "<p>Lønsedler og kontoudtog kan du tage billeder af.</p>"),
                        ("Få en afgørelse", "<p>Vi skriver til dig i Digital Post.</p>"),
                    ],
                ),
                accordion(
                    "Spørgsmål",
                    [
                        (
                            "Hvad hvis jeg har et job ved siden af?",
                            "<p>Din indtægt trækkes fra i hjælpen. Se vejledningen om indtægt.</p>",
                        ),
                        (
                            "Hvad hvis jeg er gift?",
                            "<p>Gifte har pligt til at forsørge hinanden. Din ægtefælles indtægt og formue tæller "
                            "med. Samlevende, der ikke er gift, har ikke den pligt.</p>",
                        ),
                    ],
                ),
                tjekliste(
                    "Det skal du også vide",
                    ["Du skal stå til rådighed for arbejde", "Du skal fortælle os, hvis din økonomi ændrer sig"],
                ),
                knap("Beregn hvad du kan få", "beregner", "kontanthjaelp", primaer=False),
                kontakt("Har du spørgsmål?"),
            ),
        },
        "en": {
            "title": "Social assistance (kontanthjælp)",
            "intro": "Social assistance is financial help if you cannot support yourself, for example because "
            "you have lost your job, fallen ill or separated.",
            "hvem": "<p>You can get social assistance if you</p><ul><li>have had a change in your life, for "
            "example unemployment, illness or divorce (Active Social Policy Act § 11)</li><li>cannot "
            "support yourself, and a spouse cannot support you</li><li>are available for work and "
            "registered on Jobnet</li><li>do not have assets above the limit (§ 14).</li></ul>",
            "skal_bruge": "MitID\nYour payslips from the last 3 months, if you have worked\n"
            "Information about your savings, for example bank statements",
            "tidsforbrug": "about 15 minutes",
            "behandlingstid": "",
            "udbetaling": "<p>Social assistance is paid in arrears, one month at a time, to your NemKonto. You "
            "get a decision every time the amount changes.</p>",
            "body": body(
                alert(
                    "info",
                    "Register on Jobnet first",
                    "<p>You must be registered as a jobseeker on Jobnet on the day you apply. Otherwise help "
                    "can start at the earliest on the day you register.</p>",
                ),
                trin(
                    "How to apply",
                    [
                        ("Register on Jobnet", "<p>Do it on the day you apply.</p>"),
                        (
                            "Apply on this site",
                            "<p>Log in with MitID and answer the questions. Your answers are saved.</p>",
                        ),
                        ("Send the documents", "<p>You can take photos of payslips and bank statements.</p>"),
                        ("Get a decision", "<p>We write to you in Digital Post.</p>"),
                    ],
                ),
                accordion(
                    "Questions",
                    [
                        (
                            "What if I have a job on the side?",
                            "<p>Your income is deducted from the help. See the guidance on income.</p>",
                        ),
                        (
                            "What if I am married?",
                            "<p>Spouses must support each other: your spouse's income and assets count. Unmarried "
                            "partners do not have that duty.</p>",
                        ),
                    ],
                ),
                tjekliste(
                    "Also good to know", ["You must be available for work", "You must tell us if your finances change"]
                ),
                knap("Estimate what you could get", "beregner", "kontanthjaelp", primaer=False),
                kontakt("Questions?"),
            ),
        },
    },
    "helbredstillaeg": {
        "da": {
            "title": "Helbredstillæg",
            "intro": "Helbredstillæg er hjælp til pensionister til udgifter til for eksempel medicin, tandlæge "
            "og fysioterapi.",
            "hvem": "<p>Du kan få helbredstillæg, hvis du</p><ul><li>får folkepension, eller førtidspension "
            "tilkendt før 1. januar 2003</li><li>har en personlig tillægsprocent over 0</li><li>har en "
            "likvid formue under grænsen den 1. januar (108.000 kr. i 2026) (pensionsloven § 14 a)."
            "</li></ul>",
            "skal_bruge": "MitID\nKvitteringer eller regninger for udgiften",
            "tidsforbrug": "cirka 10 minutter",
            "behandlingstid": "",
            "udbetaling": "<p>Tillægget dækker op til 85 % af din egen betaling, ganget med din personlige "
            "tillægsprocent (pensionsloven § 31, stk. 3).</p>",
            "body": body(
                alert(
                    "warning",
                    "Udvidet helbredstillæg: søg før du bestiller",
                    "<p>Til tandproteser, briller og fodbehandling uden tilskud fra regionen skal du søge, "
                    "før du bestiller behandlingen.</p>",
                ),
                kontakt("Har du spørgsmål?"),
            ),
        },
        "en": {
            "title": "Health supplement (helbredstillæg)",
            "intro": "The health supplement helps pensioners with costs such as medicine, the dentist and "
            "physiotherapy.",
            "hvem": "<p>You can get the health supplement if you</p><ul><li>receive the state pension, or an "
            "early retirement pension granted before 1 January 2003</li><li>have a personal supplement "
            "percentage above 0</li><li>have liquid assets below the limit on 1 January (DKK 108,000 in "
            "2026) (Social Pensions Act § 14 a).</li></ul>",
            "skal_bruge": "MitID\nReceipts or invoices for the cost",
            "tidsforbrug": "about 10 minutes",
            "behandlingstid": "",
            "udbetaling": "<p>The supplement covers up to 85% of what you pay yourself, multiplied by your "
            "personal supplement percentage (Social Pensions Act § 31(3)).</p>",
            "body": body(
                alert(
                    "warning",
                    "Extended health supplement: apply before you order",
                    "<p>For dentures, glasses and foot care without a regional subsidy you must apply before "
                    "you order the treatment.</p>",
                ),
                kontakt("Questions?"),
            ),
        },
    },
    "tandpleje": {
        "da": {
            "title": "Hjælp til tandpleje",
            "intro": "Får du kontanthjælp eller en ydelse på samme niveau, kan du få tilskud til tandlægen.",
            "hvem": "<p>Du kan få tilskud, hvis du får kontanthjælp eller en ydelse på samme niveau og "
            "opfylder de økonomiske betingelser (aktivloven § 82 a).</p>",
            "skal_bruge": "MitID\nRegningen eller overslaget fra tandlægen",
            "tidsforbrug": "cirka 5 minutter",
            "behandlingstid": "",
            "udbetaling": "<p>Du betaler selv de første 600 kr. om året. Er du 18 til 24 år, dækker tilskuddet "
            "resten. Er du 25 år eller ældre, dækker det 65 % af resten.</p>",
            "body": body(
                alert(
                    "warning",
                    "Over 10.000 kr.? Søg før behandlingen",
                    "<p>Koster behandlingen mere end 10.000 kr. i alt, skal du have godkendt den, før "
                    "tandlægen går i gang.</p>",
                ),
                knap("Beregn dit tilskud", "beregner", "tandpleje", primaer=False),
            ),
        },
        "en": {
            "title": "Help with dental care",
            "intro": "If you receive social assistance or a benefit at the same level, you can get help with "
            "the dentist's bill.",
            "hvem": "<p>You can get help if you receive social assistance or a benefit at the same level and "
            "meet the financial conditions (Active Social Policy Act § 82 a).</p>",
            "skal_bruge": "MitID\nThe dentist's invoice or estimate",
            "tidsforbrug": "about 5 minutes",
            "behandlingstid": "",
            "udbetaling": "<p>You pay the first DKK 600 a year yourself. If you are 18 to 24, the help covers "
            "the rest. From 25, it covers 65% of the rest.</p>",
            "body": body(
                alert(
                    "warning",
                    "Over DKK 10,000? Apply before the treatment",
                    "<p>If the treatment costs more than DKK 10,000 in total, it must be approved before the "
                    "dentist starts.</p>",
                ),
                knap("Estimate your help", "beregner", "tandpleje", primaer=False),
            ),
        },
    },
}

VEJLEDNING = {
    # parent benefit -> [(slug, featured, da, en)]
    "kontanthjaelp": [
        (
            "hvem-kan-faa-kontanthjaelp",
            True,
            {
                "title": "Hvem kan få kontanthjælp?",
                "intro": "Betingelserne kort: en social begivenhed, ingen anden forsørgelse, rådighed og formue.",
                "body": body(
                    tekst(
                        "Tre betingelser",
                        "<p>Du skal have haft en social begivenhed, du må ikke kunne forsørge dig "
                        "selv, og du skal stå til rådighed for arbejde (aktivloven § 11).</p>",
                    ),
                    tekst(
                        "Formue",
                        "<p>Har du penge i banken eller andre værdier, skal du bruge dem først. En mindre "
                        "formue ses der bort fra (aktivloven § 14).</p>",
                        "h3",
                    ),
                    tekst(
                        "Opholds- og beskæftigelseskrav",
                        "<p>Har du ikke boet og arbejdet i Danmark længe nok, "
                        "får du en lavere sats og har arbejdspligt.</p>",
                        "h3",
                    ),
                    knap("Søg kontanthjælp", "ansoegning", "kontanthjaelp"),
                ),
            },
            {
                "title": "Who can get social assistance?",
                "intro": "The conditions in short: a change in your life, no other support, availability and assets.",
                "body": body(
                    tekst(
                        "Three conditions",
                        "<p>You must have had a change in your life, be unable to support "
                        "yourself, and be available for work (Active Social Policy Act § 11).</p>",
                    ),
                    tekst(
                        "Assets",
                        "<p>If you have money in the bank or other assets, you must use them first. "
                        "Small savings are disregarded (§ 14).</p>",
                        "h3",
                    ),
                    tekst(
                        "Residence and employment requirement",
                        "<p>If you have not lived and worked in Denmark "
                        "long enough, you get a lower rate and have a duty to work.</p>",
                        "h3",
                    ),
                    knap("Apply for social assistance", "ansoegning", "kontanthjaelp"),
                ),
            },
        ),
        (
            "saadan-traekkes-indtaegt",
            True,
            {
                "title": "Sådan trækkes din indtægt fra",
                "intro": "Tjener du penge, mens du får kontanthjælp, trækkes en del af dem fra i hjælpen.",
                "body": body(
                    tekst(
                        "Fra 1. juli 2025",
                        "<p>Du kan tjene et fribeløb hver måned, før der trækkes noget. Af det, "
                        "du tjener over fribeløbet, trækkes 65 %. Fribeløbet afhænger af din sats.</p>",
                    ),
                    alert(
                        "info",
                        "Husk at indberette",
                        "<p>Indberet din indtægt hver måned her i portalen, så "
                        "beløbet bliver rigtigt. Ændrer hjælpen sig, får du en afgørelse.</p>",
                    ),
                    knap("Beregn hvad du kan få", "beregner", "kontanthjaelp", primaer=False),
                ),
            },
            {
                "title": "How your income is deducted",
                "intro": "If you earn money while on social assistance, part of it is deducted from the help.",
                "body": body(
                    tekst(
                        "From 1 July 2025",
                        "<p>You can earn an allowance each month before anything is deducted. "
                        "65% of what you earn above the allowance is deducted. The allowance depends on your "
                        "rate.</p>",
                    ),
                    alert(
                        "info",
                        "Remember to report",
                        "<p>Report your income every month on this site so the "
                        "amount is right. If the help changes, you get a decision.</p>",
                    ),
                    knap("Estimate what you could get", "beregner", "kontanthjaelp", primaer=False),
                ),
            },
        ),
    ],
    "helbredstillaeg": [
        (
            "helbredstillaeg-for-pensionister",
            True,
            {
                "title": "Helbredstillæg for pensionister",
                "intro": "Hvad tillægget dækker, og hvordan din tillægsprocent bestemmer beløbet.",
                "body": body(
                    tekst(
                        "Det dækker tillægget",
                        "<p>Medicin, tandlæge, høreapparat, fysioterapi, fodterapi, psykolog "
                        "og kiropraktor, når regionen giver tilskud.</p>",
                    ),
                    tekst(
                        "Sådan regnes det",
                        "<p>Op til 85 % af din egen betaling. Er din personlige tillægsprocent "
                        "75, får du 75 % af det beløb.</p>",
                        "h3",
                    ),
                    knap("Søg helbredstillæg", "ansoegning", "helbredstillaeg"),
                ),
            },
            {
                "title": "Health supplement for pensioners",
                "intro": "What the supplement covers, and how your supplement percentage sets the amount.",
                "body": body(
                    tekst(
                        "What it covers",
                        "<p>Medicine, the dentist, hearing aids, physiotherapy, chiropody, a "
                        "psychologist and a chiropractor, where the region gives a subsidy.</p>",
                    ),
                    tekst(
                        "How it is calculated",
                        "<p>Up to 85% of what you pay yourself. If your personal "
                        "supplement percentage is 75, you get 75% of that amount.</p>",
                        "h3",
                    ),
                    knap("Apply for the health supplement", "ansoegning", "helbredstillaeg"),
                ),
            },
        ),
    ],
    "tandpleje": [
        (
            "tilskud-til-tandlaegen",
            True,
            {
                "title": "Tilskud til tandlægen",
                "intro": "Egenbetaling, procenter og forhåndsgodkendelse efter aktivloven § 82 a.",
                "body": body(
                    tjekliste("Det skal du bruge", ["Regningen eller overslaget", "Dato for behandlingen"]),
                    tekst(
                        "Så meget betaler du selv",
                        "<p>600 kr. om året. Derefter dækker tilskuddet 100 %, hvis du "
                        "er 18 til 24 år, og 65 %, hvis du er 25 år eller ældre.</p>",
                    ),
                    knap("Søg tilskud", "ansoegning", "tandpleje"),
                ),
            },
            {
                "title": "Help with the dentist's bill",
                "intro": "Your own share, the percentages and prior approval under § 82 a.",
                "body": body(
                    tjekliste("What you need", ["The invoice or estimate", "The date of the treatment"]),
                    tekst(
                        "How much you pay",
                        "<p>DKK 600 a year. After that the help covers 100% if you are 18 to "
                        "24, and 65% if you are 25 or older.</p>",
                    ),
                    knap("Apply for help", "ansoegning", "tandpleje"),
                ),
            },
        ),
    ],
}

FASTE_SIDER = [
    # (model name, slug, da, en)
    (
        "KontaktPage",
        "kontakt",
        {"title": "Kontakt", "intro": "Sådan kommer du i kontakt med os.", "body": body()},
        {"title": "Contact", "intro": "How to reach us.", "body": body()},
    ),
    (
        "TilgaengelighedPage",
        "tilgaengelighedserklaering",
        {
            "title": "Tilgængelighedserklæring",
            "intro": "Kommunen skal gøre sine websteder tilgængelige efter lov om tilgængelighed af offentlige "
            "organers websteder og mobilapplikationer.",
            "body": body(
                tekst(
                    "Det er ikke tilgængeligt",
                    "<p>PDF-breve fra før december 2026 er ikke alle mærket til skærmlæsere.</p>",
                ),
                tekst(
                    "Fandt du en fejl?",
                    "<p>Skriv til os, så retter vi den. Er du ikke tilfreds med svaret, kan "
                    "du klage til Digitaliseringsstyrelsen.</p>",
                ),
                kontakt("Kontakt"),
            ),
        },
        {
            "title": "Accessibility statement",
            "intro": "The municipality must make its websites accessible under the Danish act on the accessibility "
            "of public sector websites and mobile applications.",
            "body": body(
                tekst(
                    "What is not accessible",
                    "<p>Not all PDF letters from before December 2026 are tagged for screen readers.</p>",
                ),
                tekst(
                    "Found a problem?",
                    "<p>Write to us and we will fix it. If you are not satisfied with the "
                    "answer, you can complain to the Danish Agency for Digital Government.</p>",
                ),
                kontakt("Contact"),
            ),
        },
    ),
    (
        "PrivatlivPage",
        "privatlivspolitik",
        {
            "title": "Sådan behandler vi dine personoplysninger",
            "intro": "Når du søger om hjælp, indberetter eller skriver til os, behandler kommunen oplysninger om "
            "dig. Her kan du læse hvilke, hvorfor og hvilke rettigheder du har.",
            "body": body(
                tekst(
                    "Hvem er ansvarlig",
                    "<p>Kommunen er dataansvarlig for de oplysninger, du giver os her, og for dem, vi henter "
                    "om dig. Kommunens databeskyttelsesrådgiver kan kontaktes via kommunens kontaktoplysninger "
                    "nedenfor.</p>",
                ),
                tekst(
                    "Hvorfor og med hvilken ret",
                    "<p>Vi bruger oplysningerne til at behandle din sag og udbetale hjælpen. Det er en opgave, "
                    "kommunen har efter lovgivningen (databeskyttelsesforordningens artikel 6, stk. 1, litra c "
                    "og e, og for helbredsoplysninger artikel 9, stk. 2). Dit CPR-nummer bruger vi til at "
                    "identificere dig (databeskyttelseslovens § 11, stk. 1).</p>",
                ),
                tekst(
                    "Hvilke oplysninger og hvorfra",
                    "<p>Det, du skriver i ansøgningen, og de dokumenter, du sender. Vi henter også oplysninger "
                    "fra CPR-registeret (navn, adresse, civilstand, børn) og fra indkomstregisteret "
                    "(eIndkomst) om din indtægt. Sagsbehandlerne kan se, hvor og hvornår hver oplysning er "
                    "hentet.</p>",
                ),
                tekst(
                    "Hvem får dem",
                    "<p>Breve sendes til din digitale postkasse (Digital Post). Udbetalinger går via "
                    "NemKonto. Oplysninger om dine sager og ydelser vises på borger.dk (Mit Overblik). Vi "
                    "videregiver kun, hvad loven kræver eller tillader.</p>",
                ),
                tekst(
                    "Hvor længe",
                    "<p>En ansøgning, du ikke sender, slettes efter 90 dage. Sager gemmes, så længe "
                    "kommunen efter reglerne om arkivering skal gemme dem.</p>",
                ),
                tekst(
                    "Dine rettigheder",
                    "<p>Du har ret til at se de oplysninger, vi har om dig, til at få forkerte oplysninger "
                    "rettet og i visse tilfælde til at få behandlingen begrænset eller gøre indsigelse. Du kan "
                    "klage til Datatilsynet, www.datatilsynet.dk.</p>",
                ),
                tekst(
                    "Cookies",
                    "<p>Portalen sætter kun de cookies, der er nødvendige for, at du kan logge ind og bruge "
                    "den: en sessionscookie (og en til at vise dine ydelser på borger.dk), en sikkerhedscookie "
                    "mod falske formularer og dit valg af sprog. "
                    "Vi bruger ikke cookies til statistik eller markedsføring.</p>",
                ),
                kontakt("Kontakt"),
            ),
        },
        {
            "title": "How we process your personal data",
            "intro": "When you apply for help, report income or write to us, the municipality processes "
            "information about you. Here you can read what, why, and what rights you have.",
            "body": body(
                tekst(
                    "Who is responsible",
                    "<p>The municipality is the data controller for the information you give us here and the "
                    "information we fetch about you. You can reach the municipality's data protection officer "
                    "through the contact details below.</p>",
                ),
                tekst(
                    "Why and on what basis",
                    "<p>We use the information to handle your case and pay the help. It is a task the law gives "
                    "the municipality (the GDPR, article 6(1)(c) and (e), and for health data article 9(2)). We "
                    "use your CPR number to identify you (section 11(1) of the Danish Data Protection Act).</p>",
                ),
                tekst(
                    "What information and from where",
                    "<p>What you write in the application and the documents you send. We also fetch "
                    "information from the CPR register (name, address, marital status, children) and from the "
                    "income register (eIndkomst) about your income. Caseworkers can see where and when each "
                    "piece of information was fetched.</p>",
                ),
                tekst(
                    "Who receives it",
                    "<p>Letters go to your digital mailbox (Digital Post). Payments go through NemKonto. "
                    "Information about your cases and benefits is shown on borger.dk (My Overview). We pass on "
                    "only what the law requires or allows.</p>",
                ),
                tekst(
                    "How long",
                    "<p>An application you do not send is deleted after 90 days. Cases are kept as long as the "
                    "archiving rules require the municipality to keep them.</p>",
                ),
                tekst(
                    "Your rights",
                    "<p>You have the right to see the information we hold about you, to have wrong information "
                    "corrected and in some cases to have the processing restricted or to object. You can "
                    "complain to the Danish Data Protection Agency, www.datatilsynet.dk.</p>",
                ),
                tekst(
                    "Cookies",
                    "<p>The portal sets only the cookies you need to log in and use it: a session cookie (and one "
                    "to show your benefits on borger.dk), a security cookie against forged forms and your "
                    "choice of language. We use no cookies for "
                    "statistics or marketing.</p>",
                ),
                kontakt("Contact"),
            ),
        },
    ),
    (
        "OmPage",
        "om-ydelsesportalen",
        {
            "title": "Om Ydelsesportalen",
            "intro": "Her kan du søge om økonomisk hjælp, indberette indtægt og følge din sag.",
            "body": body(
                tekst(
                    "Hvem står bag",
                    "<p>Portalen drives af kommunen. Dine oplysninger bruges kun til at behandle din sag.</p>",
                )
            ),
        },
        {
            "title": "About Ydelsesportalen",
            "intro": "Here you can apply for financial help, report income and follow your case.",
            "body": body(
                tekst(
                    "Who runs it",
                    "<p>The portal is run by the municipality. Your information is used only to handle your case.</p>",
                )
            ),
        },
    ),
]

HJEM = {
    "da": "<p>Læs om hjælpen, beregn hvad du kan få, og søg med MitID.</p>",
    "en": "<p>Read about the help, estimate what you could get, and apply with MitID.</p>",
}

INDSTILLINGER = {
    "kobenhavn": {
        "telefon": "33 66 33 66",
        "email": "ydelser@kk.example",
        "adresse": "Københavns Rådhus\n1599 København V",
    },
    "aarhus": {
        "telefon": "89 40 20 00",
        "email": "ydelser@aarhus.example",
        "adresse": "Rådhuspladsen 2\n8000 Aarhus C",
    },
    "aalborg": {
        "telefon": "99 31 31 31",
        "email": "ydelser@aalborg.example",
        "adresse": "Boulevarden 13\n9000 Aalborg",
    },
}
