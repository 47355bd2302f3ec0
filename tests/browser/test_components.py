"""The shared UI macros (components/ui.html), rendered with example data and checked.

A macro that no page uses yet is still checked, so the first page to use it starts clean.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from tests.browser.axe import describe as describe_axe
from tests.browser.axe import run_axe
from tests.browser.browse import Visitor
from tests.browser.layout import PHONES, overflow
from tests.browser.server import StaticServer
from tests.browser.validate import describe as describe_html
from tests.browser.validate import html_validate
from tests.sitebuild import ROOT

pytestmark = pytest.mark.browser
THEME = ROOT / "themes" / "ventana"
EXAMPLES = Path(__file__).parent / "fixtures" / "components"


@pytest.fixture(scope="module")
def examples_folder(tmp_path_factory) -> Path:
    """The examples page with the theme's CSS beside it, as the site serves them."""
    folder = tmp_path_factory.mktemp("components")
    env = Environment(
        loader=FileSystemLoader([str(THEME / "templates"), str(EXAMPLES)]),
        undefined=StrictUndefined,
        autoescape=True,
    )
    (folder / "index.html").write_text(
        env.get_template("ui_examples.html.j2").render(), encoding="utf-8"
    )
    shutil.copytree(THEME / "static", folder / "theme")
    return folder


def test_ui_components_pass_axe_and_fit_a_phone(browser, examples_folder, node_tools):
    context = browser.new_context(locale="es-MX")
    try:
        with StaticServer(examples_folder) as server:
            visitor = Visitor(context, server.origin)
            visit = visitor.visit("index.html")
            assert visit.status == 200 and not visit.broken and not visit.external
            found = run_axe(visitor.page, node_tools.axe_js)
            failing = found["wcag"] + found["best_practice"]
            assert not failing, describe_axe({"components/ui.html": failing})
            visitor.page.set_viewport_size(PHONES[0])
            assert overflow(visitor.page)["fits"], overflow(visitor.page)
    finally:
        context.close()


def test_ui_components_are_valid_html(examples_folder, node_tools):
    report = html_validate(node_tools, [examples_folder / "index.html"])
    errors = describe_html(report, examples_folder, severity=2)
    assert not errors, "\n".join(errors)
