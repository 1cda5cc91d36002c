"""Dates read the same way on pages and in letters, in each language."""

from __future__ import annotations

import datetime as dt

from django.template import Context, Template
from django.utils import translation

from backend_core.breve.formatering import formater_dato


def test_page_dates_are_written_as_the_letters_write_them():
    dag = dt.date(2026, 12, 1)
    skabelon = Template('{{ d|date:"DATE_FORMAT" }}|{{ d|date:"SHORT_DATE_FORMAT" }}')
    with translation.override("en"):
        lang, kort = skabelon.render(Context({"d": dag})).split("|")
        assert lang == formater_dato(dag, "en") == "1 December 2026"
        assert kort == "01/12/2026"  # day first, never the American 12/01/2026
    with translation.override("da"):
        lang, kort = skabelon.render(Context({"d": dag})).split("|")
        assert lang == formater_dato(dag, "da") == "1. december 2026"
        assert kort == "01.12.2026"


def test_the_favicon_a_browser_asks_for_is_found(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("portal/img/favicon.svg")
