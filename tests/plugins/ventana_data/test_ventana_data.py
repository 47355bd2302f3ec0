"""The shared YAML loader: every mistake an editor makes, at the right line, in Spanish."""

from __future__ import annotations

import pytest
from ventana_data import load_schema, load_yaml_text, validate

from tests.sitebuild import ROOT

CASES = [
    # (scenario, yaml text, line, column, words that must be in the message)
    ("tab", "a: 1\nb:\n\tc: x\n", 3, 1, "tabulador"),
    (
        "duplicate_key",
        "a: 1\nb: 2\na: 3\n",
        3,
        1,
        "la clave 'a' está repetida (ya aparece en la línea 1)",
    ),
    ("unclosed_quote", 'a: 1\nb: "hola\nc: 2\n', 2, 4, "comillas se abrieron"),
    ("bad_indentation", "a: 1\n  b: 2\n", 2, 4, "dos puntos"),
    ("impossible_date", "a: 1\nfecha: 2024-02-30\n", 2, 8, "la fecha no existe en el calendario"),
]


@pytest.mark.parametrize(
    ("scenario", "text", "line", "column", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_yaml_mistakes_are_placed_and_explained(scenario, text, line, column, words):
    doc = load_yaml_text(text, "data/ejemplo.yaml")
    assert len(doc.errors) == 1, scenario
    error = doc.errors[0]
    assert (error.line, error.column) == (line, column)
    assert words in error.message
    assert error.format().startswith(f"data/ejemplo.yaml:{line}:{column}: ")


def test_front_matter_lines_count_from_the_markdown_file():
    doc = load_yaml_text("title: X\ntitle: Y\n", "content/pages/x.md", line_offset=1)
    assert doc.errors[0].line == 3


PAGE_SCHEMA = str(ROOT / "data" / "schema" / "page.schema.json")


def errors_for(text: str):
    doc = load_yaml_text(text, "content/pages/x.md", line_offset=1)
    return validate(doc, load_schema(PAGE_SCHEMA))


def test_lowering_readability_needs_a_written_reason():
    errors = errors_for("title: Una página\nsummary: Un resumen suficiente.\nreadability_min: 50\n")
    assert [e.message for e in errors] == ["falta la clave obligatoria 'readability_reason'."]


def test_wrong_value_suggests_the_closest_allowed_one():
    errors = errors_for("title: Una página\nsummary: Un resumen suficiente.\naudience: ninio\n")
    assert errors[0].line == 4 and errors[0].hint == "¿Quisiste decir 'ninos'?"
    assert "'publico', 'ninos'" in errors[0].expected


def test_type_error_says_what_was_found():
    errors = errors_for(
        "title: Una página\nsummary: Un resumen suficiente.\nreadability_min: alto\n"
    )
    error = next(e for e in errors if e.field == "readability_min")
    assert error.line == 4 and error.expected == "un número" and "«alto»" in error.found
