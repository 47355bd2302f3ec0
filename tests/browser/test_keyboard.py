"""Keyboard: skip link first, every stop reachable with a visible ring, no trap (issue 7 §3)."""

from __future__ import annotations

import pytest

from tests.browser.focus import tab_through
from tests.browser.pages import SHARDS, one_per_type, shard

pytestmark = pytest.mark.browser
SHARD_IDS = [f"parte{i + 1}de{SHARDS}" for i in range(SHARDS)]

_AFTER_SKIP = """() => {
  const main = document.querySelector('main');
  const el = document.activeElement;
  return {active: el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') : null,
          inOrAfterMain: !!(el && main && (main.contains(el)
            || (main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)))};
}"""


def _skip_link_problems(visitor, rel: str) -> list[str]:
    visitor.visit(rel)
    page = visitor.page
    page.keyboard.press("Tab")
    first = page.evaluate("() => { const a = document.activeElement; return a && a.matches("
                          "'a.vt-skip-link[href=\"#contenido\"]') ? a.innerText.trim() : "
                          "(a ? a.outerHTML.slice(0, 80) : null); }")
    if first != "Saltar al contenido principal":
        return [f"{rel}: la primera parada de Tab no es el enlace para saltar: {first}"]
    page.keyboard.press("Enter")
    landed = page.evaluate(_AFTER_SKIP)
    problems = []
    if landed["active"] != "main#contenido":
        problems.append(f"{rel}: tras el enlace para saltar, el foco está en {landed['active']}")
    page.keyboard.press("Tab")
    if not page.evaluate(_AFTER_SKIP)["inOrAfterMain"]:
        problems.append(f"{rel}: el Tab siguiente vuelve antes del contenido principal")
    return problems


@pytest.mark.parametrize("index", range(SHARDS), ids=SHARD_IDS)
def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(visitor, pages, index):
    problems = []
    for rel in shard(pages, index):
        problems += _skip_link_problems(visitor, rel)
    assert not problems, "\n".join(problems)


def test_tab_reaches_every_control_with_a_visible_focus_ring_and_no_trap(visitor, pages):
    problems = []
    for rel in one_per_type(pages):
        visitor.visit(rel)
        walk = tab_through(visitor.page)
        problems += [f"{rel}: {p}" for p in walk.problems]
        problems += [f"{rel}: Tab nunca llega a <{s['tag']}> «{s['label']}» {s['href'] or ''}"
                     for s in walk.missed]
        if not walk.stops:
            problems.append(f"{rel}: la página no tiene nada que enfocar")
    assert not problems, "\n".join(problems)
