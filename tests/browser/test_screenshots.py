"""Screenshots of the main page types at phone and desktop sizes, for people to look at.

Saved under test-artifacts/screenshots/ (git-ignored); CI keeps them as artifacts.
"""

from __future__ import annotations

import pytest

from tests.browser.browse import DESKTOP
from tests.browser.layout import PHONES
from tests.browser.pages import SCREENSHOT_PAGES, first_matching

pytestmark = pytest.mark.browser
SIZES = {"movil": PHONES[1], "escritorio": DESKTOP}


def test_screenshots_of_each_page_type_at_phone_and_desktop_sizes(visitor, pages, built, artifacts):
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    taken = []
    for name, (pattern, marker) in SCREENSHOT_PAGES.items():
        rel = first_matching(built, pages, pattern, marker)
        if rel is None:
            continue  # that part of the site is not built yet
        for size_name, size in SIZES.items():
            visitor.visit(rel, size)
            path = folder / f"{name}-{size_name}-{size['width']}x{size['height']}.png"
            visitor.page.screenshot(path=str(path), full_page=True)
            taken.append(path)
    assert "index.html" in pages, "no hay página de inicio que fotografiar"
    for path in taken:
        assert path.stat().st_size > 1000, f"captura vacía: {path}"
