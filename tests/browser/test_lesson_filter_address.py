"""The lesson filter keeps its state in the address: a teacher shares a link and the
colleague who opens it sees the same list. Real Chromium, JavaScript on."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser

HOME = "escuela-de-heroes/index.html"
SHOWN = """() => [...document.querySelectorAll('[data-lessons-list] [data-grados]')]
  .filter(i => !i.hidden && i.getClientRects().length > 0)
  .map(i => i.querySelector('a').textContent.trim())"""


def test_a_shared_filtered_link_opens_the_same_list(visitor):
    visitor.visit(HOME + "?grado=primaria-4&tema=honestidad&duracion=31-60")
    page = visitor.page
    assert page.locator("#filtro-grado").input_value() == "primaria-4"
    assert page.locator("#filtro-tema").input_value() == "honestidad"
    assert page.locator("#filtro-duracion").input_value() == "31-60"
    assert page.evaluate(SHOWN) == ["La cartera perdida"]
    assert "Se muestra 1 de" in page.locator("[data-lessons-status]").text_content()


def test_choosing_a_filter_writes_it_into_the_address(visitor):
    visitor.visit(HOME)
    page = visitor.page
    page.select_option("#filtro-grado", "primaria-4")
    page.select_option("#filtro-tema", "honestidad")
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"grado": ["primaria-4"], "tema": ["honestidad"]}
    shown = page.evaluate(SHOWN)
    page.reload()
    assert page.evaluate(SHOWN) == shown  # the copied address gives the same list
    page.select_option("#filtro-grado", "")
    assert "grado" not in parse_qs(urlsplit(page.url).query)


def test_an_unknown_value_in_the_address_shows_every_lesson(visitor):
    visitor.visit(HOME + "?grado=primaria-99")
    page = visitor.page
    assert page.locator("#filtro-grado").input_value() == ""
    assert len(page.evaluate(SHOWN)) >= 12
