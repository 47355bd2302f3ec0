"""One visit per page that gathers every per-page check, so the suite loads each page once.

Order matters: axe runs on the page as loaded; the skip-link check then presses Tab and
Enter; the phone sizes and the 200 % text come last because they change the layout.
"""

from __future__ import annotations

from pathlib import Path

from tests.browser.axe import run_axe
from tests.browser.browse import Visitor
from tests.browser.focus import skip_link_problems
from tests.browser.layout import PHONES, TEXT_ZOOM_200, ZOOM_VIEWPORT, describe, overflow
from tests.browser.svg_contrast import svg_contrast_problems

_MAIN_TEXT_SIZE = """() => parseFloat(getComputedStyle(
  document.querySelector('main p') || document.querySelector('main')).fontSize)"""


def phone_problems(page, rel: str) -> list[str]:
    """WCAG 1.4.10: at 320 and 375 px wide nothing makes the page scroll sideways."""
    problems = []
    for size in PHONES:
        page.set_viewport_size(size)
        result = overflow(page)
        if not result["fits"]:
            problems.append(describe(rel, f"{size['width']}×{size['height']}", result))
    return problems


def zoom_problems(page, rel: str) -> list[str]:
    """WCAG 1.4.4: with text at 200 % on a 640 px window, text grows and main still fits."""
    page.set_viewport_size(ZOOM_VIEWPORT)
    before = page.evaluate(_MAIN_TEXT_SIZE)
    page.add_style_tag(content=TEXT_ZOOM_200)
    after = page.evaluate(_MAIN_TEXT_SIZE)
    problems = []
    if after < 1.9 * before:
        problems.append(
            f"{rel}: el texto no crece con la letra al 200 % ({before:g} px → {after:g} px)"
        )
    for scope, where in ((None, "la página"), ("main", "el contenido principal")):
        result = overflow(page, scope)
        if not result["fits"]:
            problems.append(describe(rel, f"640 px con letra al 200 % ({where})", result))
    return problems


def sweep_page(visitor: Visitor, rel: str, axe_js: Path) -> dict:
    """Everything the per-page tests assert on, for one page, as plain JSON data."""
    visit = visitor.visit(rel)
    page = visitor.page
    return {
        "status": visit.status,
        "external": visit.external,
        "broken": visit.broken,
        "axe": run_axe(page, axe_js),
        "svg_contrast": svg_contrast_problems(page, rel),
        "skip_link": skip_link_problems(page, rel),
        "phones": phone_problems(page, rel),
        "zoom": zoom_problems(page, rel),
    }
