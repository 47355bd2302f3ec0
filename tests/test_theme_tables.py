"""Every data table of the theme goes through the one macro that makes it work on phones."""

from __future__ import annotations

from tests.browser.components import THEME

MACRO_FILE = "components/ui.html"


def test_only_the_table_region_macro_writes_a_table():
    templates = THEME / "templates"
    found = [
        p.relative_to(templates).as_posix()
        for p in sorted(templates.rglob("*.html"))
        if "<table" in p.read_text(encoding="utf-8")
    ]
    assert found == [MACRO_FILE], (
        f"Estas plantillas escriben <table> sin pasar por table_region de {MACRO_FILE}: "
        f"{[f for f in found if f != MACRO_FILE]}"
    )
