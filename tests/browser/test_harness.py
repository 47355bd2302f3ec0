"""The browser checks themselves: each one must catch the mistake it exists for.

Tiny pages under tests/browser/fixtures/, one per mistake, served like the real site.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.axe import run_axe
from tests.browser.browse import MIN_WORDS, Visitor, readable
from tests.browser.focus import skip_link_problems, tab_through
from tests.browser.layout import PHONES, TEXT_ZOOM_200, overflow
from tests.browser.server import StaticServer
from tests.browser.svg_contrast import svg_contrast_problems
from tests.browser.validate import describe, html_validate

pytestmark = pytest.mark.browser
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def fixture_origin() -> str:
    with StaticServer(FIXTURES) as server:
        yield server.origin


@pytest.fixture(scope="module")
def fixture_visitor(browser, fixture_origin):
    context = browser.new_context(locale="es-MX")
    yield Visitor(context, fixture_origin)
    context.close()


@pytest.fixture(scope="module")
def fixture_nojs_visitor(browser, fixture_origin):
    context = browser.new_context(locale="es-MX", java_script_enabled=False)
    yield Visitor(context, fixture_origin)
    context.close()


def axe_rules(visitor, node_tools, rel: str) -> dict[str, set[str]]:
    visitor.visit(rel)
    found = run_axe(visitor.page, node_tools.axe_js)
    return {kind: {v["id"] for v in found[kind]} for kind in ("wcag", "best_practice")}


def test_a_correct_page_passes_every_check(fixture_visitor, fixture_nojs_visitor, node_tools):
    rel = "good_page.html"
    assert axe_rules(fixture_visitor, node_tools, rel) == {"wcag": set(), "best_practice": set()}
    fixture_visitor.visit(rel)
    assert skip_link_problems(fixture_visitor.page, rel) == []
    fixture_visitor.visit(rel)
    walk = tab_through(fixture_visitor.page)
    assert walk.problems == [] and walk.missed == [] and len(walk.order) == 3
    fixture_visitor.visit(rel, PHONES[0])
    assert overflow(fixture_visitor.page)["fits"]
    visit = fixture_nojs_visitor.visit(rel)
    assert visit.external == [] and visit.broken == []
    assert readable(fixture_nojs_visitor.page)["words"] >= MIN_WORDS


def test_axe_reports_missing_alt_text_and_low_contrast(fixture_visitor, node_tools):
    rules = axe_rules(fixture_visitor, node_tools, "missing_alt_and_low_contrast.html")
    assert {"image-alt", "color-contrast"} <= rules["wcag"]


def test_a_missing_skip_link_is_reported(fixture_visitor):
    fixture_visitor.visit("skip_link_missing.html")
    problems = skip_link_problems(fixture_visitor.page, "skip_link_missing.html")
    assert len(problems) == 1 and "primera parada de Tab" in problems[0]


def test_a_link_without_focus_ring_is_reported(fixture_visitor):
    fixture_visitor.visit("no_focus_ring.html")
    walk = tab_through(fixture_visitor.page)
    assert walk.problems == ["<a> «Enlace sin anillo»: sin indicador de foco visible"]


def test_a_keyboard_trap_leaves_the_rest_of_the_page_unreached(fixture_visitor):
    fixture_visitor.visit("keyboard_trap.html")
    walk = tab_through(fixture_visitor.page)
    assert [stop["label"] for stop in walk.missed] == ["Enlace que nunca se alcanza"]


def test_a_box_wider_than_a_phone_is_named(fixture_visitor):
    fixture_visitor.visit("wide_box.html", PHONES[0])
    result = overflow(fixture_visitor.page)
    assert not result["fits"] and result["width"] > 320
    assert result["culprits"] == ["div.vt-wide (280 px de más)"]


def test_text_sized_in_pixels_does_not_grow_with_text_zoom(fixture_visitor):
    fixture_visitor.visit("fixed_font_size.html")
    size = "() => parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)"
    before = fixture_visitor.page.evaluate(size)
    fixture_visitor.page.add_style_tag(content=TEXT_ZOOM_200)
    assert fixture_visitor.page.evaluate(size) == before == 16


def test_content_written_by_javascript_is_missing_without_it(fixture_visitor, fixture_nojs_visitor):
    fixture_visitor.visit("needs_javascript.html")
    assert readable(fixture_visitor.page)["words"] >= MIN_WORDS
    fixture_nojs_visitor.visit("needs_javascript.html")
    assert readable(fixture_nojs_visitor.page)["words"] < MIN_WORDS


def test_requests_to_other_hosts_are_blocked_and_reported(fixture_visitor):
    visit = fixture_visitor.visit("external_request.html")
    assert visit.external == ["http://ventana.invalid/logo.png"]


def test_html_validate_reports_duplicate_ids_and_bad_nesting(node_tools):
    report = html_validate(
        node_tools, [FIXTURES / "invalid_markup.html", FIXTURES / "good_page.html"]
    )
    errors = describe(report, FIXTURES, severity=2)
    assert all(line.startswith("invalid_markup.html:") for line in errors)
    rules = {line.split("[")[1].split("]")[0] for line in errors}
    assert {"no-dup-id"} <= rules and rules & {"element-permitted-content", "close-order"}


def test_a_map_tile_whose_stroke_changes_on_focus_has_a_visible_indicator(fixture_visitor):
    fixture_visitor.visit("svg_focus_stroke.html")
    walk = tab_through(fixture_visitor.page)
    assert walk.problems == [] and walk.missed == []
    assert [walk.stops[i]["label"] for i in walk.order][-1] == "Cuadro de prueba"


def test_a_missing_lazy_image_far_down_the_page_is_reported(fixture_visitor):
    visit = fixture_visitor.visit("lazy_image_missing.html")
    assert visit.broken == ["404 /no-existe.png"]


def test_dark_svg_text_on_a_dark_shape_is_reported_and_light_text_is_not(fixture_visitor):
    fixture_visitor.visit("svg_low_contrast.html")
    problems = svg_contrast_problems(fixture_visitor.page, "svg_low_contrast.html")
    assert len(problems) == 1 and "«Mal» rgb(31, 31, 31) sobre rgb(0, 0, 0)" in problems[0]
