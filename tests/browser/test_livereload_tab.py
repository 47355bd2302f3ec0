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
        refused = []  # the page's policy allows the injected reload script by its hash
        tab.on("console", lambda m: refused.append(m.text) if "Security Policy" in m.text else None)
        tab.goto(f"{base}/acerca/")
        tab.evaluate("window.__sinRecargar = true")
        source = project / "content" / "pages" / "acerca.md"
        source.write_text(
            source.read_text(encoding="utf-8").replace(
                "title: Acerca de este sitio", "title: Acerca de Ventana, versión nueva"
            ),
            encoding="utf-8",
        )
        # A locator, not wait_for_function: the page's policy forbids evaluating strings.
        tab.locator("h1", has_text="versión nueva").wait_for(timeout=120_000)
        assert tab.evaluate("window.__sinRecargar === undefined")  # a real reload happened
        assert not refused, refused
    finally:
        context.close()
