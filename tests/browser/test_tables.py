"""Tables on phones (issue 12 §4): a table that does not fit sits in a scroll region that is
focusable and named by its caption, with a visible hint; no caption is cut; the page itself
never scrolls sideways."""

from __future__ import annotations

import time

import pytest

from tests.browser.browse import DESKTOP
from tests.browser.layout import PHONES

pytestmark = pytest.mark.browser

# One page of each kind that shows tables.
TABLE_PAGES = [
    "estados/jalisco/index.html",
    "estados/index.html",
    "infografias/plataforma-digital-nacional/index.html",
    "datos/index.html",
    "escuela-de-heroes/que-es-la-corrupcion/index.html",
]

# For each table: does it fit, its named scroll region (if any), its caption, the hint.
_TABLES = """() => {
  const name = (el) => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
    const text = ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ');
    return (text || el.getAttribute('aria-label') || '').trim();
  };
  const shown = (el) => !!el && getComputedStyle(el).display !== 'none'
    && el.getBoundingClientRect().height > 0;
  const root = document.documentElement;
  return {
    page: {scroll: root.scrollWidth, width: innerWidth},
    tables: [...document.querySelectorAll('main table')].map((table, i) => {
      const box = table.parentElement;
      const region = table.closest('[role="region"]');
      const caption = table.querySelector('caption');
      const c = caption && caption.getBoundingClientRect();
      const view = (region || box).getBoundingClientRect();
      return {
        label: caption ? caption.textContent.trim() : `tabla ${i + 1} sin título`,
        fits: table.getBoundingClientRect().width <= box.clientWidth + 1,
        region: !!region && region.tabIndex === 0 && region.getAttribute('tabindex') === '0',
        name: region ? name(region) : '',
        captionCut: !caption || caption.scrollWidth > caption.clientWidth + 1
          || c.left < view.left - 1 || c.right > view.right + 1,
        hint: region ? shown(region.querySelector('.vt-table-wrap__hint')) : false,
      };
    }),
  };
}"""


def _problems(rel: str, width: int, found: dict) -> list[str]:
    where = f"{rel} a {width} px"
    problems = []
    if found["page"]["scroll"] > found["page"]["width"]:
        problems.append(f"{where}: la página se desplaza de lado ({found['page']['scroll']} px)")
    for t in found["tables"]:
        if not t["fits"] and not (t["region"] and t["name"]):
            problems.append(f"{where}: «{t['label']}» no cabe y no está en una región con nombre")
        if t["region"] and t["name"] != t["label"]:
            problems.append(f"{where}: la región de «{t['label']}» se llama «{t['name']}»")
        if t["captionCut"]:
            problems.append(f"{where}: el título de «{t['label']}» queda cortado")
        if t["region"] and t["hint"] != (width < 640):
            state = "se ve" if t["hint"] else "no se ve"
            problems.append(f"{where}: el aviso «Desliza…» de «{t['label']}» {state}")
    return problems


@pytest.mark.parametrize("rel", TABLE_PAGES)
def test_tables_fit_or_scroll_in_a_named_region(visitor, pages, rel):
    assert rel in pages, f"la página {rel} no está en el sitio generado"
    problems, tables = [], 0
    for viewport in [*PHONES, DESKTOP]:
        visit = visitor.visit(rel, viewport)
        assert visit.status == 200, rel
        found = visitor.page.evaluate(_TABLES)
        tables = len(found["tables"])
        problems += _problems(rel, viewport["width"], found)
    assert tables, f"{rel} ya no tiene tablas: elige otra página para esta prueba"
    assert not problems, "\n".join(problems)


def test_a_wide_table_really_scrolls_on_a_phone(visitor, artifacts):
    """The comparison of the 32 states is wider than a phone: it must be the region that
    scrolls, reachable with the keyboard, with the hint in view. A screenshot of the
    scrolled table is kept in test-artifacts/browser/ for a person to look at."""
    visitor.visit("estados/index.html", PHONES[0])
    region = visitor.page.locator('[role="region"][aria-labelledby="tabla-comparacion"]')
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")
    region.focus()
    visitor.page.keyboard.press("ArrowRight")
    assert region.evaluate("el => document.activeElement === el")
    # The browser scrolls a moment after the key press (smoothly on some builds): poll.
    deadline = time.monotonic() + 5
    while region.evaluate("el => el.scrollLeft") == 0 and time.monotonic() < deadline:
        visitor.page.wait_for_timeout(50)
    assert region.evaluate("el => el.scrollLeft > 0")
    assert region.locator(".vt-table-wrap__hint").is_visible()
    region.evaluate("el => el.scrollIntoView()")
    (artifacts / "browser").mkdir(exist_ok=True)
    visitor.page.screenshot(path=str(artifacts / "browser" / "tabla-estados-320.png"))
