"""Every macro of every theme component file has an example, read from Jinja's parse tree."""

from __future__ import annotations

import pytest
from jinja2 import Environment

from tests.browser.components import (
    EXAMPLES,
    called_macros,
    calls_in,
    component_names,
    defined_macros,
)

ENV = Environment()


def test_every_component_file_has_an_examples_file():
    names = component_names()
    assert {"ui", "states", "lessons", "infographics"} <= set(names)
    missing = [n for n in names if not (EXAMPLES / f"{n}_examples.html.j2").is_file()]
    assert not missing, f"componentes sin archivo de ejemplos: {missing}"


@pytest.mark.parametrize("name", component_names())
def test_every_macro_has_an_example(name):
    defined = defined_macros(ENV, name)
    assert defined, name
    missing = defined - called_macros(ENV, name)
    assert not missing, f"components/{name}.html: macros sin ejemplo: {sorted(missing)}"


def test_only_calls_through_the_component_import_count():
    source = (
        '{% import "components/ui.html" as ui %}{% import "components/states.html" as st %}'
        '{{ ui.card("a", "#") }}{{ notice("x") }}{{ st.status_badge("c", "C") }}{{ ui.notice }}'
    )
    assert calls_in(ENV, source, "ui") == {"card"}
