"""Tables on phones (issue 12 §4): a table that does not fit sits in a scroll region that is
focusable and named by its caption, with a visible hint; no caption is cut; the page itself
never scrolls sideways. A stacked table (a state's steps) becomes one block per row on a
phone, each value beside its column's name, and stays an ordinary table on a wide screen."""

from __future__ import annotations

import time

import pytest

from tests.browser.axe import describe, run_axe
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
        stack: table.classList.contains('vt-table--stack'),
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
        if t["region"] and t["hint"] != (width < 640 and not t["stack"]):
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


# Pages whose tables stack on a phone: how many stacked tables, and the screenshot's name.
STACKED_PAGES = {
    "estados/jalisco/index.html": (4, "tabla-estado-apilada-320.png"),
    "escuela-de-heroes/que-es-la-corrupcion/index.html": (1, "rubrica-apilada-320.png"),
    "infografias/plataforma-digital-nacional/index.html": (1, "comparacion-apilada-320.png"),
}

# Each stacked table: does its region scroll, how it is displayed, and for each value shown
# the column it names (data-label), the column's header, and where the value starts
# against the cell's first line (the label is generated text before it, on that line).
_STACKED = """() => [...document.querySelectorAll('main table.vt-table--stack')].map((table) => {
  const region = table.closest('[role="region"]');
  const heads = [...table.querySelector('thead tr').children].map(th => th.textContent.trim());
  const cells = [...table.querySelectorAll('tbody td')]
    .filter(td => td.getBoundingClientRect().height > 0)
    .map((td) => {
      const style = getComputedStyle(td);
      const box = td.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(td);
      const first = [...range.getClientRects()].find(r => r.width > 0) || box;
      return {
        row: td.parentElement.querySelector('th').textContent.trim(),
        value: td.textContent.trim(),
        dataLabel: td.dataset.label || '',
        header: heads[[...td.parentElement.children].indexOf(td)] || '',
        before: getComputedStyle(td, '::before').content,
        gap: first.left - box.left,
        drop: first.top - (box.top + parseFloat(style.paddingTop)),
        line: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2,
        inside: first.right <= box.right + 1,
      };
    });
  return {
    caption: table.querySelector('caption').textContent.trim(),
    scrolls: region.scrollWidth > region.clientWidth + 1,
    display: getComputedStyle(table).display,
    rowDisplay: getComputedStyle(table.querySelector('tbody tr')).display,
    role: table.getAttribute('role'),
    cells,
  };
})"""


def _stack_problems(tables: list[dict]) -> list[str]:
    """At 320 px: no sideways scroll, and every value on its label's line, right after it."""
    problems = []
    for t in tables:
        where = f"«{t['caption']}» a 320 px"
        if t["display"] != "block" or t["rowDisplay"] != "block":
            problems.append(f"{where}: no se apila (tabla {t['display']}, fila {t['rowDisplay']})")
        if t["scrolls"]:
            problems.append(f"{where}: se desplaza de lado")
        if t["role"] != "table":
            problems.append(f'{where}: sin role="table" (un lector de pantalla perdería la tabla)')
        for c in t["cells"]:
            cell = f"{where}, «{c['row']}» / {c['header']}"
            if c["dataLabel"] != c["header"]:
                problems.append(f"{cell}: la etiqueta dice «{c['dataLabel']}»")
            if c["before"] in ("none", "normal", ""):
                problems.append(f"{cell}: no muestra su etiqueta")
            # The label (about 5em) hangs before the value, which starts on its line; or
            # (vt-table--labels-above) the label has its own line and the value is right under.
            beside = c["line"] * 2 <= c["gap"] <= c["line"] * 8 and abs(c["drop"]) <= c["line"] / 2
            under = c["gap"] <= c["line"] and c["line"] / 2 < c["drop"] <= c["line"] * 1.6
            if not (beside or under):
                problems.append(
                    f"{cell}: «{c['value'][:30]}» no queda junto a su etiqueta "
                    f"(a {c['gap']:.0f} px de lado, {c['drop']:.0f} px abajo)"
                )
            if not c["inside"]:
                problems.append(f"{cell}: «{c['value'][:30]}» se sale de su recuadro")
    return problems


@pytest.mark.parametrize("rel", STACKED_PAGES)
def test_stacked_tables_are_lists_on_a_phone_and_tables_on_a_desktop(
    visitor, node_tools, artifacts, rel
):
    """At 320 px each stacked table (a state's steps, a lesson's rubric, an infographic's
    comparison) is a list of blocks, each value beside its column's name, with no sideways
    scroll and no axe finding; at 1280 px they are tables again. A screenshot is kept."""
    count, shot = STACKED_PAGES[rel]
    visitor.visit(rel, DESKTOP)
    wide = visitor.page.evaluate(_STACKED)
    assert len(wide) == count, f"{rel}: {len(wide)} tablas apiladas, se esperaban {count}"
    assert {t["display"] for t in wide} == {"table"}, "en escritorio deben seguir siendo tablas"
    visitor.visit(rel, PHONES[0])
    tables = visitor.page.evaluate(_STACKED)
    assert all(t["cells"] for t in tables)
    problems = _stack_problems(tables)
    assert not problems, "\n".join(problems)
    findings = run_axe(visitor.page, node_tools.axe_js)
    failing = findings["wcag"] + findings["best_practice"]
    assert not failing, describe({f"{rel} a 320 px": failing})
    visitor.page.locator("main table.vt-table--stack").first.evaluate("el => el.scrollIntoView()")
    (artifacts / "browser").mkdir(exist_ok=True)
    visitor.page.screenshot(path=str(artifacts / "browser" / shot))
