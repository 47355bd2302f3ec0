"""`invoke livereload` refreshes the open tab by itself after an edit (real Chromium)."""

from __future__ import annotations

import pytest

from tests.test_livereload import fetch, livereload, wait_for  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


def test_open_tab_reloads_itself_after_an_edit(browser, livereload):  # noqa: F811
    project, base = livereload.project, livereload.base
    assert wait_for(lambda: fetch(f"{base}/acerca/"))
    context = browser.new_context(locale="es-MX")
    try:
        tab = context.new_page()
        tab.goto(f"{base}/acerca/")
        tab.evaluate("window.__sinRecargar = true")
        source = project / "content" / "pages" / "acerca.md"
        source.write_text(
            source.read_text(encoding="utf-8").replace(
                "title: Acerca de este sitio", "title: Acerca de Ventana, versión nueva"
            ),
            encoding="utf-8",
        )
        tab.wait_for_function(
            "document.querySelector('h1') && "
            "document.querySelector('h1').textContent.includes('versión nueva')",
            timeout=120_000,
        )
        assert tab.evaluate("window.__sinRecargar === undefined")  # a real reload happened
    finally:
        context.close()
