"""The front door (issue 12 §3), as a new visitor on a phone or a desktop uses it.

At 320, 375 and 1280 px: from the home page the picker reaches a state's page in two
interactions (choose, then «Ver estado»), and its plain links do it in one with
JavaScript off; the state page shows its level, «N de M pasos» and how to report (the
header's «Denuncia» and the state's own channels) near the top; the map of /estados/
has labels of at least 12 px; nothing scrolls sideways; axe finds nothing. Screenshots
of each page at each width go to test-artifacts/browser/portada-*.png.
"""

from __future__ import annotations

import pytest

from tests.browser.axe import describe, run_axe

pytestmark = pytest.mark.browser

WIDTHS = [320, 375, 1280]
HEIGHTS = {320: 640, 375: 667, 1280: 800}
STATE = "Jalisco"
STATE_URL = "/estados/jalisco/"
MIN_LABEL_PX = 12

# Where things sit: the top of an element in page pixels, and the page's own width.
_LAYOUT = """(selectors) => {
  const top = (s) => {
    const el = document.querySelector(s);
    if (!el || !el.getClientRects().length) return null;
    return Math.round(el.getBoundingClientRect().top + scrollY);
  };
  return {
    tops: Object.fromEntries(selectors.map((s) => [s, top(s)])),
    scroll: document.documentElement.scrollWidth,
    width: innerWidth,
  };
}"""

# The bottom of each of the state page's opening lines, in page pixels.
_GLANCE_BOTTOMS = """() => [...document.querySelectorAll('ul.vt-state__glance li')].map(
  (li) => Math.round(li.getBoundingClientRect().bottom + scrollY))"""

# The site menu: whether it is one row that scrolls inside itself, and its links' boxes.
_NAV = """() => {
  const list = document.querySelector('.vt-nav__list');
  const links = [...list.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
  return {
    rows: new Set(links.map((r) => Math.round(r.top))).size,
    overflows: list.scrollWidth > list.clientWidth,
    scroller: getComputedStyle(list).overflowX,
    smallest: Math.min(...links.map((r) => Math.min(r.width, r.height))),
  };
}"""

# Every piece of text in the states map, with the size it is drawn at.
_MAP_TEXT = """() => {
  const found = [];
  const walker = document.createTreeWalker(
    document.querySelector('.vt-map'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || !el.getClientRects().length) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;  // visually hidden, read aloud only
    found.push({text: node.textContent.trim(), px: parseFloat(getComputedStyle(el).fontSize)});
  }
  return found;
}"""


def viewport(width: int) -> dict[str, int]:
    return {"width": width, "height": HEIGHTS[width]}


def layout(page, *selectors: str) -> dict:
    return page.evaluate(_LAYOUT, list(selectors))


def no_sideways_scroll(page, where: str) -> None:
    found = layout(page)
    assert found["scroll"] <= found["width"], f"{where} se desplaza de lado: {found}"


def no_axe_findings(page, node_tools, where: str) -> None:
    found = run_axe(page, node_tools.axe_js)
    failing = found["wcag"] + found["best_practice"]
    assert not failing, describe({where: failing})


def shoot(page, artifacts, name: str) -> None:
    folder = artifacts / "browser"
    folder.mkdir(exist_ok=True)
    page.screenshot(path=str(folder / f"portada-{name}.png"))


def state_page_answers(page, width: int) -> None:
    """Level, «N de M pasos» and how to report, within the first screens of the page."""
    height = HEIGHTS[width]
    glance = page.locator("ul.vt-state__glance li").first
    text = " ".join(glance.inner_text().split())
    assert text.startswith("Avance ") and f": {STATE} cumple " in text, text
    assert " de " in text and " pasos" in text, text
    report = page.locator("header a.vt-header__report")
    assert report.inner_text().strip() == "Denuncia"
    channels = page.locator("section.vt-channels-section")
    assert channels.locator("h2").inner_text().startswith(f"Dónde denunciar en {STATE}")
    # The state's own offices (sample entries say so and give no invented contact),
    # and the way to the federal channels.
    offices = channels.locator("li.vt-channel h3")
    assert offices.count() >= 1 and STATE in offices.first.inner_text()
    assert channels.get_by_role("link", name="canales federales").is_visible()
    tops = layout(
        page, "ul.vt-state__glance", "header a.vt-header__report", "section.vt-channels-section"
    )["tops"]
    assert tops["header a.vt-header__report"] < height, tops
    assert tops["ul.vt-state__glance"] < height, f"a {width} px el semáforo queda abajo: {tops}"
    # The channels follow the state's summary: within three screens even on a phone.
    assert tops["section.vt-channels-section"] < 3 * height, tops
    # The three opening lines (level and «N de M pasos», what is missing, the national
    # average) are read whole without scrolling, even on a 320 × 640 phone.
    bottoms = page.evaluate(_GLANCE_BOTTOMS)
    assert len(bottoms) == 3, bottoms
    assert max(bottoms) <= height, f"a {width} px las tres líneas acaban en {bottoms}"


