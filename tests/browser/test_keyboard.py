"""Keyboard: skip link first, every stop reachable with a visible ring, no trap (issue 7 §3)."""

from __future__ import annotations

import pytest

from tests.browser.focus import tab_through
from tests.browser.pages import SHARD_PARAMS, one_per_type, shard

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(sweep, index):
    problems = [p for r in sweep(index).values() for p in r["skip_link"]]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_tab_reaches_every_control_with_a_visible_focus_ring_and_no_trap(
    visitor, pages, built, index
):
    problems = []
    for rel in shard(one_per_type(built, pages), index):
        visitor.visit(rel)
        walk = tab_through(visitor.page)
        problems += [f"{rel}: {p}" for p in walk.problems]
        problems += [
            f"{rel}: Tab nunca llega a <{s['tag']}> «{s['label']}» {s['href'] or ''}"
            for s in walk.missed
        ]
        if not walk.stops:
            problems.append(f"{rel}: la página no tiene nada que enfocar")
    assert not problems, "\n".join(problems)


_FILTER_STATE = """() => {
  const form = document.querySelector('[data-lessons-filter]');
  const items = [...document.querySelectorAll('[data-lessons-list] [data-grados]')];
  const el = document.activeElement;
  return {formShown: !!form && !form.hidden && form.getClientRects().length > 0,
          active: el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                       + (el.type ? '[' + el.type + ']' : '') : null,
          value: el && el.tagName === 'SELECT' ? el.value : null,
          total: items.length,
          shown: items.filter(i => !i.hidden && i.getClientRects().length > 0).length,
          expected: el && el.id === 'filtro-grado' && el.value ? items.filter(i =>
            (' ' + i.dataset.grados + ' ').includes(' ' + el.value + ' ')).length : items.length,
          status: (document.querySelector('[data-lessons-status]') || {}).textContent || ''};
}"""


def _tab_to(page, target: str, limit: int = 200) -> dict:
    """Press Tab until the element described as `target` has focus (or give up)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(_FILTER_STATE)
        if state["active"] == target:
            return state
    return page.evaluate(_FILTER_STATE)


def test_lesson_filter_works_by_keyboard(visitor, pages, built):
    rel = next((r for r in pages if "data-lessons-filter" in (built / r).read_text("utf-8")), None)
    if rel is None:
        pytest.skip("el sitio todavía no tiene el filtro de lecciones")
    visitor.visit(rel)
    page = visitor.page
    state = _tab_to(page, "select#filtro-grado[select-one]")
    assert state["formShown"], f"{rel}: con JavaScript el filtro sigue oculto"
    assert state["active"] == "select#filtro-grado[select-one]", f"{rel}: Tab no llega al filtro"
    assert state["shown"] == state["total"] > 1
    page.keyboard.press("ArrowDown")
    state = page.evaluate(_FILTER_STATE)
    assert state["value"], f"{rel}: la flecha abajo no cambia el grado"
    assert state["active"] == "select#filtro-grado[select-one]", "el foco salió del filtro"
    assert state["shown"] == state["expected"] < state["total"], state
    assert f"{state['shown']} de {state['total']}" in state["status"], state["status"]
    state = _tab_to(page, "button[reset]")
    assert state["active"] == "button[reset]", f"{rel}: Tab no llega a «Quitar filtros»"
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => [...document.querySelectorAll("
        "'[data-lessons-list] [data-grados]')].every(i => !i.hidden)"
    )
    assert page.evaluate(_FILTER_STATE)["shown"] == state["total"]


_IN_MAP = """() => {
  const el = document.activeElement;
  return el && el.closest('main .vt-map') && el.matches('a[href]')
    ? {href: el.getAttribute('href'), name: el.getAttribute('aria-label') || el.textContent.trim()}
    : null;
}"""


def test_state_map_works_by_keyboard(visitor, pages, built):
    rel = "estados/index.html"
    assert rel in pages and 'class="vt-map"' in (built / rel).read_text("utf-8")
    visitor.visit(rel)
    page = visitor.page
    tile = None
    for _ in range(300):
        page.keyboard.press("Tab")
        tile = page.evaluate(_IN_MAP)
        if tile:
            break
    assert tile, f"{rel}: Tab no llega a ningún estado del mapa"
    with page.expect_navigation() as navigation:
        page.keyboard.press("Enter")
    assert navigation.value and navigation.value.status == 200, f"Enter en {tile} no abre la página"
    assert page.url.rstrip("/").endswith(tile["href"].rstrip("/").split("/")[-1])
    assert page.locator("h1").count() == 1
