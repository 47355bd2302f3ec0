"""Every theme component macro, rendered with example data by the site's own Jinja
environment and checked in Chromium (axe, a 320 px phone) and with html-validate.

A macro that no page uses yet is still checked, so the first page to use it starts clean.
Each examples file ends with HTML typed as text, which must stay text.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.browser.axe import describe as describe_axe
from tests.browser.axe import run_axe
from tests.browser.browse import Visitor
from tests.browser.components import THEME, build_environments, component_names
from tests.browser.layout import PHONES, overflow
from tests.browser.server import StaticServer
from tests.browser.validate import describe as describe_html
from tests.browser.validate import html_validate

pytestmark = pytest.mark.browser
NAMES = component_names()


@pytest.fixture(scope="module")
def examples_folder(tmp_path_factory) -> Path:
    """One page per component file, with the theme's CSS beside them, as the site serves them."""
    folder = tmp_path_factory.mktemp("components")
    environments = build_environments(tmp_path_factory.mktemp("output"))
    for name, (env, page) in environments.items():
        html = env.get_template(f"{name}_examples.html.j2").render(page)
        (folder / f"{name}.html").write_text(html, encoding="utf-8")
    shutil.copytree(THEME / "static", folder / "theme")
    return folder


@pytest.mark.parametrize("name", NAMES)
def test_html_typed_as_text_stays_text(examples_folder, name):
    html = (examples_folder / f"{name}.html").read_text(encoding="utf-8")
    typed = html.split('id="html-como-texto"', 1)[1]
    assert "<script>" not in typed and "<img" not in typed, name
    assert "&lt;script&gt;" in typed or "&lt;img" in typed, name


@pytest.mark.parametrize("name", NAMES)
def test_components_pass_axe_and_fit_a_phone(browser, examples_folder, node_tools, name):
    context = browser.new_context(locale="es-MX")
    try:
        with StaticServer(examples_folder) as server:
            visitor = Visitor(context, server.origin)
            visit = visitor.visit(f"{name}.html")
            assert visit.status == 200 and not visit.broken and not visit.external
            found = run_axe(visitor.page, node_tools.axe_js)
            failing = found["wcag"] + found["best_practice"]
            assert not failing, describe_axe({f"components/{name}.html": failing})
            visitor.page.set_viewport_size(PHONES[0])
            assert PHONES[0]["width"] == 320
            assert overflow(visitor.page)["fits"], overflow(visitor.page)
    finally:
        context.close()


def test_components_are_valid_html(examples_folder, node_tools):
    report = html_validate(node_tools, sorted(examples_folder.glob("*.html")))
    errors = describe_html(report, examples_folder, severity=2)
    assert not errors, "\n".join(errors)