@pytest.mark.parametrize("width", WIDTHS)
def test_the_picker_takes_a_visitor_to_their_state_in_two_steps(
    visitor, node_tools, artifacts, width
):
    page = visitor.page
    visit = visitor.visit("index.html", viewport(width))
    assert visit.status == 200 and not visit.broken
    no_sideways_scroll(page, f"/ a {width} px")
    no_axe_findings(page, node_tools, f"/ a {width} px")
    shoot(page, artifacts, f"inicio-{width}")
    select = page.get_by_role("combobox", name="Elige tu estado")
    assert select.is_visible()
    box = select.bounding_box()
    assert box["y"] + box["height"] <= HEIGHTS[width], f"a {width} px el selector queda abajo"
    assert page.locator("[data-state-picker-hide]").is_hidden()
    # One: choose the state. Two: «Ver estado».
    select.select_option(label=STATE)
    assert page.url == visitor.url("index.html")  # choosing alone does not move the page
    with page.expect_navigation():
        page.get_by_role("button", name="Ver estado").click()
    assert page.url == visitor.origin + STATE_URL
    state_page_answers(page, width)
    no_sideways_scroll(page, f"{STATE_URL} a {width} px")
    no_axe_findings(page, node_tools, f"{STATE_URL} a {width} px")
    shoot(page, artifacts, f"estado-{width}")


@pytest.mark.parametrize("width", WIDTHS)
def test_without_javascript_the_links_are_the_picker(nojs_visitor, artifacts, width):
    page = nojs_visitor.page
    nojs_visitor.visit("index.html", viewport(width))
    picker = page.locator("section.vt-picker")
    assert page.locator("form[data-state-picker]").is_hidden()
    first = picker.locator("[data-state-picker-hide] a").first
    assert first.is_visible()
    assert first.bounding_box()["y"] < HEIGHTS[width], f"a {width} px la lista queda abajo"
    assert picker.locator("[data-state-picker-hide] a").count() == 32
    shoot(page, artifacts, f"inicio-sin-js-{width}")
    with page.expect_navigation():
        picker.get_by_role("link", name=STATE, exact=True).click()
    assert page.url == nojs_visitor.origin + STATE_URL
    state_page_answers(page, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_states_page_map_is_readable_and_is_the_picker(
    visitor, nojs_visitor, node_tools, artifacts, width
):
    page = visitor.page
    visitor.visit("estados/index.html", viewport(width))
    no_sideways_scroll(page, f"/estados/ a {width} px")
    no_axe_findings(page, node_tools, f"/estados/ a {width} px")
    shoot(page, artifacts, f"estados-{width}")
    texts = page.evaluate(_MAP_TEXT)
    assert len({t["text"] for t in texts}) >= 32, texts[:5]
    small = [t for t in texts if t["px"] < MIN_LABEL_PX]
    assert not small, f"a {width} px hay textos del mapa de menos de {MIN_LABEL_PX} px: {small[:5]}"
    # Phones get one card per state with its full name; wide screens the tile map.
    name = page.locator(".vt-map a span").first.bounding_box()
    assert (name["width"] > 1) == (width < 640), name
    # The map stays with JavaScript on; the select is filled from its 32 links.
    assert page.locator(".vt-map").is_visible()
    select = page.get_by_role("combobox", name="Elige tu estado")
    assert select.locator("option").count() == 33
    box = select.bounding_box()
    assert box["y"] + box["height"] <= HEIGHTS[width], f"a {width} px el selector queda abajo"
    select.select_option(label=STATE)
    with page.expect_navigation():
        page.get_by_role("button", name="Ver estado").click()
    assert page.url == visitor.origin + STATE_URL
    # Without JavaScript the first state of the map is in the first screen.
    nojs_visitor.visit("estados/index.html", viewport(width))
    first = nojs_visitor.page.locator(".vt-map a").first
    assert first.bounding_box()["y"] < HEIGHTS[width], f"a {width} px el mapa queda abajo"
    shoot(nojs_visitor.page, artifacts, f"estados-sin-js-{width}")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_menu_is_compact_on_phones_and_reached_by_keyboard_without_javascript(
    nojs_visitor, artifacts, width
):
    """Below 40em the menu is one row that scrolls sideways inside itself (the page
    does not); every link is still reached with Tab, with no script, and is in view
    when it takes the focus (at least in part: WCAG 2.2, 2.4.11; Chromium scrolls a link
    that is wholly out of the row, not one already cut at its edge); each target is at
    least 24 px (2.5.8)."""
    page = nojs_visitor.page
    nojs_visitor.visit(STATE_URL.lstrip("/") + "index.html", viewport(width))
    no_sideways_scroll(page, f"{STATE_URL} sin JavaScript a {width} px")
    nav = page.evaluate(_NAV)
    assert nav["smallest"] >= 24, nav
    if width < 640:
        assert nav["rows"] == 1 and nav["scroller"] == "auto", nav
    else:
        assert nav["scroller"] == "visible" and not nav["overflows"], nav
    links = page.locator("nav.vt-nav a")
    names = [" ".join(name.split()) for name in links.all_inner_texts()]
    page.locator("header a.vt-header__brand").focus()
    reached = []
    for _ in range(len(names) + 4):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const a = document.activeElement;
              const r = a.getBoundingClientRect();
              return {nav: !!a.closest('nav.vt-nav'), text: a.innerText.trim(),
                      shown: r.right > 0 && r.left < innerWidth}; }"""
        )
        if focused["nav"]:
            assert focused["shown"], f"a {width} px el enlace con foco queda oculto: {focused}"
            reached.append(" ".join(focused["text"].split()))
    assert reached == names, (reached, names)
    if width == 320:
        shoot(page, artifacts, f"menu-foco-sin-js-{width}")
