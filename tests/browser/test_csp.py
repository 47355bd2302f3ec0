"""The site's Content-Security-Policy, enforced by real Chromium with no bypass: the
theme's own scripts run (the lesson filter works), nothing on any page is refused, and
a script that someone slips into a page is blocked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.browse import DESKTOP, Visitor

pytestmark = pytest.mark.browser

# Runs before any script of the page (an init script is not subject to the page's policy).
_LISTEN = """window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(
  `${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));"""
_SHOWN = """() => [...document.querySelectorAll('[data-lessons-list] [data-grados]')]
  .filter(i => !i.hidden && i.getClientRects().length > 0).length"""
_SLIP_IN = """() => new Promise((done) => {
  const s = document.createElement('script');
  s.textContent = 'window.__slippedIn = true';
  document.body.append(s);
  const img = document.createElement('img');
  img.src = 'https://rastreo.ejemplo.com/pixel.gif';
  document.body.append(img);
  setTimeout(() => done(window.__slippedIn === true), 200);
})"""


class Enforced(Visitor):
    """A tab that keeps the site's policy and records every violation and console error."""

    def __init__(self, context, origin: str) -> None:
        super().__init__(context, origin)
        self.console: list[str] = []
        context.add_init_script(_LISTEN)
        self.page.on("console", self._on_console)

    def _on_console(self, message) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)

    def violations(self) -> list[str]:
        return [*self.page.evaluate("window.__cspViolations || []"), *self.console]


@pytest.fixture(scope="module")
def enforced(browser, origin) -> Iterator[Enforced]:
    context = browser.new_context(viewport=DESKTOP, locale="es-MX", service_workers="block")
    yield Enforced(context, origin)
    context.close()


def test_no_page_breaks_its_own_policy(enforced, pages):
    broken = {}
    for rel in pages:
        enforced.console.clear()
        visit = enforced.visit(rel)
        assert visit.status == 200, rel
        if found := enforced.violations():
            broken[rel] = found
    assert not broken, broken
    assert len(pages) > 50


def test_the_lesson_filter_runs_under_the_policy(enforced):
    enforced.console.clear()
    enforced.visit("escuela-de-heroes/index.html")
    page = enforced.page
    everything = page.evaluate(_SHOWN)
    page.select_option("#filtro-grado", "primaria-4")
    assert 0 < page.evaluate(_SHOWN) < everything
    assert "Se muestra" in page.locator("[data-lessons-status]").text_content()
    assert not enforced.violations()


def test_a_script_slipped_into_a_page_is_blocked(enforced):
    enforced.console.clear()
    enforced.visit("glosario/index.html")
    assert enforced.page.evaluate(_SLIP_IN) is False
    found = enforced.violations()
    assert any("script-src" in v for v in found), found
    assert any("img-src" in v and "rastreo.ejemplo.com" in v for v in found), found
