"""A missing address gets the Spanish 404 page, with its styles, search and sections (issue 12)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("address", ["/no-existe", "/estados/no-existe/"])
def test_a_missing_address_gets_the_spanish_not_found_page(browser, origin, address):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        response = page.goto(origin + address)
        assert response.status == 404
        assert page.locator("h1").inner_text() == "No encontramos esta página"
        # The theme's styles load at any depth: the footer has its soft background.
        footer = page.locator("footer.vt-footer")
        assert footer.evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"
        sections = page.locator("main li a")
        assert sections.count() >= 5
        page.get_by_label("Busca lo que necesitas").fill("denuncia")
        with page.expect_navigation():
            page.get_by_role("button", name="Buscar").last.click()
        assert page.url.startswith(origin + "/buscar/?q=denuncia")
        assert page.locator("h1").inner_text() == "Buscar en el sitio"
    finally:
        context.close()
